/**
 * The domain's errors, each with a stable code that clients and logs can rely on.
 * Adapters translate SDK failures into these where they happen; the app maps them to HTTP once.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly status: 400 | 404 | 409 | 422 | 503;
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'not_found';
  readonly status = 404;
}

export class ConflictError extends DomainError {
  readonly code = 'conflict';
  readonly status = 409;
}

export class ValidationError extends DomainError {
  readonly code = 'invalid_input';
  readonly status = 422;
  constructor(
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

export class NotConfiguredError extends DomainError {
  readonly code = 'not_configured';
  readonly status = 503;
}

/** A webhook whose signature, timestamp or body does not verify: refused, never retried. */
export class WebhookSignatureError extends DomainError {
  readonly code = 'invalid_signature';
  readonly status = 400;
}

/** The payment processor failed or could not be reached: worth retrying. */
export class PaymentProviderError extends DomainError {
  readonly code = 'payment_provider_unavailable';
  readonly status = 503;
}
