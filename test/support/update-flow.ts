import type { Db, OutboxItem } from '@haven/db';
import { listOutboxItems } from '@haven/db';
import { createResendMailer } from '@haven/mail';
import { type OutboxDeps, sendOutboxItem } from '@haven/outbox';
import { expect } from 'vitest';
import { PUBLIC_URL } from './app';
import { formPost, type StaffSessionForTest } from './staff';

type App = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

/** The secret the test apps sign forms with, and the worker unsubscribe links with. */
export const TEST_FORM_SECRET = 'form-token-secret-for-the-update-tests-0123456789';

/** The email worker as AWS runs it, with Resend answered by msw. */
export const updateWorker = (db: Db, at: Date): OutboxDeps => ({
  db,
  mailer: createResendMailer({ apiKey: 're_test_integration' }),
  from: 'Haven <news@example.org>',
  publicUrl: PUBLIC_URL,
  now: () => at,
  retryDelaysMs: [60_000, 60_000],
  unsubscribeSecret: TEST_FORM_SECRET,
});

/** A fundraiser's hands on a campaign's update pages. */
export function updatesOf(app: App, session: StaffSessionForTest, campaign: string) {
  const base = `/staff/campaigns/${campaign}/updates`;
  const post = (path: string, fields: Record<string, string>) =>
    app.request(path, formPost({ _csrf: session.csrf, ...fields }, session.cookie));
  return {
    base,
    post,
    /** Writes, translates and publishes an update; answers its id. */
    async publish(texts: Record<string, { title: string; body: string }>): Promise<string> {
      const [first, ...others] = Object.entries(texts);
      if (!first) throw new Error('no text');
      const created = await post(base, { lang: first[0], ...first[1] });
      expect(created.status).toBe(303);
      const id = /updates\/(upd_[0-9a-z]+)/.exec(created.headers.get('location') ?? '')?.[1] ?? '';
      for (const [lang, text] of others) {
        expect((await post(`${base}/${id}`, { lang, ...text })).status).toBe(303);
      }
      expect((await post(`${base}/${id}/publish`, {})).status).toBe(303);
      return id;
    },
    /** Asks for the email now, and runs the worker over the update's items until done. */
    async email(db: Db, id: string, at: Date) {
      expect((await post(`${base}/${id}/email`, { sendAt: '' })).status).toBe(303);
      await sweepUpdates(db, at);
    },
  };
}

/** The update's outbox items still pending (other items, such as receipts, are left alone). */
export const pendingUpdateItems = async (db: Db): Promise<OutboxItem[]> =>
  (await listOutboxItems(db, 'pending')).filter((item) => item.kind.startsWith('update-'));

/** The worker's runs over the update items due at `at`, as the stream and the sweep make them. */
export async function sweepUpdates(db: Db, at: Date) {
  for (let round = 0; round < 5; round++) {
    const due = (await pendingUpdateItems(db)).filter((item) => item.dueAt <= at.toISOString());
    if (due.length === 0) return;
    for (const item of due) await sendOutboxItem(updateWorker(db, at), item.id);
  }
}
