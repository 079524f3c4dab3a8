import type { Locale } from '@haven/core';
import { ar } from './ar';
import { en, type UpdateStaffMessages } from './en';
import { es } from './es';
import { fr } from './fr';

export type { UpdateStaffMessages };

const catalogues: Record<Locale, UpdateStaffMessages> = { en, fr, es, ar };

export const updateStaffMessagesFor = (locale: Locale): UpdateStaffMessages => catalogues[locale];
