import type { Locale } from '@haven/core';
import { ar } from './ar';
import { en, type Messages } from './en';
import { es } from './es';
import { fr } from './fr';

export type { Messages };

/** Keyed by the service's `Locale`, so adding a language there asks for its messages here. */
export const messages: Record<Locale, Messages> = { en, fr, es, ar };
