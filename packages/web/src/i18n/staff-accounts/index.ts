import type { Locale } from '@haven/core';
import { ar } from './ar';
import { type AccountMessages, en } from './en';
import { es } from './es';
import { fr } from './fr';

export type { AccountMessages };

const catalogues: Record<Locale, AccountMessages> = { en, fr, es, ar };

export const accountMessagesFor = (locale: Locale): AccountMessages => catalogues[locale];
