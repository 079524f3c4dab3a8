import { Webhook } from 'standardwebhooks';
import * as z from 'zod/mini';

/** The part of Resend's email events the service acts on. */
export const ResendEmailEvent = z.object({
  type: z.string(),
  created_at: z.string(),
  data: z._default(
    z.object({
      email_id: z.optional(z.string()),
      to: z._default(z.array(z.string()), []),
      tags: z.optional(z.record(z.string(), z.string())),
    }),
    { to: [] },
  ),
});
export type ResendEmailEvent = z.infer<typeof ResendEmailEvent>;

export type ResendWebhookHeaders = {
  id: string | undefined;
  timestamp: string | undefined;
  signature: string | undefined;
};

/**
 * A verified Resend webhook (Svix's signing scheme: `svix-id`, `svix-timestamp`,
 * `svix-signature`, five minutes' tolerance); undefined for a missing, stale or wrong signature or
 * a body that is not an event. The installed `resend` SDK's `webhooks.verify` is exactly
 * `new Webhook(secret).verify(payload, headers)` from `standardwebhooks`; that package is used
 * directly so the page function, which serves this route, does not load the whole Resend SDK
 * (test/infra/bundle.test.ts keeps it out).
 */
export function verifyResendWebhook(
  secret: string,
  payload: string,
  headers: ResendWebhookHeaders,
): { id: string; event: ResendEmailEvent } | undefined {
  const { id, timestamp, signature } = headers;
  if (!id || !timestamp || !signature) return undefined;
  let verified: unknown;
  try {
    verified = new Webhook(secret).verify(payload, {
      'webhook-id': id,
      'webhook-timestamp': timestamp,
      'webhook-signature': signature,
    });
  } catch {
    return undefined;
  }
  const event = ResendEmailEvent.safeParse(verified);
  return event.success ? { id, event: event.data } : undefined;
}
