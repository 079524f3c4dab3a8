/**
 * A send the provider did not accept. `retryable` tells the outbox whether to try again later
 * (rate limit, provider outage, network) or to park the item for a person (bad address, bad key).
 * The message never carries the recipient or the body: it may end up in logs.
 */
export class MailSendError extends Error {
  override readonly name = 'MailSendError';
  readonly code: string;
  readonly statusCode: number | null;
  readonly retryable: boolean;

  constructor(options: {
    code: string;
    statusCode: number | null;
    retryable: boolean;
    message: string;
    cause?: unknown;
  }) {
    super(options.message, { cause: options.cause });
    this.code = options.code;
    this.statusCode = options.statusCode;
    this.retryable = options.retryable;
  }
}
