import type { Locale } from '@haven/core';
import { ar } from './ar';
import { en, type StaffMessages } from './en';
import { es } from './es';
import { fr } from './fr';

export type { StaffMessages };

const catalogues: Record<Locale, StaffMessages> = { en, fr, es, ar };

export const staffMessagesFor = (locale: Locale): StaffMessages => catalogues[locale];
