import type { Db } from '@haven/db';
import { createResendMailer } from '@haven/mail';
import { type OutboxDeps, sendOutboxItem } from '@haven/outbox';
import { HttpResponse, http } from 'msw';

/** Resend at its edge, accepting every email (each gets an id of its own). */
export const resendAccepts = () => {
  let sent = 0;
  return http.post('https://api.resend.com/emails', () =>
    HttpResponse.json({ id: `email_${++sent}` }),
  );
};

/** The email worker as AWS runs it (the table stream), with Resend answered by msw. */
export const receiptWorker = (db: Db, now = new Date('2026-11-25T12:05:00Z')): OutboxDeps => ({
  db,
  mailer: createResendMailer({ apiKey: 're_test_integration' }),
  from: 'Haven <receipts@example.org>',
  publicUrl: 'https://give.example.org',
  now: () => now,
  retryDelaysMs: [60_000],
});

/**
 * Issues the receipts of these pledges all at once, as the stream's concurrent invocations do:
 * each takes its receipt number then.
 */
export const issueReceipts = (worker: OutboxDeps, pledgeIds: readonly string[]) =>
  Promise.all(pledgeIds.map((pledgeId) => sendOutboxItem(worker, `receipt_${pledgeId}`)));
