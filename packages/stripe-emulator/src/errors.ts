import type { ZodError } from 'zod';

export type StripeErrorType =
  | 'api_error'
  | 'card_error'
  | 'idempotency_error'
  | 'invalid_request_error';

/** The statuses Stripe answers errors with, as far as the emulator needs them. */
export type ErrorStatus = 400 | 401 | 402 | 403 | 404 | 409 | 500;

/** An error the emulator answers with Stripe's shape: `{ error: { type, code, message, param } }`. */
export class StripeApiError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly type: StripeErrorType,
    message: string,
    readonly code?: string,
    readonly param?: string,
    readonly declineCode?: string,
  ) {
    super(message);
    this.name = 'StripeApiError';
  }

  toJSON() {
    return {
      error: {
        type: this.type,
        message: this.message,
        ...(this.code ? { code: this.code } : {}),
        ...(this.param ? { param: this.param } : {}),
        ...(this.declineCode ? { decline_code: this.declineCode } : {}),
        ...(this.code ? { doc_url: `https://stripe.com/docs/error-codes/${this.code}` } : {}),
      },
    };
  }
}

export const invalidRequest = (message: string, param?: string, code?: string) =>
  new StripeApiError(400, 'invalid_request_error', message, code, param);

export const resourceMissing = (object: string, id: string, param = 'id') =>
  new StripeApiError(
    404,
    'invalid_request_error',
    `No such ${object}: '${id}'`,
    'resource_missing',
    param,
  );

/** `line_items.0.price_data` → `line_items[0][price_data]`, the way Stripe names params. */
export function bracketPath(path: ReadonlyArray<PropertyKey>): string {
  const [head, ...rest] = path.map(String);
  return (head ?? '') + rest.map((part) => `[${part}]`).join('');
}

/** The first zod issue as Stripe would word it: missing, unknown, or invalid parameter. */
export function fromZodError(error: ZodError): StripeApiError {
  const issue = error.issues[0];
  if (!issue) return invalidRequest('Invalid request.');
  if (issue.code === 'unrecognized_keys') {
    const param = bracketPath([...issue.path, issue.keys[0] ?? '']);
    return invalidRequest(
      `Received unknown parameter: ${param}. The Haven Stripe emulator supports only the subset of the API the service uses.`,
      param,
      'parameter_unknown',
    );
  }
  const param = bracketPath(issue.path);
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return invalidRequest(`Missing required param: ${param}.`, param, 'parameter_missing');
  }
  return invalidRequest(issue.message, param, 'parameter_invalid');
}
