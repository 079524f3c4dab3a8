export { ReconcileConfig } from './config';
export { describeFinding, formatReport } from './format';
export { type ReconcileDeps, type ReconcileOptions, reconcile } from './reconcile';
export * from './report';
export type { StripeCharge, StripeReader } from './stripe-check';
export { stripeReader, toStripeCharge } from './stripe-reader';
