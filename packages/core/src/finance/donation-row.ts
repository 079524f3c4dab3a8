import type * as z from 'zod';
import { Payment } from '../payment';
import { can } from '../staff/permissions';
import type { Role } from '../staff/role';
import { inertText, majorUnits } from './csv-cell';

/** What the donations export reads of a payment: never the message or the dedication. */
export const ExportedPayment = Payment.pick({
  pledgeId: true,
  campaignSlug: true,
  currency: true,
  gift: true,
  feeCover: true,
  gross: true,
  fee: true,
  net: true,
  settlementCurrency: true,
  receiptNumber: true,
  paidAt: true,
  checkoutSessionId: true,
  paymentIntentId: true,
  chargeId: true,
  donorEmail: true,
  donorName: true,
  anonymous: true,
  refunded: true,
  disputed: true,
  disputeStatus: true,
});
export type ExportedPayment = z.infer<typeof ExportedPayment>;

/**
 * The donations export's columns, in order. Headers are stable machine names, the same in
 * every language, so an accountant's import mapping survives a colleague's language setting.
 * Gift and fee cover are in the donor's currency; gross, fee and net are what Stripe's balance
 * transaction holds, in the settlement currency beside them. `dispute_state` is `none`, `open`
 * (Stripe's needs_response or under_review: the bank has not decided), `won` or `lost`;
 * `disputed` is what an open or lost dispute took, in the charge's currency (a won one gives it
 * back).
 */
export const DONATION_COLUMNS = [
  'paid_at',
  'receipt_number',
  'donor_name',
  'donor_email',
  'anonymous',
  'campaign',
  'gift',
  'fee_cover',
  'currency',
  'gross',
  'fee',
  'net',
  'settlement_currency',
  'refunded',
  'refund_state',
  'disputed',
  'dispute_state',
  'pledge_id',
  'checkout_session_id',
  'payment_intent_id',
  'charge_id',
] as const;
export type DonationRow = Record<(typeof DONATION_COLUMNS)[number], string>;

/** Donors masked as the staff dashboard masks them: anonymous ones for all but finance. */
const MASKED = '***';

/**
 * One payment as a row a member of `role` may download: text cells made inert, amounts as
 * plain numbers. An anonymous donor's name and address are masked for every role that may
 * not see anonymous donors' names (only finance may; see the permission table).
 */
export function donationRow(payment: ExportedPayment, role: Role): DonationRow {
  const masked = payment.anonymous && !can(role, 'donors.seeNames');
  const text = (value: string | undefined) => inertText(value ?? '');
  return {
    paid_at: payment.paidAt,
    receipt_number: text(payment.receiptNumber),
    donor_name: masked ? MASKED : text(payment.donorName),
    donor_email: masked ? MASKED : text(payment.donorEmail),
    anonymous: payment.anonymous ? 'yes' : 'no',
    campaign: text(payment.campaignSlug),
    gift: majorUnits(payment.gift, payment.currency),
    fee_cover: majorUnits(payment.feeCover, payment.currency),
    currency: payment.currency,
    gross: majorUnits(payment.gross, payment.settlementCurrency),
    fee: majorUnits(payment.fee, payment.settlementCurrency),
    net: majorUnits(payment.net, payment.settlementCurrency),
    settlement_currency: payment.settlementCurrency,
    refunded: majorUnits(payment.refunded, payment.currency),
    refund_state: refundState(payment),
    disputed: majorUnits(payment.disputed ?? 0, payment.currency),
    dispute_state: payment.disputeStatus ?? 'none',
    pledge_id: text(payment.pledgeId),
    checkout_session_id: text(payment.checkoutSessionId),
    payment_intent_id: text(payment.paymentIntentId),
    charge_id: text(payment.chargeId),
  };
}

/** Refunds are in the charge's currency: what the donor paid is the gift and its fee cover. */
const refundState = (payment: Pick<ExportedPayment, 'refunded' | 'gift' | 'feeCover'>) => {
  if (payment.refunded === 0) return 'none';
  return payment.refunded >= payment.gift + payment.feeCover ? 'full' : 'partial';
};
