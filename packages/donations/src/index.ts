export { bookDispute } from './dispute-events';
export { type ChargeOwner, paymentOfCharge } from './payment-of-charge';
export { bookPayoutEvent, entryKeyOfPart } from './payout-events';
export { bookChargeRefunds, type MoneyEffect } from './refund-events';
export { type SettleResult, settleCheckout } from './settle-checkout';
export { type RefundReason, refundPayment } from './staff-refund';
export { newPledgeId, startDonation } from './start-donation';
