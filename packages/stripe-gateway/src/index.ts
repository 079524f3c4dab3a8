export { checkoutLocale } from './checkout-locale';
export { toCheckoutState } from './checkout-state';
export { createStripeClient } from './client';
export { connectGateway } from './connect-gateway';
export { moneyLister } from './money-lister';
export { checkoutOrigins, paymentsFromConfig } from './payments-from-config';
export { stripeGateway } from './stripe-gateway';
