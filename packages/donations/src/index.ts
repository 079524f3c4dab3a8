export { eraseDonor } from './erase-donor';
export { type SettleResult, settleCheckout } from './settle-checkout';
export { newPledgeId, startDonation } from './start-donation';
