import type { DomainError, DomainErrorCode } from '@haven/core';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * The HTTP status each domain error answers with: the one place the app maps codes to statuses.
 * A new code fails the type check here until it is given one.
 */
const HTTP_STATUS = {
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  invalid_input: 422,
  not_configured: 503,
  charges_disabled: 409,
  invalid_signature: 400,
  payment_provider_unavailable: 503,
  temporarily_unavailable: 503,
} as const satisfies Record<DomainErrorCode, ContentfulStatusCode>;

export const httpStatus = (error: DomainError) => HTTP_STATUS[error.code];
