import {
  claimOutboxItem,
  type Db,
  markOutboxAttemptFailed,
  markOutboxSent,
  type OutboxItem,
} from '@haven/db';
import { logger } from '@haven/log';
import { type Mailer, MailSendError } from '@haven/mail';
import { nextAttemptAt } from './backoff';
import { composeCardFailed } from './card-failed-email';
import { composeDonorLink } from './donor-link-email';
import { composeReceipt } from './receipt-email';
import { composeRefund } from './refund-email';
import { composeStaffLink } from './staff-link-email';
import { composeStatement, countStatement, fanOutStatements } from './statement-email';
import { sendUpdateOutboxItem } from './update-email';

export type OutboxDeps = {
  db: Db;
  mailer: Mailer;
  /** The sender, e.g. `Haven <receipts@example.org>`, on a domain verified with the provider. */
  from: string;
  /** The site's origin, for the links in staff sign-in emails. */
  publicUrl: string;
  now: () => Date;
  retryDelaysMs: readonly number[];
  leaseMs?: number;
  /**
   * Signs update emails' unsubscribe links: the form token secret (FORM_TOKEN_SECRET), under a
   * key of its own (core's unsubscribe-token.ts). Without it no update email is sent.
   */
  unsubscribeSecret?: string;
};

/** One email to one person (updates go out in batches: send-update.ts). */
type SingleEmailItem = Exclude<
  OutboxItem,
  { kind: 'update-fanout' | 'update-batch' | 'statement-fanout' }
>;

/** What one outbox item says, rendered, and where it goes. */
async function compose(deps: OutboxDeps, item: SingleEmailItem) {
  switch (item.kind) {
    case 'receipt':
      return composeReceipt(deps.db, item.pledgeId, item.invoiceId);
    case 'card-failed':
      return composeCardFailed(deps.db, deps.publicUrl, item);
    case 'staff-link':
      return composeStaffLink(deps.db, deps.publicUrl, item);
    case 'donor-link':
      return composeDonorLink(deps.db, deps.publicUrl, item);
    case 'refund':
      return composeRefund(deps.db, item);
    case 'statement':
      return composeStatement(deps.db, item);
  }
}

export type SendResult = 'sent' | 'retry' | 'failed' | 'skipped';

/**
 * Sends one outbox item: claim it, render it, send it with the item id as the idempotency key,
 * then record the outcome. A crash after sending and before recording leaves the item to be
 * claimed again when its lease ends; the provider's idempotency key stops a second email.
 */
export async function sendOutboxItem(deps: OutboxDeps, id: string): Promise<SendResult> {
  const item = await claimOutboxItem(deps.db, id, deps.now(), deps.leaseMs ?? 60_000);
  if (!item) return 'skipped';
  if (item.kind === 'update-fanout' || item.kind === 'update-batch') {
    return sendUpdateOutboxItem(deps, item);
  }
  if (item.kind === 'statement-fanout') return fanOutStatements(deps, item);
  let providerId: string;
  try {
    const { to, email } = await compose(deps, item);
    if (!to || !email) {
      await countStatement(deps, item, 'failed');
      await markOutboxAttemptFailed(deps.db, item, 'no_recipient', null);
      logger.warn('outbox item not sent', {
        outboxId: item.id,
        code: 'no_recipient',
        retry: false,
      });
      return 'failed';
    }
    ({ id: providerId } = await deps.mailer.send({
      to,
      from: deps.from,
      subject: email.subject,
      html: email.html,
      text: email.text,
      idempotencyKey: item.id,
      tags: [{ name: 'kind', value: item.kind }],
    }));
  } catch (error) {
    const retryable = !(error instanceof MailSendError) || error.retryable;
    const code =
      error instanceof MailSendError ? error.code : error instanceof Error ? error.name : 'unknown';
    const retryAt = retryable ? nextAttemptAt(item.attempts, deps.now(), deps.retryDelaysMs) : null;
    if (!retryAt) await countStatement(deps, item, 'failed');
    await markOutboxAttemptFailed(deps.db, item, code, retryAt);
    logger.warn('outbox item not sent', { outboxId: item.id, code, retry: retryAt !== null });
    return retryAt ? 'retry' : 'failed';
  }
  // Counted before it is marked sent: a crash between the two sends again under the same
  // idempotency key, and the count, kept once per person, is not doubled.
  await countStatement(deps, item, 'sent');
  // Sent. If recording that fails, the error goes up and the item stays leased, not failed: the
  // next claim sends again with the same idempotency key, which the provider answers without
  // a second email, and records it then.
  await markOutboxSent(deps.db, item.id, providerId, deps.now());
  logger.info('outbox item sent', { outboxId: item.id, providerId });
  return 'sent';
}
