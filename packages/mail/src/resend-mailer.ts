import { type ErrorResponse, Resend } from 'resend';
import { MailSendError } from './mail-send-error';
import type { Mailer, OutgoingBatch, OutgoingEmail } from './mailer';

export type ResendMailerOptions = {
  apiKey: string;
  /** For a local stand-in of the API; defaults to Resend's. */
  baseUrl?: string;
  /** How long one send may take; RESEND_TIMEOUT_MS by default. */
  timeoutMs?: number;
};

/**
 * The SDK sends with fetch and no deadline of its own: a Resend that accepts the connection and
 * never answers would hold the email worker (30 s) until Lambda kills it, lease and all. 10 s
 * leaves the worker time to record the failed attempt, which then retries with backoff under the
 * same idempotency key.
 */
export const RESEND_TIMEOUT_MS = 10_000;

/** A `Mailer` over the real Resend SDK, which reports failures as a returned `{ error }`. */
export function createResendMailer({
  apiKey,
  baseUrl,
  timeoutMs = RESEND_TIMEOUT_MS,
}: ResendMailerOptions): Mailer {
  // Without this the SDK would fall back to RESEND_API_KEY: config is read once, at cold start.
  if (!apiKey) {
    throw new MailSendError({
      code: 'missing_api_key',
      statusCode: null,
      retryable: false,
      message: 'Resend API key is missing',
    });
  }
  const resend = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);

  return {
    async send(email: OutgoingEmail) {
      const { data, error } = await resend.emails
        .send(resendEmail(email), {
          idempotencyKey: email.idempotencyKey,
          signal: AbortSignal.timeout(timeoutMs),
        })
        .catch((cause: unknown) => {
          // The SDK reports failures as values; a throw here is unexpected, so assume transient.
          throw new MailSendError({
            code: 'application_error',
            statusCode: null,
            retryable: true,
            message: 'Resend SDK threw while sending the email',
            cause,
          });
        });
      if (error) throw toMailSendError(error);
      if (!data?.id) {
        throw new MailSendError({
          code: 'application_error',
          statusCode: null,
          retryable: true,
          message: 'Resend accepted the request but returned no email id',
        });
      }
      return { id: data.id };
    },

    async sendBatch(batch: OutgoingBatch) {
      const { data, error } = await resend.batch
        .send(batch.emails.map(resendEmail), {
          idempotencyKey: batch.idempotencyKey,
          signal: AbortSignal.timeout(timeoutMs),
        })
        .catch((cause: unknown) => {
          throw new MailSendError({
            code: 'application_error',
            statusCode: null,
            retryable: true,
            message: 'Resend SDK threw while sending a batch',
            cause,
          });
        });
      if (error) throw toMailSendError(error);
      const ids = (data?.data ?? []).map((sent) => sent.id);
      if (ids.length !== batch.emails.length) {
        throw new MailSendError({
          code: 'application_error',
          statusCode: null,
          retryable: true,
          message: `Resend accepted a batch of ${batch.emails.length} and returned ${ids.length} ids`,
        });
      }
      return { ids };
    },
  };
}

/** One email as Resend's API takes it, alone or in a batch. */
const resendEmail = (email: Omit<OutgoingEmail, 'idempotencyKey'>) => ({
  to: email.to,
  from: email.from,
  replyTo: email.replyTo,
  subject: email.subject,
  html: email.html,
  text: email.text,
  tags: email.tags,
  headers: email.headers,
});

/** Resend may echo the address it rejected; logs must never see one. */
const redactAddresses = (message: string): string =>
  message.replace(/[^\s<>"'`(),;:@]+@[^\s<>"'`(),;:@]+/g, '[redacted]');

export function isRetryable(error: ErrorResponse): boolean {
  const { statusCode, name } = error;
  // No status: the SDK could not reach Resend or read its answer.
  if (statusCode === null) return true;
  if (statusCode === 429 || statusCode >= 500) return true;
  // The same key is still being processed by an earlier attempt: try again later.
  if (name === 'concurrent_idempotent_requests') return true;
  return name === 'application_error' || name === 'internal_server_error';
}

export function toMailSendError(error: ErrorResponse): MailSendError {
  const status = error.statusCode === null ? 'no status' : `status ${error.statusCode}`;
  return new MailSendError({
    code: error.name,
    statusCode: error.statusCode,
    retryable: isRetryable(error),
    message: `Resend did not send the email (${error.name}, ${status}): ${redactAddresses(error.message)}`,
  });
}
