import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/support/db';
import { type DevEmail, findDevEmail, listDevEmails, putDevEmail } from './dev-mail-repo';

const db = await createTestDb({ seed: false });
const email = (id: string, sentAt: string, subject = 'Receipt'): DevEmail => ({
  id,
  to: 'donor@example.net',
  from: 'receipts@example.org',
  subject,
  html: '<p>Thank you</p>',
  text: 'Thank you',
  sentAt,
});

describe('the local stack’s kept emails', () => {
  it('keeps the first email under an id, as Resend keeps one per idempotency key', async () => {
    await putDevEmail(db, email('a', '2026-11-25T12:00:00.000Z', 'first'));
    await putDevEmail(db, email('a', '2026-11-25T12:05:00.000Z', 'second'));
    expect((await findDevEmail(db, 'a'))?.subject).toBe('first');
    expect(await findDevEmail(db, 'missing')).toBeUndefined();
  });

  it('lists them newest first', async () => {
    await putDevEmail(db, email('b', '2026-11-25T13:00:00.000Z'));
    expect((await listDevEmails(db)).map((kept) => kept.id)).toEqual(['b', 'a']);
  });
});
