/**
 * What the service needs to know about a Checkout session, whoever runs it (Stripe or the
 * emulator). The payment adapter builds this from the processor's own objects.
 */
export type CheckoutState = {
  sessionId: string;
  pledgeId: string | undefined;
  status: 'open' | 'complete' | 'expired';
  paymentStatus: 'paid' | 'unpaid' | 'no_payment_required';
  amountTotal: number;
  currency: string;
  /** Present once the money moved: the processor's own figures, fee included. */
  settlement?: Settlement;
  /** Present for a monthly gift's session once the donor subscribed. */
  subscription?: { id: string; customerId: string };
  /**
   * Where the payment itself stands, as the processor's adapter reads it: none attempted yet,
   * settling (a bank debit can take days), failed, or succeeded.
   */
  payment: CheckoutPayment;
  customer: { email: string | undefined; name: string | undefined };
};

/** The processor's own figures for one charge, fee included. */
export type Settlement = {
  paymentIntentId: string;
  chargeId: string;
  gross: number;
  fee: number;
  net: number;
  /** The currency fee and net are in (the account's settlement currency). */
  currency: string;
  /** When the charge was made: the receipt's date and tax year, whenever we learn of it. */
  paidAt?: string;
};

export type CheckoutPayment = 'none' | 'settling' | 'failed' | 'succeeded';

/** The outcome a session's current state calls for, given the event that prompted the look. */
export type CheckoutOutcome = 'paid' | 'processing' | 'failed' | 'expired' | 'none';

export function checkoutOutcome(
  state: CheckoutState,
  asyncPaymentFailed: boolean,
): CheckoutOutcome {
  if (state.status === 'expired') return 'expired';
  if (state.status !== 'complete') return 'none';
  if (state.paymentStatus === 'paid') {
    // Paid, but Stripe has not written the balance transaction (fee, net) yet: record nothing
    // now; the webhook answers 5xx so Stripe asks again once the figures exist.
    return state.settlement ? 'paid' : 'none';
  }
  // Completed but unpaid: a delayed payment method is still settling, unless it failed.
  return asyncPaymentFailed || state.payment === 'failed' ? 'failed' : 'processing';
}
