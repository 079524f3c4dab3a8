import type { Organisation } from './org';
import type { Payment } from './payment';
import { formatReceiptNumber, receiptPrefix } from './receipt-number';

/** The last receipt number its organisation issued in a year (0 before the first). */
export type ReceiptCounter = { year: number; last: number };

/** The receipt number a payment takes, and the counter's move that takes it. */
export type ReceiptNumberPlan =
  | { write: 'nothing'; receiptNumber: string }
  | {
      write: 'number';
      receiptNumber: string;
      pledgeId: string;
      /** The year's counter moves from `last` to `next`; only the one who read `last` may move it. */
      sequence: { orgSlug: string; year: number; last: number; next: number };
    };

/**
 * Decides a payment's receipt number: the next of its organisation's counter for the year the
 * donor paid in (a 31 December payment heard of on 2 January takes the old year's last number).
 * Numbers run without gaps because the payment and the counter move in one conditional
 * transaction; a payment that already has its number keeps it.
 */
export function planReceiptNumber(input: {
  payment: Pick<Payment, 'pledgeId' | 'orgSlug' | 'paidAt' | 'receiptNumber'>;
  org: Pick<Organisation, 'slug' | 'receiptPrefix'>;
  counter: ReceiptCounter;
}): ReceiptNumberPlan {
  const { payment, org, counter } = input;
  if (payment.receiptNumber) return { write: 'nothing', receiptNumber: payment.receiptNumber };
  const year = receiptYear(payment);
  if (counter.year !== year) {
    throw new Error(`receipt counter of ${counter.year} read for a payment in ${year}`);
  }
  const next = counter.last + 1;
  return {
    write: 'number',
    receiptNumber: formatReceiptNumber(receiptPrefix(org), year, next),
    pledgeId: payment.pledgeId,
    sequence: { orgSlug: payment.orgSlug, year, last: counter.last, next },
  };
}

/** The tax year of a payment's receipt: when the donor paid. */
export const receiptYear = (payment: Pick<Payment, 'paidAt'>): number =>
  new Date(payment.paidAt).getUTCFullYear();
