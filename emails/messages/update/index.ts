import type { Locale } from '@haven/core';
import { ar } from './ar';
import { en, type UpdateMessages } from './en';
import { es } from './es';
import { fr } from './fr';

export const updateMessages: Record<Locale, UpdateMessages> = { en, fr, es, ar };
