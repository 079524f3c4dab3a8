import { signatureHeader } from './sign';
import type { DeliveryAttempt, EventRecord } from './store';

export type WebhookConfig = {
  url: () => string | undefined;
  secret: string;
  /** Wait before each redelivery after a failed attempt; its length is the number of retries. */
  redeliveryDelaysMs: number[];
};

/** Stripe gives an endpoint a few seconds to answer; a slow answer counts as a failure. */
const ATTEMPT_TIMEOUT_MS = 10_000;

/**
 * Delivers events the way Stripe does, in the background: first attempts go out one after the
 * other per Checkout Session, so a session's events arrive in the order they happened; a failed
 * attempt (non-2xx, timeout, refused connection) is retried on its own schedule, so — as with
 * Stripe — a retry can arrive after a later event. Every attempt is recorded on the event.
 */
export class WebhookDispatcher {
  private readonly chains = new Map<string, Promise<unknown>>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly stopping = new AbortController();

  constructor(private readonly config: WebhookConfig) {}

  get enabled(): boolean {
    return this.config.url() !== undefined;
  }

  enqueue(record: EventRecord): void {
    if (!this.enabled) return;
    const previous = this.chains.get(record.sessionId) ?? Promise.resolve();
    const first = previous.then(() => this.attempt(record));
    this.chains.set(record.sessionId, first);
    this.track(first.then((attempt) => (isSuccess(attempt) ? undefined : this.retry(record, 0))));
  }

  /** One more attempt of the same event (same id, same payload, fresh signature). */
  resend(record: EventRecord): Promise<DeliveryAttempt> {
    return this.track(this.attempt(record));
  }

  /** `count` simultaneous attempts of the same event, as Stripe occasionally does. */
  duplicate(record: EventRecord, count: number): Promise<DeliveryAttempt[]> {
    return this.track(Promise.all(Array.from({ length: count }, () => this.attempt(record))));
  }

  /** Resolves once nothing is in flight or waiting for a retry, however it was started. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await this.idle();
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.inFlight.add(promise);
    void promise.finally(() => this.inFlight.delete(promise));
    return promise;
  }

  private async retry(record: EventRecord, index: number): Promise<void> {
    const delay = this.config.redeliveryDelaysMs[index];
    if (delay === undefined) return;
    await sleep(delay, this.stopping.signal);
    if (this.stopping.signal.aborted) return;
    const attempt = await this.attempt(record);
    if (!isSuccess(attempt)) await this.retry(record, index + 1);
  }

  private async attempt(record: EventRecord): Promise<DeliveryAttempt> {
    const url = this.config.url();
    const at = Date.now();
    const outcome = await post(url, record.payload, this.config.secret, this.stopping.signal);
    const attempt: DeliveryAttempt = { at, ...outcome };
    record.deliveries.push(attempt);
    return attempt;
  }
}

const isSuccess = (attempt: DeliveryAttempt) =>
  attempt.status !== null && attempt.status >= 200 && attempt.status < 300;

async function post(
  url: string | undefined,
  payload: string,
  secret: string,
  stopping: AbortSignal,
): Promise<Omit<DeliveryAttempt, 'at'>> {
  if (url === undefined) return { status: null, error: 'no webhook URL configured' };
  if (stopping.aborted) return { status: null, error: 'emulator stopped' };
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
        'Stripe-Signature': signatureHeader(payload, secret, Math.floor(Date.now() / 1000)),
      },
      body: payload,
      signal: AbortSignal.any([stopping, AbortSignal.timeout(ATTEMPT_TIMEOUT_MS)]),
    });
    await response.arrayBuffer();
    return { status: response.status };
  } catch (error) {
    return { status: null, error: error instanceof Error ? error.message : String(error) };
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
