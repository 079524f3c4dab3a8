export { checkoutLocale } from './checkout-locale';
export { toCheckoutState } from './checkout-state';
export { createStripeClient } from './client';
export { checkoutOrigins, paymentsFromConfig } from './payments-from-config';
export { stripeGateway } from './stripe-gateway';
