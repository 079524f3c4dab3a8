import { readFile } from 'node:fs/promises';
import { findCampaign, listDevEmails, listPaymentsForExport } from '@haven/db';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS } from '../support/browser';
import { e2eStack, signInAsStaff } from '../support/e2e-stack';
import { generatedPayment, paymentItem } from '../support/generated-payments';
import { batchPutItems } from '../support/raw-table';

// The same composition as `npm start`, and Chromium.
const e2e = e2eStack('finance', { s3: true });

const CAMPAIGN = 'voix-aux-nations-unies';
const raised = async () =>
  (await findCampaign(e2e.stack.db, 'mpm', CAMPAIGN))?.totals.CHF?.amount ?? 0;

describe('finance staff of the Geneva NGO', () => {
  it('download the donations export from the exports page, names intact and formulas inert', async () => {
    const on = { orgSlug: 'mpm', campaigns: ['voix-aux-nations-unies'], currencies: ['CHF'] };
    await batchPutItems(e2e.stack.db, [
      paymentItem({ ...generatedPayment(1, on), donorName: 'Chloé Lefèvre', anonymous: false }),
      paymentItem({ ...generatedPayment(2, on), donorName: 'أمل الحسيني', anonymous: false }),
      paymentItem({ ...generatedPayment(3, on), donorName: '=HYPERLINK("x")', anonymous: false }),
    ]);
    const page = await (
      await e2e.browser.newContext({ locale: 'fr-CH', acceptDownloads: true })
    ).newPage();
    await signInAsStaff(page, e2e.stack, 'finance@mpm.example.org');
    await page.getByRole('link', { name: 'Exports' }).click();
    await page.getByLabel('Du (premier jour)').fill('2026-01-01');
    await page.getByLabel('Au (dernier jour)').fill('2026-12-31');
    await page.screenshot({ path: `${SCREENSHOTS}/finance-exports-fr.png`, fullPage: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('mpm_donations_2026-01-01_2026-12-31.csv');
    const path = await download.path();
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: Record<string, string>[] = parse(bytes, { bom: true, columns: true });
    expect(rows.map((row) => row.donor_name)).toEqual([
      'Chloé Lefèvre',
      'أمل الحسيني',
      `'=HYPERLINK("x")`,
    ]);
    expect(rows[0]).toMatchObject({ currency: 'CHF', gift: '10.50' });
  });

  it('refund part of a gift and download the journal: the refund is in the file, on the total, and the donor told in French', async () => {
    // A supporter gives 100 CHF in French through Checkout (the emulator's page).
    const before = await raised();
    const donor = await e2e.browser.newPage({ locale: 'fr-CH' });
    await donor.goto(`${e2e.stack.url}/fr/mpm/${CAMPAIGN}`);
    await donor.getByLabel('100 CHF').check();
    await donor.getByRole('button', { name: 'Continuer vers le paiement' }).click();
    await donor.waitForURL(/\/c\/pay\/cs_test_/);
    await donor.fill('#email', 'refund-donor@example.org');
    await donor.fill('#name', 'Chloé Lefèvre');
    await donor.fill('#card', '4242 4242 4242 4242');
    await donor.locator('button[type="submit"]').click();
    await donor.waitForURL(/\/thanks\?session_id=cs_test_/);
    const sessionId = new URL(donor.url()).searchParams.get('session_id');
    await donor.close();
    const today = new Date().toISOString().slice(0, 10);
    const year = { from: `${today.slice(0, 4)}-01-01`, to: today };
    let pledgeId: string | undefined;
    await expect
      .poll(async () => {
        for await (const payment of listPaymentsForExport(e2e.stack.db, { orgSlug: 'mpm' }, year)) {
          if (payment.checkoutSessionId === sessionId) pledgeId = payment.pledgeId;
        }
        return pledgeId;
      })
      .toBeDefined();
    expect(await raised()).toBe(before + 10_000);

    // Finance refunds 40 CHF of it from the gift's page.
    const page = await (
      await e2e.browser.newContext({ locale: 'fr-CH', acceptDownloads: true })
    ).newPage();
    await signInAsStaff(page, e2e.stack, 'finance@mpm.example.org');
    await page.goto(`${e2e.stack.url}/staff/payments/${pledgeId}`);
    await page.getByLabel('Montant (CHF)').fill('40');
    await page.getByLabel('Motif').selectOption('requested_by_customer');
    await page.getByRole('button', { name: 'Rembourser' }).click();
    await expect
      .poll(() => page.getByRole('status').innerText())
      .toContain('Le remboursement est fait.');
    await page.screenshot({ path: `${SCREENSHOTS}/refund-done-fr.png`, fullPage: true });

    // …then downloads the journal of the year so far.
    await page.goto(`${e2e.stack.url}/staff/finance/exports`);
    await page.getByRole('combobox', { name: /^Fichier/ }).selectOption('journal');
    await page.getByLabel('Du (premier jour)').fill(year.from);
    await page.getByLabel('Au (dernier jour)').fill(year.to);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`mpm_journal_${year.from}_${year.to}.csv`);
    const journal: Record<string, string>[] = parse(await readFile(await download.path()), {
      bom: true,
      columns: true,
    });
    const refundRows = journal.filter((row) => row.kind === 'refund' && row.pledge_id === pledgeId);
    expect(refundRows.map((row) => row.account_code).sort()).toEqual(
      expect.arrayContaining(['refunds', 'stripe_balance']),
    );
    expect(refundRows.find((row) => row.account_code === 'refunds')).toMatchObject({
      debit: '40.00',
      campaign: CAMPAIGN,
      original_amount: '40.00',
      original_currency: 'CHF',
      currency: 'CHF',
    });
    expect(refundRows.find((row) => row.account_code === 'stripe_balance')).toMatchObject({
      credit: '40.00',
    });
    // The entry balances: its signed amounts add up to nothing.
    expect(refundRows.reduce((sum, row) => sum + Math.round(Number(row.amount) * 100), 0)).toBe(0);
    expect(new Set(refundRows.map((row) => row.entry)).size).toBe(1);

    // On the campaign's total, as its public page shows it.
    expect(await raised()).toBe(before + 6_000);
    await page.goto(`${e2e.stack.url}/fr/mpm/${CAMPAIGN}`);
    expect(await page.locator('.stats .raised').innerText()).toContain(
      new Intl.NumberFormat('fr-CH', {
        style: 'currency',
        currency: 'CHF',
        minimumFractionDigits: 0,
      }).format((before + 6_000) / 100),
    );

    // The donor's refund email, in French, went out through the outbox.
    const refundEmail = async () =>
      (await listDevEmails(e2e.stack.db)).find(
        (email) =>
          email.to === 'refund-donor@example.org' &&
          /Votre don a été remboursé/.test(email.subject),
      );
    await expect.poll(async () => Boolean(await refundEmail()), { timeout: 10_000 }).toBe(true);
    const email = await refundEmail();
    await page.goto(`${e2e.stack.url}/dev/emails/${email?.id}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.locator('body').innerText()).toContain('40');
    await page.screenshot({ path: `${SCREENSHOTS}/refund-email-fr.png`, fullPage: true });
  });
});
