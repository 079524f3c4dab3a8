import type { Locale } from '@haven/core';
import { ar } from './ar';
import { en, type StripeMessages } from './en';
import { es } from './es';
import { fr } from './fr';

export type { StripeMessages };

const catalogues: Record<Locale, StripeMessages> = { en, fr, es, ar };

export const stripeMessagesFor = (locale: Locale): StripeMessages => catalogues[locale];
