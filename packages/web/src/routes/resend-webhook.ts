import { recordEmailTrouble } from '@haven/db';
import { logger } from '@haven/log';
import { Hono } from 'hono';
import { problem } from '../api/problem';
import type { AppDeps } from '../deps';

/**
 * Resend's webhook: `email.bounced` and `email.complained` mark the address so no update goes
 * to it again, and count it on the update the email carried (found by Resend's `email_id`). Verified first (Svix headers, the SDK's check); a bad signature changes nothing
 * and is 400. Other event types are acknowledged and ignored. Mounted only with its secret.
 */
export function resendWebhookRoutes(deps: Pick<AppDeps, 'db' | 'now'> & { secret: string }) {
  const app = new Hono();
  app.post('/webhooks/resend', async (c) => {
    const payload = await c.req.text();
    // Loaded here, not at cold start: the page function serves pages far more often.
    const { verifyResendWebhook } = await import('@haven/mail/webhook');
    const verified = verifyResendWebhook(deps.secret, payload, {
      id: c.req.header('svix-id'),
      timestamp: c.req.header('svix-timestamp'),
      signature: c.req.header('svix-signature'),
    });
    if (!verified) {
      return problem(c, 400, {
        type: 'urn:haven:error:invalid_signature',
        title: 'Invalid signature',
      });
    }
    const { id, event } = verified;
    const kind =
      event.type === 'email.bounced'
        ? 'bounced'
        : event.type === 'email.complained'
          ? 'complained'
          : undefined;
    if (!kind) return c.json({ received: true, effect: 'ignored' });
    const applied = await recordEmailTrouble(deps.db, {
      eventId: id,
      kind,
      addresses: event.data.to,
      emailId: event.data.email_id,
      at: deps.now(),
    });
    logger.info('resend event', { eventId: id, type: event.type, applied });
    return c.json({ received: true, effect: applied ? 'applied' : 'duplicate' });
  });
  return app;
}
