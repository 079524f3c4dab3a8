import type { Payment } from '../payment';

/** A donor's year per currency: what they gave, what was refunded of it, and what remains. */
export type StatementLine = { currency: string; gifts: number; refunded: number; net: number };

export type StatementPayment = Pick<
  Payment,
  'currency' | 'gift' | 'feeCover' | 'refunded' | 'paidAt' | 'receiptNumber'
>;

/**
 * One statement's figures, per currency and never summed across currencies: each gift counts
 * for its own amount (the fee cover paid the processor, not the organisation) less what was
 * refunded of it. Refunds are of the whole charge, gift and cover; the gift's share of a refund
 * is taken in proportion, as the ledger books it, so a full refund leaves nothing.
 */
export function statementLines(payments: Iterable<StatementPayment>): StatementLine[] {
  const byCurrency = new Map<string, StatementLine>();
  for (const payment of payments) {
    const line = byCurrency.get(payment.currency) ?? {
      currency: payment.currency,
      gifts: 0,
      refunded: 0,
      net: 0,
    };
    const charged = payment.gift + payment.feeCover;
    const refundedOfGift =
      charged === 0
        ? 0
        : Math.round((Math.min(payment.refunded, charged) * payment.gift) / charged);
    line.gifts += payment.gift;
    line.refunded += refundedOfGift;
    line.net = line.gifts - line.refunded;
    byCurrency.set(payment.currency, line);
  }
  return [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

/** The calendar year's days, as an export filter's `from` and `to`. */
export const calendarYear = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });
