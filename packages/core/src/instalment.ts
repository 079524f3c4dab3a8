import { type PaymentWrites, paymentWrites } from './fulfilment';
import type { InvoiceState } from './monthly';
import type { Pledge, PledgeStatus } from './pledge';

/**
 * What recording a paid invoice writes. The payment is keyed by the invoice, so the invoice is its
 * own idempotency marker: `invoice.paid` and the thank-you page or a repeat delivery can never
 * record it twice. The pledge moves under a condition on the status read here, which also decides
 * whether this is the donor's first payment (counted as a supporter) or a later instalment.
 */
export type InstalmentPlan =
  /** Not paid (yet), or paid before its figures exist: nothing recorded. */
  | { write: 'nothing'; effect: 'not_paid' | 'settlement_pending' | 'amount_mismatch' }
  | {
      write: 'transaction';
      effect: 'applied';
      pledge: {
        pledgeId: string;
        /** The status read; the write is conditional on it still being so. */
        from: PledgeStatus;
        subscriptionId: string;
        /** The first payment leaves the index of pledges still waiting for Stripe. */
        leavesOpenIndex: boolean;
        at: string;
      };
      payment: PaymentWrites;
    };

export function planInstalment(input: {
  pledge: Pledge;
  invoice: InvoiceState;
  now: Date;
}): InstalmentPlan {
  const { pledge, invoice, now } = input;
  if (invoice.status !== 'paid') return { write: 'nothing', effect: 'not_paid' };
  const settlement = invoice.settlement;
  if (!settlement) return { write: 'nothing', effect: 'settlement_pending' };
  const { gift, feeCover } = invoice.parts;
  if (
    invoice.currency.toUpperCase() !== pledge.currency ||
    gift + feeCover !== settlement.gross ||
    gift <= 0
  ) {
    return { write: 'nothing', effect: 'amount_mismatch' };
  }
  const firstPayment = pledge.status !== 'paid';
  return {
    write: 'transaction',
    effect: 'applied',
    pledge: {
      pledgeId: pledge.id,
      from: pledge.status,
      subscriptionId: invoice.subscriptionId,
      leavesOpenIndex: firstPayment,
      at: now.toISOString(),
    },
    payment: paymentWrites({
      pledge,
      parts: { gift, feeCover },
      settlement,
      customer: invoice.customer,
      checkoutSessionId: pledge.checkoutSessionId ?? '',
      // When the card was charged: an instalment's tax year is the month it was paid in.
      paidAt: settlement.paidAt ?? now.toISOString(),
      now,
      instalment: {
        invoiceId: invoice.invoiceId,
        subscriptionId: invoice.subscriptionId,
        firstPayment,
      },
    }),
  };
}
