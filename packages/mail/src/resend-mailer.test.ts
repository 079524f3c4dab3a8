import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MailSendError } from './mail-send-error';
import type { OutgoingEmail } from './mailer';
import { createResendMailer } from './resend-mailer';

const RESEND_EMAILS = 'https://api.resend.com/emails';
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const email: OutgoingEmail = {
  to: 'donor@example.net',
  from: 'Open Witness <receipts@openwitness.example>',
  replyTo: 'hello@openwitness.example',
  subject: 'Your donation receipt MPM-2026-000042 – Open Witness',
  html: '<p>Thank you, secret body</p>',
  text: 'Thank you, secret body',
  idempotencyKey: 'receipt/pledge_01J9ZX',
  tags: [{ name: 'kind', value: 'receipt' }],
};

const mailer = () => createResendMailer({ apiKey: 're_test_123' });

/** Answers every send with `status` and `body`, as Resend's API would. */
const resendAnswers = (
  status: number,
  body: { statusCode: number; name: string; message: string },
) => server.use(http.post(RESEND_EMAILS, () => HttpResponse.json(body, { status })));

async function sendError(): Promise<MailSendError> {
  const failure = await mailer()
    .send(email)
    .then(
      () => undefined,
      (error: unknown) => error,
    );
  if (!(failure instanceof MailSendError)) throw new Error('expected a MailSendError');
  return failure;
}

describe('createResendMailer', () => {
  it('posts the email with its idempotency key and returns the id Resend gives', async () => {
    const seen: { headers: Headers; body: unknown }[] = [];
    server.use(
      http.post(RESEND_EMAILS, async ({ request }) => {
        seen.push({ headers: request.headers, body: await request.json() });
        return HttpResponse.json({ id: 'email_4ef9a417' });
      }),
    );

    await expect(mailer().send(email)).resolves.toEqual({ id: 'email_4ef9a417' });

    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request?.headers.get('idempotency-key')).toBe('receipt/pledge_01J9ZX');
    expect(request?.headers.get('authorization')).toBe('Bearer re_test_123');
    expect(request?.body).toEqual({
      to: 'donor@example.net',
      from: 'Open Witness <receipts@openwitness.example>',
      reply_to: 'hello@openwitness.example',
      subject: 'Your donation receipt MPM-2026-000042 – Open Witness',
      html: '<p>Thank you, secret body</p>',
      text: 'Thank you, secret body',
      tags: [{ name: 'kind', value: 'receipt' }],
    });
  });

  it('makes a rate limit (429) a retryable MailSendError', async () => {
    resendAnswers(429, {
      statusCode: 429,
      name: 'rate_limit_exceeded',
      message: 'Too many requests. You can only make 2 requests per second.',
    });
    const error = await sendError();
    expect(error.retryable).toBe(true);
    expect(error.code).toBe('rate_limit_exceeded');
    expect(error.statusCode).toBe(429);
  });

  it('makes a provider failure (500) a retryable MailSendError', async () => {
    resendAnswers(500, {
      statusCode: 500,
      name: 'internal_server_error',
      message: 'An unexpected error occurred.',
    });
    const error = await sendError();
    expect(error.retryable).toBe(true);
    expect(error.code).toBe('internal_server_error');
  });

  it('makes a gateway error without a JSON body retryable', async () => {
    server.use(
      http.post(RESEND_EMAILS, () => new HttpResponse('<html>502</html>', { status: 502 })),
    );
    const error = await sendError();
    expect(error.retryable).toBe(true);
    expect(error.code).toBe('application_error');
  });

  it('makes a network failure retryable', async () => {
    server.use(http.post(RESEND_EMAILS, () => HttpResponse.error()));
    const error = await sendError();
    expect(error.retryable).toBe(true);
    expect(error.statusCode).toBeNull();
  });

  it('makes a validation error (422) final, without leaking the address or body', async () => {
    resendAnswers(422, {
      statusCode: 422,
      name: 'validation_error',
      message: 'Invalid `to` field: donor@example.net is not a valid email address.',
    });
    const error = await sendError();
    expect(error.retryable).toBe(false);
    expect(error.code).toBe('validation_error');
    expect(error.statusCode).toBe(422);
    expect(error.message).toContain('validation_error');
    expect(error.message).not.toContain('donor@example.net');
    expect(error.message).not.toContain('secret body');
  });

  it('makes a rejected API key (401) final', async () => {
    resendAnswers(401, { statusCode: 401, name: 'missing_api_key', message: 'Missing API key' });
    const error = await sendError();
    expect(error.retryable).toBe(false);
    expect(error.code).toBe('missing_api_key');
  });

  it('refuses to start without an API key instead of reading one from the environment', () => {
    expect(() => createResendMailer({ apiKey: '' })).toThrowError(
      expect.objectContaining({ code: 'missing_api_key', retryable: false }),
    );
  });
});
