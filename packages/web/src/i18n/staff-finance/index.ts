import type { Locale } from '@haven/core';
import { ar } from './ar';
import { en, type FinanceMessages } from './en';
import { es } from './es';
import { fr } from './fr';

export type { FinanceMessages };

const catalogues: Record<Locale, FinanceMessages> = { en, fr, es, ar };

export const financeMessagesFor = (locale: Locale): FinanceMessages => catalogues[locale];
