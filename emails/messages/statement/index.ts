import type { Locale } from '@haven/core';
import { ar } from './ar';
import { en, type StatementEmailMessages } from './en';
import { es } from './es';
import { fr } from './fr';

export type { StatementEmailMessages };
export const statementEmailMessages: Record<Locale, StatementEmailMessages> = { en, fr, es, ar };
