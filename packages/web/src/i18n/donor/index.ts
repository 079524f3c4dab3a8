import type { Locale } from '@haven/core';
import { ar } from './ar';
import { type DonorMessages, en } from './en';
import { es } from './es';
import { fr } from './fr';

export type { DonorMessages };

const catalogues: Record<Locale, DonorMessages> = { en, fr, es, ar };

export const donorMessagesFor = (locale: Locale): DonorMessages => catalogues[locale];
