import type { Locale } from '@haven/core';
import { ar } from './ar';
import { type CardFailedMessages, en } from './en';
import { es } from './es';
import { fr } from './fr';

export type { CardFailedMessages };
export const cardFailedMessages: Record<Locale, CardFailedMessages> = { en, fr, es, ar };
