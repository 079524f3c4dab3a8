import { demoOrganisations, demoStripeAccountId, UNCONNECTED_DEMO_ORGS } from '@haven/local';
import { type StripeEmulator, startStripeEmulator } from '@haven/stripe-emulator';
import Stripe from 'stripe';
import * as z from 'zod';

export const STRIPE_KEY = 'sk_test_integration';
export const WEBHOOK_SECRET = 'whsec_test_integration';
/** The Connect endpoint's own secret: connected accounts' events are signed with it. */
export const CONNECT_WEBHOOK_SECRET = 'whsec_test_integration_connect';

/** The donor every test pays as; the log test looks for these in the logs. */
export const DONOR = { email: 'donor@example.org', name: 'Jeanne Dupont' };

const Transition = z.object({ event_ids: z.array(z.string()).length(1) });
const Refusal = z.object({ error: z.object({ message: z.string() }) });

/**
 * Stripe for integration tests: the project's own emulator (the one `npm start` and the
 * browser tests use) on a free loopback port, with the real SDK pointed at it. It has no
 * webhook URL: each move returns the event Stripe would send, and the test delivers it to
 * `app.request('/webhooks/stripe')` signed for real, as often and in whatever order it needs.
 */
export async function startTestStripe() {
  const emulator = await startStripeEmulator({
    webhookSecret: WEBHOOK_SECRET,
    connectWebhookSecret: CONNECT_WEBHOOK_SECRET,
    // The demo organisations' own accounts, as the seeded table names them (Connect mode).
    accounts: demoOrganisations
      .filter((org) => !UNCONNECTED_DEMO_ORGS.includes(org.slug))
      .map((org) => ({ id: demoStripeAccountId(org.slug), country: org.country })),
  });
  const sdk = new Stripe(STRIPE_KEY, {
    host: '127.0.0.1',
    port: emulator.port,
    protocol: 'http',
    maxNetworkRetries: 0,
  });

  /** A control call that moves a session along; answers the payload of the event it caused. */
  const move = async (path: string, body: object = {}) => {
    const response = await fetch(`${emulator.url}/_emulator${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json: unknown = await response.json();
    if (!response.ok) throw new Error(`${path}: ${Refusal.parse(json).error.message}`);
    const [eventId] = Transition.parse(json).event_ids;
    return eventPayload(emulator, eventId ?? '');
  };

  return {
    emulator,
    /** The real SDK on the emulator, as the platform (pass `stripeAccount` to act as one). */
    sdk,
    /** Calls the control API; answers the payload of the one event it caused. */
    move,
    checkoutUrl: (sessionId: string) => `${emulator.url}/c/pay/${sessionId}`,
    apiBase: emulator.url,
    /** The pledge id the service gave the session, as Stripe holds it (on `account`, if given). */
    async pledgeOf(sessionId: string, account?: string): Promise<string> {
      const session = await sdk.checkout.sessions.retrieve(
        sessionId,
        {},
        account ? { stripeAccount: account } : {},
      );
      if (!session.client_reference_id) throw new Error(`no pledge on ${sessionId}`);
      return session.client_reference_id;
    },
    /** Every Checkout Session create request the SDK sent, oldest first, as sent. */
    createRequests: () =>
      emulator
        .requests()
        .filter(({ method, path }) => method === 'POST' && path === '/v1/checkout/sessions')
        .map(({ body }) => new URLSearchParams(body)),
    /**
     * The donor pays by card. `paidAt` dates the charge; `figuresLater` is a paid charge whose
     * balance transaction Stripe has not written yet (see `writeFigures`).
     */
    pay: (
      sessionId: string,
      options: {
        paidAt?: Date;
        figuresLater?: boolean;
        donor?: { email: string; name: string };
        email?: string;
      } = {},
    ) =>
      move(`/sessions/${sessionId}/pay`, {
        card: '4242424242424242',
        ...(options.donor ?? DONOR),
        // Another person: a campaign counts people, so each gift counted needs its own donor.
        ...(options.email ? { email: options.email } : {}),
        ...(options.paidAt ? { paid_at: Math.floor(options.paidAt.getTime() / 1000) } : {}),
        ...(options.figuresLater ? { defer_balance_transaction: true } : {}),
      }),
    /** The donor pays by bank debit: complete, not paid until the bank settles it. */
    payByBankDebit: (sessionId: string, email = DONOR.email) =>
      move(`/sessions/${sessionId}/pay`, { iban: 'AT611904300234573201', ...DONOR, email }),
    settle: (sessionId: string, outcome: 'succeeded' | 'failed') =>
      move(`/sessions/${sessionId}/settle`, { outcome }),
    expire: (sessionId: string) => move(`/sessions/${sessionId}/expire`),
    async writeFigures(sessionId: string): Promise<void> {
      const url = `${emulator.url}/_emulator/sessions/${sessionId}/balance_transaction`;
      const response = await fetch(url, { method: 'POST' });
      if (!response.ok) throw new Error(`balance transaction: ${await response.text()}`);
    },
    /**
     * Stripe turns charges off (or back on) on a connected account; answers the payload of the
     * `account.updated` it sends.
     */
    async setCharges(account: string, enabled: boolean): Promise<string> {
      const response = await fetch(`${emulator.url}/_emulator/accounts/${account}/charges`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ enabled }),
      });
      if (!response.ok) throw new Error(`charges: ${await response.text()}`);
      const last = emulator.events().findLast((record) => record.account === account);
      if (last?.event.type !== 'account.updated') throw new Error('no account.updated');
      return last.payload;
    },
    stop: () => emulator.stop(),
  };
}

export type TestStripe = Awaited<ReturnType<typeof startTestStripe>>;

/** The exact bytes the emulator would deliver for this event. */
function eventPayload(emulator: StripeEmulator, eventId: string): string {
  const record = emulator.events().find(({ event }) => event.id === eventId);
  if (!record) throw new Error(`no event ${eventId}`);
  return record.payload;
}

const signer = new Stripe(STRIPE_KEY);

/** Signs a payload as Stripe signs what it sends to the Connect endpoint. */
export const connectSignature = (payload: string) =>
  signature(payload, { secret: CONNECT_WEBHOOK_SECRET });

/** Signs a payload exactly as Stripe does, with the SDK's own test helper. */
export function signature(payload: string, options: { secret?: string; timestamp?: number } = {}) {
  return signer.webhooks.generateTestHeaderString({
    payload,
    secret: options.secret ?? WEBHOOK_SECRET,
    timestamp: options.timestamp,
  });
}
