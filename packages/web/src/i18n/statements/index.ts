import type { Locale } from '@haven/core';
import { ar } from './ar';
import { en, type StatementMessages } from './en';
import { es } from './es';
import { fr } from './fr';

export type { StatementMessages };

const catalogues: Record<Locale, StatementMessages> = { en, fr, es, ar };

export const statementMessagesFor = (locale: Locale): StatementMessages => catalogues[locale];
