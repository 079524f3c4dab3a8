export { eraseDonor } from './erase-donor';
export {
  cancelMonthly,
  cardUpdateUrl,
  changeMonthlyAmount,
  type MonthlyDeps,
  type MonthlyInput,
  pauseMonthly,
  resumeMonthly,
} from './manage-monthly';
export {
  type InstalmentResult,
  recordInvoiceFailed,
  recordInvoicePaid,
  syncSubscription,
} from './record-instalment';
export { type SettleResult, settleCheckout } from './settle-checkout';
export { newPledgeId, startDonation } from './start-donation';
