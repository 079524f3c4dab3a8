import { signatureHeader } from './sign';
import type { DeliveryAttempt, EventRecord } from './store';

/** Where one endpoint listens and the secret it verifies with. */
export type WebhookEndpoint = { url: () => string | undefined; secret: string };

export type WebhookConfig = WebhookEndpoint & {
  /**
   * The platform's Connect endpoint: events of connected accounts (those with `account`) go
   * here, signed with its own secret, as Stripe sends them; without it they are only recorded.
   */
  connect?: WebhookEndpoint;
  /** Wait before each redelivery after a failed attempt; its length is the number of retries. */
  redeliveryDelaysMs: number[];
};

/** Stripe gives an endpoint a few seconds to answer; a slow answer counts as a failure. */
const ATTEMPT_TIMEOUT_MS = 10_000;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/**
 * Stripe's live-mode schedule, as it describes it: retries with exponential backoff for up to
 * three days (these add up to about 66 hours), after which the event is not sent again.
 */
export const STRIPE_RETRY_SCHEDULE_MS = [
  MINUTE,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  5 * HOUR,
  10 * HOUR,
  24 * HOUR,
  24 * HOUR,
];

type ScheduledRetry = {
  record: EventRecord;
  index: number;
  /** On the dispatcher's clock (wall clock plus what tests advanced). */
  dueAt: number;
  timer: NodeJS.Timeout;
  done: () => void;
};

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
  private readonly scheduled = new Set<ScheduledRetry>();
  /** How far tests moved the clock ahead of the wall clock. */
  private advancedMs = 0;
  /** While set, new events are lost on the way, as if the endpoint were unreachable for good. */
  private dropping = false;

  constructor(private readonly config: WebhookConfig) {}

  /** Whether an event of this account (`null`: the platform) has an endpoint to go to. */
  enabledFor(account: string | null): boolean {
    return this.endpointFor(account)?.url() !== undefined;
  }

  private endpointFor(account: string | null): WebhookEndpoint | undefined {
    return account === null ? this.config : this.config.connect;
  }

  /** The clock retries are scheduled on. */
  now(): number {
    return Date.now() + this.advancedMs;
  }

  /**
   * Drops (or, with `false`, delivers again) every event from now on: its deliveries never reach
   * the endpoint and are never retried, as when Stripe's retries ran out during an outage. Only
   * reconciliation can find such a payment.
   */
  drop(dropping: boolean): void {
    this.dropping = dropping;
  }

  /**
   * Moves the retry clock `ms` ahead and makes every retry that falls due meanwhile, oldest due
   * first (a retry that fails schedules the next, which may fall due within the same advance).
   */
  async advance(ms: number): Promise<DeliveryAttempt[]> {
    const target = this.now() + ms;
    const attempts: DeliveryAttempt[] = [];
    for (;;) {
      const [due] = [...this.scheduled]
        .filter((retry) => retry.dueAt <= target)
        .sort((a, b) => a.dueAt - b.dueAt);
      if (!due) {
        this.advancedMs += Math.max(0, target - this.now());
        return attempts;
      }
      // The clock stops at each retry's time, so the one after it is scheduled from there.
      this.advancedMs += Math.max(0, due.dueAt - this.now());
      attempts.push(await this.fire(due));
    }
  }

  /** What is waiting to be retried, and when (on the dispatcher's clock). */
  pendingRetries(): { eventId: string; attempt: number; dueAt: number }[] {
    return [...this.scheduled].map((retry) => ({
      eventId: retry.record.event.id,
      attempt: retry.index + 2,
      dueAt: retry.dueAt,
    }));
  }

  enqueue(record: EventRecord): void {
    if (!this.enabledFor(record.account)) return;
    if (this.dropping) {
      record.deliveries.push({ at: this.now(), status: null, error: 'dropped' });
      return;
    }
    const chain = record.sessionId ?? record.account ?? '';
    const previous = this.chains.get(chain) ?? Promise.resolve();
    const first = previous.then(() => this.attempt(record));
    this.chains.set(chain, first);
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
    for (const retry of this.scheduled) {
      clearTimeout(retry.timer);
      this.scheduled.delete(retry);
      retry.done();
    }
    await this.idle();
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.inFlight.add(promise);
    void promise.finally(() => this.inFlight.delete(promise));
    return promise;
  }

  /** Schedules retry `index`; resolves once it (and any retry after it) is no longer waiting. */
  private retry(record: EventRecord, index: number): Promise<void> {
    const delay = this.config.redeliveryDelaysMs[index];
    if (delay === undefined || this.stopping.signal.aborted) return Promise.resolve();
    return new Promise<void>((done) => {
      const retry: ScheduledRetry = {
        record,
        index,
        dueAt: this.now() + delay,
        done,
        // Unref'd: a retry days away must not keep a process alive.
        timer: setTimeout(() => void this.fire(retry), delay).unref(),
      };
      this.scheduled.add(retry);
    });
  }

  /** Makes a scheduled retry now (its timer fired, or the clock was advanced past it). */
  private async fire(retry: ScheduledRetry): Promise<DeliveryAttempt> {
    clearTimeout(retry.timer);
    this.scheduled.delete(retry);
    if (this.dropping) {
      const dropped = { at: this.now(), status: null, error: 'dropped' };
      retry.record.deliveries.push(dropped);
      retry.done();
      return dropped;
    }
    const attempt = await this.attempt(retry.record);
    if (isSuccess(attempt)) retry.done();
    else void this.retry(retry.record, retry.index + 1).then(retry.done);
    return attempt;
  }

  private async attempt(record: EventRecord): Promise<DeliveryAttempt> {
    const endpoint = this.endpointFor(record.account);
    const at = this.now();
    const outcome = await post(
      endpoint?.url(),
      record.payload,
      endpoint?.secret ?? '',
      this.stopping.signal,
    );
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
