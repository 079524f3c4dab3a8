import { HttpResponse, http } from 'msw';
import Stripe from 'stripe';

export const STRIPE_KEY = 'sk_test_integration';
export const WEBHOOK_SECRET = 'whsec_test_integration';
const API = 'https://api.stripe.com/v1';
const stripe = new Stripe(STRIPE_KEY);

type Session = Stripe.Checkout.Session;

/**
 * Stripe's HTTP edge for integration tests, answered with msw: sessions are created from what
 * the SDK really sends and read back with their expanded payment, so the service's Stripe code
 * runs unchanged. Tests move a session along (pay, start or settle a bank debit, expire) and
 * build the events Stripe would send about it.
 */
export function createStripeEdge() {
  const sessions = new Map<string, Session>();
  const intents = new Map<string, Stripe.PaymentIntent>();
  const createRequests: URLSearchParams[] = [];
  let counter = 0;
  const nextId = (prefix: string) => `${prefix}_test_${(++counter).toString().padStart(8, '0')}`;

  const withExpandedIntent = (session: Session): Session => {
    const intentId = typeof session.payment_intent === 'string' ? session.payment_intent : null;
    return intentId ? { ...session, payment_intent: intents.get(intentId) ?? null } : session;
  };

  const handlers = [
    http.post(`${API}/checkout/sessions`, async ({ request }) => {
      const form = new URLSearchParams(await request.text());
      createRequests.push(form);
      let amountTotal = 0;
      for (let i = 0; form.has(`line_items[${i}][price_data][unit_amount]`); i++) {
        amountTotal += Number(form.get(`line_items[${i}][price_data][unit_amount]`));
      }
      const id = nextId('cs');
      const session = {
        id,
        object: 'checkout.session',
        mode: 'payment',
        status: 'open',
        payment_status: 'unpaid',
        amount_total: amountTotal,
        currency: form.get('line_items[0][price_data][currency]'),
        client_reference_id: form.get('client_reference_id'),
        metadata: { pledgeId: form.get('metadata[pledgeId]') ?? '' },
        locale: form.get('locale'),
        submit_type: form.get('submit_type'),
        success_url: form.get('success_url'),
        cancel_url: form.get('cancel_url'),
        url: `https://checkout.stripe.com/c/pay/${id}`,
        payment_intent: null,
        customer_details: null,
        livemode: false,
        created: Math.floor(Date.now() / 1000),
      };
      // The fields the service reads, shaped as Stripe's; the rest of Stripe's object is not needed here.
      sessions.set(id, session as unknown as Session);
      return HttpResponse.json(session);
    }),
    http.get(`${API}/checkout/sessions/:id`, ({ params }) => {
      const session = sessions.get(String(params.id));
      if (!session) {
        return HttpResponse.json(
          {
            error: {
              type: 'invalid_request_error',
              code: 'resource_missing',
              message: 'No such checkout.session',
            },
          },
          { status: 404 },
        );
      }
      return HttpResponse.json(withExpandedIntent(session));
    }),
  ];

  const update = (id: string, change: Partial<Session>) => {
    const session = sessions.get(id);
    if (!session) throw new Error(`no session ${id}`);
    sessions.set(id, { ...session, ...change });
  };

  const makeIntent = (
    session: Session,
    status: Stripe.PaymentIntent.Status,
    fee: number | null,
    created = Math.floor(Date.now() / 1000),
  ) => {
    const amount = session.amount_total ?? 0;
    const currency = session.currency ?? 'eur';
    const intent = {
      id: nextId('pi'),
      object: 'payment_intent',
      amount,
      currency,
      status,
      latest_charge:
        fee === null
          ? null
          : {
              id: nextId('ch'),
              object: 'charge',
              created,
              amount,
              currency,
              balance_transaction: {
                id: nextId('txn'),
                object: 'balance_transaction',
                amount,
                currency,
                fee,
                net: amount - fee,
              },
            },
    };
    intents.set(intent.id, intent as unknown as Stripe.PaymentIntent);
    return intent.id;
  };

  const customer = { email: 'donor@example.org', name: 'Jeanne Dupont' };

  return {
    handlers,
    sessions,
    createRequests,
    /**
     * The donor pays by card: complete and paid at once. `fee: null` is a charge whose balance
     * transaction Stripe has not written yet; `paidAt` dates the charge.
     */
    pay(id: string, fee: number | null = 180, paidAt?: Date) {
      const session = sessions.get(id);
      if (!session) throw new Error(`no session ${id}`);
      update(id, {
        status: 'complete',
        payment_status: 'paid',
        payment_intent: makeIntent(
          session,
          'succeeded',
          fee,
          paidAt ? Math.floor(paidAt.getTime() / 1000) : undefined,
        ),
        customer_details: customer as Session['customer_details'],
      });
    },
    /** The donor pays by bank debit: complete, not paid until it settles. */
    startAsync(id: string) {
      const session = sessions.get(id);
      if (!session) throw new Error(`no session ${id}`);
      update(id, {
        status: 'complete',
        payment_status: 'unpaid',
        payment_intent: makeIntent(session, 'processing', null),
        customer_details: customer as Session['customer_details'],
      });
    },
    settleAsync(id: string, succeeded: boolean, fee = 80) {
      const session = sessions.get(id);
      if (!session) throw new Error(`no session ${id}`);
      update(
        id,
        succeeded
          ? { payment_status: 'paid', payment_intent: makeIntent(session, 'succeeded', fee) }
          : { payment_intent: makeIntent(session, 'requires_payment_method', null) },
      );
    },
    expire(id: string) {
      update(id, { status: 'expired' });
    },
    /** The event Stripe would send now about this session, with a fresh event id. */
    event(type: string, sessionId: string, id = nextId('evt')) {
      const session = sessions.get(sessionId);
      if (!session) throw new Error(`no session ${sessionId}`);
      return {
        id,
        object: 'event',
        api_version: Stripe.API_VERSION,
        created: Math.floor(Date.now() / 1000),
        livemode: false,
        pending_webhooks: 1,
        request: { id: null, idempotency_key: null },
        type,
        data: { object: session },
      };
    },
  };
}

export type StripeEdge = ReturnType<typeof createStripeEdge>;

/** Signs a payload exactly as Stripe does, with the SDK's own test helper. */
export function signature(payload: string, options: { secret?: string; timestamp?: number } = {}) {
  return stripe.webhooks.generateTestHeaderString({
    payload,
    secret: options.secret ?? WEBHOOK_SECRET,
    timestamp: options.timestamp,
  });
}
