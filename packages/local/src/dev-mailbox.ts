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
        ...(email.headers ? { headers: email.headers } : {}),
      });
      return { id };
    },
    // The batch's key names each email, so a repeated batch stores nothing new, like Resend.
    async sendBatch(batch) {
      const ids: string[] = [];
      for (const [index, email] of batch.emails.entries()) {
        ids.push(
          (await this.send({ ...email, idempotencyKey: `${batch.idempotencyKey}_${index}` })).id,
        );
      }
      return { ids };
    },
  };
}
