import type { Locale } from '@haven/core';
import { ar } from './ar';
import { type ExportMessages, en } from './en';
import { es } from './es';
import { fr } from './fr';

export type { ExportMessages };

const catalogues: Record<Locale, ExportMessages> = { en, fr, es, ar };

export const exportMessagesFor = (locale: Locale): ExportMessages => catalogues[locale];
