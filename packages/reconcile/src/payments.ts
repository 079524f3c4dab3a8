import { giftPart, Payment } from '@haven/core';
import { type Db, listPaymentItems } from '@haven/db';
import * as z from 'zod';
import type { Finding } from './report';

/** What reconciliation needs of a payment: no donor email, name or message is ever read. */
export const PaymentFigures = Payment.pick({
  pledgeId: true,
  orgSlug: true,
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
  chargeId: true,
  refunded: true,
  disputed: true,
  newSupporter: true,
}).extend({
  /** The donor's emailKey (a hash, not the address): a campaign counts each person once. */
  supporterKey: z.string().optional(),
});
export type PaymentFigures = z.infer<typeof PaymentFigures>;

const PROJECTED = Object.keys(PaymentFigures.shape);

/**
 * Every payment of an organisation, one at a time as its GSI1 list is paged (a Query, never a
 * Scan), or a finding for one that does not parse: nothing holds them all at once. The
 * projection keeps personal data out of this process altogether.
 */
export async function* streamPayments(
  db: Db,
  org: string,
): AsyncGenerator<{ payment: PaymentFigures } | { finding: Finding }> {
  for await (const { pledgeId, item } of listPaymentItems(db, org, PROJECTED)) {
    const parsed = PaymentFigures.safeParse(item);
    if (parsed.success) yield { payment: parsed.data };
    else {
      yield {
        finding: {
          code: 'payment_invalid',
          org,
          pledgeId: pledgeId ?? '(unknown)',
          fields: [...new Set(parsed.error.issues.map((issue) => issue.path.join('.')))],
        },
      };
    }
  }
}

/** Only the payments that parse, e.g. for a second pass or the Stripe check. */
export async function* paymentsOf(db: Db, org: string): AsyncGenerator<PaymentFigures> {
  for await (const read of streamPayments(db, org)) if ('payment' in read) yield read.payment;
}

/**
 * What a payment still adds to its campaign: the gift, less the gift's share of what was refunded
 * or is disputed, as the ledger books it (a refund of a gift with its fee covered takes from both
 * in the ratio the donor gave them).
 */
export const contribution = (
  payment: Pick<PaymentFigures, 'gift' | 'feeCover' | 'refunded' | 'disputed'>,
): number =>
  Math.max(0, payment.gift - giftPart(payment, payment.refunded + (payment.disputed ?? 0)));

/** A payment's own figures must agree with each other before they are compared with anything. */
export function checkPaymentFigures(payment: PaymentFigures): Finding[] {
  const findings: Finding[] = [];
  const base = { org: payment.orgSlug, pledgeId: payment.pledgeId };
  if (payment.gross !== payment.gift + payment.feeCover) {
    findings.push({ ...base, code: 'payment_inconsistent', rule: 'gross_is_gift_plus_fee_cover' });
  }
  // With a currency conversion, gross is in the charge currency and fee and net are not.
  if (
    payment.settlementCurrency === payment.currency &&
    payment.net !== payment.gross - payment.fee
  ) {
    findings.push({ ...base, code: 'payment_inconsistent', rule: 'net_is_gross_less_fee' });
  }
  return findings;
}
