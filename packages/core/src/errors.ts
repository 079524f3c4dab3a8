/** The stable codes of the domain's errors: what clients and logs can rely on. */
export type DomainErrorCode =
  | 'not_found'
  | 'forbidden'
  | 'conflict'
  | 'invalid_input'
  | 'not_configured'
  | 'charges_disabled'
  | 'invalid_signature'
  | 'payment_provider_unavailable'
  | 'temporarily_unavailable';

/**
 * The domain's errors, each with a stable code. Adapters translate SDK failures into these where
 * they happen; the app maps codes to its transport's answers (HTTP statuses) in one place.
 */
export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'not_found';
}

/** The signed-in member's role does not allow the action. */
export class ForbiddenError extends DomainError {
  readonly code = 'forbidden';
}

export class ConflictError extends DomainError {
  readonly code = 'conflict';
}

export class ValidationError extends DomainError {
  readonly code = 'invalid_input';
  constructor(
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

export class NotConfiguredError extends DomainError {
  readonly code = 'not_configured';
}

/** A webhook whose signature, timestamp or body does not verify: refused, never retried. */
export class WebhookSignatureError extends DomainError {
  readonly code = 'invalid_signature';
}

/** The payment processor failed or could not be reached: worth retrying. */
export class PaymentProviderError extends DomainError {
  readonly code = 'payment_provider_unavailable';
}

/** The processor asked us to slow down (Stripe's 429): the donor is asked to wait a moment. */
export class PaymentProviderBusyError extends PaymentProviderError {}

/** The database was throttled, timed out or could not be reached, or contention outlasted our
 * retries: nothing was changed, and the same request a little later will do. */
export class TemporarilyUnavailableError extends DomainError {
  readonly code = 'temporarily_unavailable';
}
