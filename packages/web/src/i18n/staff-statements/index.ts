import type { Locale } from '@haven/core';
import { ar } from './ar';
import { en, type StatementSendMessages } from './en';
import { es } from './es';
import { fr } from './fr';

export type { StatementSendMessages };

const catalogues: Record<Locale, StatementSendMessages> = { en, fr, es, ar };

export const statementSendMessagesFor = (locale: Locale): StatementSendMessages =>
  catalogues[locale];
