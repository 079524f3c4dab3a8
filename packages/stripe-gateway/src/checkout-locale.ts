import type { Locale } from '@haven/core';
import type Stripe from 'stripe';

type CheckoutLocale = Stripe.Checkout.SessionCreateParams.Locale;

/**
 * Checkout's page language for ours. Checkout has no Arabic; English is the language our Arabic
 * campaigns are also written in, so Arabic donors get English (and are told so before leaving).
 */
const CHECKOUT_LOCALES: Record<Locale, CheckoutLocale> = {
  en: 'en',
  fr: 'fr',
  es: 'es',
  ar: 'en',
};

export const checkoutLocale = (locale: Locale): CheckoutLocale => CHECKOUT_LOCALES[locale];
