export { bookDispute } from './dispute-events';
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
export { type ChargeOwner, paymentOfCharge } from './payment-of-charge';
export { bookPayoutEvent, entryKeyOfPart } from './payout-events';
export {
  type InstalmentResult,
  recordInvoiceFailed,
  recordInvoicePaid,
  syncSubscription,
} from './record-instalment';
export { bookChargeRefunds, type MoneyEffect } from './refund-events';
export { type SettleResult, settleCheckout } from './settle-checkout';
export { type RefundReason, refundPayment } from './staff-refund';
export { newPledgeId, startDonation } from './start-donation';
