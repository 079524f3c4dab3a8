import { readFile } from 'node:fs/promises';
import { type LocalStack, startLocalStack } from '@haven/local';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, SCREENSHOTS } from '../support/browser';
import { generatedPayment, paymentItem } from '../support/generated-payments';
import { batchPutItems } from '../support/raw-table';
import { linkSentTo } from '../support/staff-link-email';

let stack: LocalStack;
let browser: Browser;

beforeAll(async () => {
  stack = await startLocalStack({
    port: 0,
    dynamoEndpoint: inject('dynamoEndpoint'),
    s3Endpoint: inject('s3Endpoint'),
    tableName: `e2e-finance-${Date.now()}`,
    stripeEmulatorPort: 0,
    outboxIntervalMs: 100,
    env: { LOG_LEVEL: 'silent' },
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('finance staff of the Geneva NGO', () => {
  it('download the donations export from the exports page, names intact and formulas inert', async () => {
    const on = { orgSlug: 'mpm', campaigns: ['voix-aux-nations-unies'], currencies: ['CHF'] };
    await batchPutItems(stack.db, [
      paymentItem({ ...generatedPayment(1, on), donorName: 'Chloé Lefèvre', anonymous: false }),
      paymentItem({ ...generatedPayment(2, on), donorName: 'أمل الحسيني', anonymous: false }),
      paymentItem({ ...generatedPayment(3, on), donorName: '=HYPERLINK("x")', anonymous: false }),
    ]);
    const page = await (
      await browser.newContext({ locale: 'fr-CH', acceptDownloads: true })
    ).newPage();
    await page.goto(`${stack.url}/staff/sign-in`);
    await page.getByLabel('Adresse e-mail').fill('finance@mpm.example.org');
    await page.getByRole('button', { name: 'M’envoyer un lien de connexion' }).click();
    await page.goto(await linkSentTo(stack.db, 'finance@mpm.example.org', /connexion/));
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${stack.url}/staff`);
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
});
