import type { Locale } from '@haven/core';
import { ar } from './ar';
import { type DonorStatementMessages, en } from './en';
import { es } from './es';
import { fr } from './fr';

export type { DonorStatementMessages };

const catalogues: Record<Locale, DonorStatementMessages> = { en, fr, es, ar };

export const donorStatementMessagesFor = (locale: Locale): DonorStatementMessages =>
  catalogues[locale];
