import type { CheckoutOutcome, CheckoutState, Settlement } from './checkout';
import { bookPayment, type LedgerEntry } from './ledger';
import type { Payment } from './payment';
import { chargedAmount, type Pledge, type PledgeStatus, TRANSITIONS } from './pledge';
import { planSupporter } from './supporters/plan-supporter';
import type { SupporterWrites } from './supporters/supporter';

/** An outcome that changes something: `none` never reaches fulfilment. */
export type FulfilmentOutcome = Exclude<CheckoutOutcome, 'none'>;

/** What applying an outcome did: changed state, found the event already applied, found the
 * pledge already past this step (another event or the thank-you page got there first), refused
 * a charge that differs from the pledge, or found no pledge of ours. */
export type FulfilmentEffect =
  | 'applied'
  | 'duplicate'
  | 'no_change'
  | 'amount_mismatch'
  | 'unknown_pledge';

/** The pledge's move: allowed only from `from`, each a condition on the stored pledge. */
export type PledgeMove = {
  pledgeId: string;
  from: readonly PledgeStatus[];
  to: FulfilmentOutcome;
  /** A settled pledge leaves the index of pledges still waiting for Stripe; one settling stays. */
  leavesOpenIndex: boolean;
  at: string;
};

/**
 * What a payment adds beside the pledge's move: the record, the totals, the receipt email. The
 * receipt number is not taken here: an organisation's counter is one hot key, so it is taken when
 * the receipt is issued (planReceiptNumber), off the payment's path.
 */
export type PaymentWrites = {
  payment: Payment;
  campaignTotal: {
    orgSlug: string;
    campaignSlug: string;
    currency: string;
    amount: number;
    /**
     * A monthly donor counts once, with their first instalment; later ones add money only. The
     * adapter adds it only when this gift is the person's first to the campaign.
     */
    supporters: 0 | 1;
  };
  email: {
    outboxId: string;
    kind: 'receipt';
    pledgeId: string;
    /** An instalment's receipt: the invoice whose payment it is for. */
    invoiceId?: string;
    dueAt: string;
  };
};

export type FulfilmentPlan =
  /** Nothing to write: the charge needs a person's eye, and the event stays unapplied. */
  | { write: 'nothing'; effect: 'amount_mismatch' }
  /** Only the event key, so a repeat of this event is known as one. */
  | { write: 'event'; effect: 'no_change' }
  | {
      write: 'transaction';
      effect: 'applied';
      move: PledgeMove;
      payment?: PaymentWrites;
      /** The payment's journal entry, booked in the same transaction as the payment. */
      ledger?: LedgerEntry;
      /** The person behind a paid gift (planSupporter): their record and campaign mark. */
      supporter?: SupporterWrites;
    };

export type FulfilmentInput = {
  pledge: Pledge;
  state: CheckoutState;
  now: Date;
  outcome: FulfilmentOutcome;
};

/**
 * When the donor paid: the receipt's date, and its tax year. Not when we heard of it: Stripe may
 * deliver a 31 December payment on 2 January.
 */
export function paidAt(state: CheckoutState, now: Date): { at: string; year: number } {
  const at = state.settlement?.paidAt ?? now.toISOString();
  return { at, year: new Date(at).getUTCFullYear() };
}

/**
 * Decides what applying a checkout outcome to its pledge writes. Pure: the database adapter reads
 * what it needs, writes the plan in one conditional transaction, and plans again on a conflict.
 */
export function planFulfilment(input: FulfilmentInput): FulfilmentPlan {
  const { pledge, state, now } = input;
  const from: readonly PledgeStatus[] = TRANSITIONS[input.outcome];
  if (!from.includes(pledge.status)) return { write: 'event', effect: 'no_change' };
  const move: PledgeMove = {
    pledgeId: pledge.id,
    from,
    to: input.outcome,
    leavesOpenIndex: input.outcome !== 'processing',
    at: now.toISOString(),
  };
  if (input.outcome !== 'paid') return { write: 'transaction', effect: 'applied', move };
  if (!amountsMatch(pledge, state)) return { write: 'nothing', effect: 'amount_mismatch' };
  const payment = planPayment(pledge, state, now);
  const supporter = planSupporter(pledge, payment.payment, now);
  return {
    write: 'transaction',
    effect: 'applied',
    move,
    payment,
    ledger: planLedger(payment),
    supporter,
  };
}

const amountsMatch = (pledge: Pledge, state: CheckoutState) =>
  state.amountTotal === chargedAmount(pledge) && state.currency.toUpperCase() === pledge.currency;

/** The payment's entry: what Stripe settled, split between the campaign and the fee cover. */
const planLedger = (writes: PaymentWrites): LedgerEntry => bookPayment(writes.payment);

function planPayment(pledge: Pledge, state: CheckoutState, now: Date): PaymentWrites {
  const settlement = state.settlement;
  if (!settlement) throw new Error(`session ${state.sessionId} is paid but has no settlement`);
  return paymentWrites({
    pledge,
    parts: { gift: pledge.gift, feeCover: pledge.feeCover },
    settlement,
    customer: state.customer,
    checkoutSessionId: state.sessionId,
    paidAt: paidAt(state, now).at,
    now,
  });
}

/**
 * What recording one payment writes: the payment, the gift added to the campaign's totals, the
 * receipt email. One builder for a one-time gift and for each instalment of a monthly one, so
 * whatever a payment's transaction gains (supporters, ledger entries) applies to both.
 */
export function paymentWrites(input: {
  pledge: Pledge;
  /** The parts of this payment: a monthly gift's instalment may differ from the pledge's now. */
  parts: { gift: number; feeCover: number };
  settlement: Settlement;
  customer: { email: string | undefined; name: string | undefined };
  checkoutSessionId: string;
  paidAt: string;
  now: Date;
  instalment?: { invoiceId: string; subscriptionId: string; firstPayment: boolean };
}): PaymentWrites {
  const { pledge, settlement, parts, instalment } = input;
  const payment: Payment = {
    pledgeId: pledge.id,
    orgSlug: pledge.orgSlug,
    campaignSlug: pledge.campaignSlug,
    currency: pledge.currency,
    gift: parts.gift,
    feeCover: parts.feeCover,
    gross: settlement.gross,
    fee: settlement.fee,
    net: settlement.net,
    settlementCurrency: settlement.currency.toUpperCase(),
    paidAt: input.paidAt,
    checkoutSessionId: input.checkoutSessionId,
    paymentIntentId: settlement.paymentIntentId,
    chargeId: settlement.chargeId,
    donorEmail: input.customer.email,
    donorName: input.customer.name,
    anonymous: pledge.anonymous,
    dedication: pledge.dedication,
    message: pledge.message,
    locale: pledge.locale,
    refunded: 0,
    ...(instalment
      ? {
          invoiceId: instalment.invoiceId,
          subscriptionId: instalment.subscriptionId,
          newSupporter: instalment.firstPayment,
        }
      : {}),
  };
  return {
    payment,
    // The gift alone: the fee cover paid the processor, not the campaign.
    campaignTotal: {
      orgSlug: pledge.orgSlug,
      campaignSlug: pledge.campaignSlug,
      currency: pledge.currency,
      amount: parts.gift,
      supporters: payment.newSupporter === false ? 0 : 1,
    },
    // One receipt per payment: the id is also the email provider's idempotency key.
    email: {
      outboxId: instalment
        ? receiptOutboxId(pledge.id, instalment.invoiceId)
        : receiptOutboxId(pledge.id),
      kind: 'receipt',
      pledgeId: pledge.id,
      ...(instalment ? { invoiceId: instalment.invoiceId } : {}),
      dueAt: input.now.toISOString(),
    },
  };
}

/** A payment's receipt in the outbox: one per one-time gift, one per instalment. */
export const receiptOutboxId = (pledgeId: string, invoiceId?: string): string =>
  invoiceId ? `receipt_${pledgeId}_${invoiceId}` : `receipt_${pledgeId}`;
