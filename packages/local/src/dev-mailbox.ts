import { type Db, putDevEmail } from '@haven/db';
import type { Mailer } from '@haven/mail';

/**
 * The development outbox: with no RESEND_API_KEY, emails are kept in the local table instead of
 * sent, and a page lists them. Like Resend, a repeated idempotency key stores nothing new.
 */
export function createDevMailbox(db: Db, now: () => Date = () => new Date()): Mailer {
  return {
    async send(email) {
      const id = email.idempotencyKey;
      await putDevEmail(db, {
        id,
        to: email.to,
        from: email.from,
        subject: email.subject,
        html: email.html,
        text: email.text,
        sentAt: now().toISOString(),
      });
      return { id };
    },
  };
}
