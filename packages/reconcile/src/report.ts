import type { StripeMoneyKind } from '@haven/core';

/**
 * What a reconciliation found. Each finding has a stable `code` that alarms, dashboards and
 * runbooks can rely on, and only ids and amounts: never a donor's email, name or message.
 * Amounts are integer minor units in the currency named beside them.
 */
export type Finding =
  | {
      code: 'campaign_total_mismatch';
      org: string;
      campaign: string;
      currency: string;
      /** The campaign's `raised_<CUR>`, what the public pages show. */
      stored: number;
      /** Gifts less refunds of the campaign's payments in that currency. */
      expected: number;
    }
  | {
      code: 'supporter_count_mismatch';
      org: string;
      campaign: string;
      stored: number;
      expected: number;
    }
  | { code: 'payment_campaign_missing'; org: string; campaign: string; pledgeId: string }
  /** A payment item that does not parse; `fields` are the failing attribute names only. */
  | { code: 'payment_invalid'; org: string; pledgeId: string; fields: string[] }
  | {
      code: 'payment_inconsistent';
      org: string;
      pledgeId: string;
      rule: 'gross_is_gift_plus_fee_cover' | 'net_is_gross_less_fee';
    }
  | { code: 'receipt_malformed'; org: string; pledgeId: string; receiptNumber: string }
  | {
      code: 'receipt_duplicate';
      org: string;
      year: number;
      receiptNumber: string;
      pledgeIds: string[];
    }
  /** Numbers in `from`…`to` (inclusive) were counted but no payment carries them. */
  | { code: 'receipt_gap'; org: string; year: number; from: number; to: number }
  /** The counter is below a number already issued: the next payment would repeat a number. */
  | { code: 'receipt_counter_behind'; org: string; year: number; counter: number; highest: number }
  /** The counter is above the highest number any payment carries: numbers were lost. */
  | { code: 'receipt_counter_ahead'; org: string; year: number; counter: number; highest: number }
  | {
      code: 'outbox_failed';
      outboxId: string;
      pledgeId: string;
      attempts: number;
      lastError: string | undefined;
    }
  | { code: 'outbox_stuck'; outboxId: string; pledgeId: string; dueAt: string; attempts: number }
  | { code: 'stripe_charge_missing'; org: string; pledgeId: string; chargeId: string }
  | {
      code: 'stripe_amount_mismatch';
      org: string;
      pledgeId: string;
      chargeId: string;
      field: 'gross' | 'currency' | 'fee' | 'net' | 'settlementCurrency';
      ours: number | string;
      stripe: number | string | undefined;
    }
  | {
      code: 'stripe_refund_mismatch';
      org: string;
      pledgeId: string;
      chargeId: string;
      ours: number;
      stripe: number;
    }
  /** Stripe could not be asked (network, auth, rate limit): the rest of its check was skipped. */
  | { code: 'stripe_check_failed'; chargeId: string; error: string }
  /** Stripe says paid, we have no payment, and reconciliation could not record it (see reason). */
  | {
      code: 'paid_session_unrecorded';
      sessionId: string;
      pledgeId: string | undefined;
      reason: 'settlement_pending' | 'amount_mismatch' | 'no_pledge' | 'error';
    }
  /** Connect: the organisation's account cannot take charges (Stripe paused it, or onboarding is unfinished). */
  | {
      code: 'stripe_account_restricted';
      org: string;
      accountId: string;
      disabledReason: string | undefined;
    }
  /** Connect: Stripe no longer lets the platform reach the organisation's account. */
  | { code: 'stripe_account_disconnected'; org: string; accountId: string }
  /** A ledger entry whose lines do not sum to zero (`difference`, debits less credits). */
  | {
      code: 'ledger_entry_unbalanced';
      org: string;
      key: string;
      currency: string;
      difference: number;
    }
  /** A ledger item that does not parse; `fields` are the failing attribute names only. */
  | { code: 'ledger_entry_invalid'; org: string; key: string; fields: string[] }
  /** An organisation's books in one currency: debits and credits over every entry differ. */
  | { code: 'ledger_unbalanced'; org: string; currency: string; debits: number; credits: number }
  /** A campaign's `raised_<CUR>` against its ledger lines (income less refunds and disputes). */
  | {
      code: 'ledger_campaign_mismatch';
      org: string;
      campaign: string;
      currency: string;
      stored: number;
      ledger: number;
    }
  /**
   * Stripe has a charge, refund, dispute or payout that the ledger has not booked, and
   * reconciliation could not book it (`reason`: the use case's answer, or `error`).
   */
  | {
      code: 'ledger_entry_missing';
      org: string | undefined;
      accountId: string | undefined;
      object: StripeMoneyKind;
      stripeId: string;
      entryKey: string;
      reason: 'charge_unrecorded' | 'payment_not_recorded' | 'nothing_new' | 'error';
    }
  /** A ledger entry of the period names a Stripe object Stripe does not have: reported, kept. */
  | {
      code: 'ledger_entry_unknown_to_stripe';
      org: string;
      key: string;
      object: StripeMoneyKind;
      stripeId: string;
    }
  /** Stripe lost the dispute, the payment still says otherwise, and booking it again did not mend it. */
  | {
      code: 'dispute_state_mismatch';
      org: string;
      pledgeId: string;
      disputeId: string;
      ours: string;
      stripe: 'lost';
    }
  /** Stripe could not be listed or asked for the ledger check: the rest of it was skipped. */
  | { code: 'stripe_ledger_check_failed'; org: string | undefined; error: string }
  | {
      code: 'pledge_unsettled';
      org: string;
      pledgeId: string;
      status: string;
      createdAt: string;
      checkoutSessionId: string | undefined;
    };

export type FindingCode = Finding['code'];

export type CampaignSummary = {
  org: string;
  campaign: string;
  status: string;
  supporters: { stored: number; expected: number };
  totals: { currency: string; stored: number; expected: number }[];
};

/** One organisation's books in one currency, over every entry. */
export type LedgerSummary = {
  org: string;
  currency: string;
  entries: number;
  debits: number;
  credits: number;
};

/** The period's Stripe money objects compared with the ledger, and what was booked from them. */
export type StripeLedgerSummary = {
  /** Objects Stripe listed that owe the ledger an entry. */
  listed: number;
  /** Ledger entries of the period checked against Stripe (its listing, or asked one by one). */
  entriesChecked: number;
  /** Booked now, through the webhook's own use case, from Stripe's current state. */
  repaired: { org: string | undefined; object: StripeMoneyKind; stripeId: string }[];
};

export type ReceiptYearSummary = {
  org: string;
  year: number;
  issued: number;
  highest: number;
  counter: number;
};

export type StripeAccountSummary = {
  org: string;
  accountId: string | undefined;
  status: 'unconnected' | 'onboarding' | 'restricted' | 'connected' | 'disconnected';
};

export type ReconcileReport = {
  ok: boolean;
  checkedAt: string;
  org: string | undefined;
  organisations: number;
  payments: number;
  campaigns: CampaignSummary[];
  receipts: ReceiptYearSummary[];
  outbox: { failed: number; stuck: number };
  /** Undefined when no Stripe reader was given: Stripe was not checked. */
  stripe: { checked: number } | undefined;
  /** Connect: each organisation's account and where it stands; undefined without Connect. */
  stripeAccounts?: StripeAccountSummary[];
  /** Each organisation's books per currency. */
  ledger: LedgerSummary[];
  /** Stripe's money objects of the period against the ledger; undefined when not asked. */
  stripeLedger?: StripeLedgerSummary;
  /** Paid Checkout Sessions looked for and recorded (lost-sessions.ts); undefined when not asked. */
  lostSessions?: { checked: number; repaired: { sessionId: string; pledgeId: string }[] };
  findings: Finding[];
};

/** Counts per code, for logs and the summary line. */
export function countByCode(findings: readonly Finding[]): Partial<Record<FindingCode, number>> {
  const counts: Partial<Record<FindingCode, number>> = {};
  for (const finding of findings) counts[finding.code] = (counts[finding.code] ?? 0) + 1;
  return counts;
}
