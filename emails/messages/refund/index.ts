import type { Locale } from '@haven/core';
import { ar } from './ar';
import { en, type RefundMessages } from './en';
import { es } from './es';
import { fr } from './fr';

export type { RefundMessages };
export const refundMessages: Record<Locale, RefundMessages> = { en, fr, es, ar };
