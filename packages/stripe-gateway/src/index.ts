export { checkoutLocale, checkoutSpeaks } from './checkout-locale';
export { toCheckoutState } from './checkout-state';
export { createStripeClient } from './client';
export { stripeGateway } from './stripe-gateway';
