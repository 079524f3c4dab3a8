import type { Locale } from '@haven/core';
import { ar } from './ar';
import { en, type UpdateMessages } from './en';
import { es } from './es';
import { fr } from './fr';

export type { UpdateMessages };

const catalogues: Record<Locale, UpdateMessages> = { en, fr, es, ar };

export const updateMessagesFor = (locale: Locale): UpdateMessages => catalogues[locale];
