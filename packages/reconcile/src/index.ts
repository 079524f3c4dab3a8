export { ReconcileConfig } from './config';
export { describeFinding, formatReport } from './format';
export {
  type LostSessionRepair,
  type LostSessionsSummary,
  type PaidSession,
  repairLostSessions,
  stripeLostSessionRepair,
} from './lost-sessions';
export { type ReconcileDeps, type ReconcileOptions, reconcile } from './reconcile';
export * from './report';
export type { StripeCharge, StripeReader } from './stripe-check';
export {
  checkStripeLedger,
  type MoneyScope,
  type StripeLedgerSource,
  stripeLedgerSource,
} from './stripe-ledger';
export { stripeReader, toStripeCharge } from './stripe-reader';
