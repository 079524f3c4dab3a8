import { listExportJobs } from '@haven/db';
import { runPendingExports } from '@haven/exports';
import { createApp } from '@haven/web';
import { describe, expect, it } from 'vitest';
import { PUBLIC_URL } from '../support/app';
import { csvOf } from '../support/csv-download';
import { createTestDb } from '../support/db';
import { generatedPayment, paymentItem } from '../support/generated-payments';
import { createTestMediaStore } from '../support/media';
import { batchPutItems } from '../support/raw-table';
import { formPost, signIn } from '../support/staff';

const db = await createTestDb();
const now = new Date('2026-11-25T12:00:00Z');
const store = await createTestMediaStore();
// A limit of 5 rows stands in for the real one (10 000), so 40 payments go to the background.
const app = createApp({
  db,
  publicUrl: PUBLIC_URL,
  now: () => now,
  exports: { store, directExportRows: 5 },
});
const owner = await signIn(app, db, 'owner@mpm.example.org', now);
const elsewhere = await signIn(app, db, 'finance@wmpa.example.org', now);
const options = { orgSlug: 'mpm', campaigns: ['voix-aux-nations-unies'], currencies: ['CHF'] };
const payments = Array.from({ length: 40 }, (_, i) => generatedPayment(i, options));
// One lost dispute: the background file says so as the streamed one does.
const lost = payments[7];
if (lost) Object.assign(lost, { disputed: lost.gift, disputeStatus: 'lost' });
await batchPutItems(db, payments.map(paymentItem));

const exportsPage = async (session = owner) =>
  (await app.request('/staff/finance/exports', { headers: { cookie: session.cookie } })).text();
const linkOn = (html: string) => /<a href="(http[^"]+)">Télécharger<\/a>/.exec(html)?.[1];

describe('an export larger than a response', () => {
  it('is prepared in the background into the bucket and fetched from a short-lived signed link', async () => {
    const asked = await app.request(
      '/staff/finance/exports',
      formPost(
        { _csrf: owner.csrf, kind: 'donations', from: '2026-01-01', to: '2026-12-31' },
        owner.cookie,
      ),
    );
    expect(asked.status).toBe(303);
    expect(asked.headers.get('location')).toBe('/staff/finance/exports?queued=1');
    const waiting = await exportsPage();
    expect(waiting).toContain('en préparation');
    expect(linkOn(waiting)).toBeUndefined();

    expect(await runPendingExports({ db, store, now: () => now })).toBe(1);
    // A redelivered stream record finds the job done and leaves it.
    expect(await runPendingExports({ db, store, now: () => now })).toBe(0);

    const ready = await exportsPage();
    expect(ready).toContain('prêt');
    const link = linkOn(ready)?.replaceAll('&amp;', '&');
    expect(link).toMatch(/X-Amz-Expires=300/);
    if (!link) throw new Error('no link');
    const file = await fetch(link);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe(
      'attachment; filename="mpm_donations_2026-01-01_2026-12-31.csv"',
    );
    const rows = await csvOf(file);
    expect(rows.map((row) => row.pledge_id)).toEqual(payments.map((p) => p.pledgeId));
    // Masked for the owner who asked, as a direct download would be.
    expect(rows[0]).toMatchObject({ anonymous: 'yes', donor_name: '***', dispute_state: 'none' });
    expect(rows[7]).toMatchObject({
      dispute_state: 'lost',
      disputed: '13.50',
      refund_state: 'none',
    });
    const [job] = await listExportJobs(db, { orgSlug: 'mpm' });
    expect(job).toMatchObject({ status: 'done', rows: 40, requestedBy: { role: 'owner' } });
  });

  it('is listed for its own organisation only', async () => {
    expect(await exportsPage(elsewhere)).not.toContain('Download</a>');
    expect(await listExportJobs(db, { orgSlug: 'wmpa' })).toEqual([]);
  });
});
