import { listDevEmails } from '@haven/db';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS } from '../support/browser';
import { e2eStack } from '../support/e2e-stack';

// The same composition as `npm start`, and Chromium.
const e2e = e2eStack('gift');

/** Waits for the outbox to hold an email whose subject matches. */
async function receiptMatching(subject: RegExp) {
  await expect
    .poll(
      async () => (await listDevEmails(e2e.stack.db)).some((email) => subject.test(email.subject)),
      { timeout: 10_000 },
    )
    .toBe(true);
  const emails = await listDevEmails(e2e.stack.db);
  const email = emails.find((candidate) => subject.test(candidate.subject));
  if (!email) throw new Error('no receipt');
  return email;
}

async function payOnCheckout(page: Page, card: string) {
  await page.waitForURL(/\/c\/pay\/cs_test_/);
  await page.fill('#email', 'donor@example.org');
  await page.fill('#name', 'Jeanne Dupont');
  await page.fill('#card', card);
  await page.locator('button[type="submit"]').click();
}

describe('a supporter gives through Checkout', () => {
  it('in French: pays by card, is thanked, gets a French receipt, and sees the new total', async () => {
    const page = await e2e.browser.newPage({ locale: 'fr-CH' });
    await page.goto(`${e2e.stack.url}/fr/mpm/voix-aux-nations-unies`);
    await page.getByLabel('100 CHF').check();
    await page.getByLabel('Donner anonymement').check();
    await page.getByRole('button', { name: 'Continuer vers le paiement' }).click();

    // A declined card leaves the donor on Checkout, and nothing is recorded.
    await payOnCheckout(page, '4000 0000 0000 0002');
    await expect.poll(() => page.locator('#payment-error').innerText()).toMatch(/declin|refus/i);
    await page.fill('#card', '4242 4242 4242 4242');
    await page.locator('button[type="submit"]').click();

    await page.waitForURL(/\/fr\/mpm\/voix-aux-nations-unies\/thanks\?session_id=cs_test_/);
    expect(await page.locator('h1').innerText()).toBe('Merci ! Votre don a bien été reçu');
    await page.screenshot({ path: `${SCREENSHOTS}/thanks-fr.png`, fullPage: true });

    const receipt = await receiptMatching(/MPM-2026-\d{6}/);
    expect(receipt.to).toBe('donor@example.org');
    await page.goto(`${e2e.stack.url}/dev/emails/${receipt.id}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.locator('body').innerText()).toContain('Minorités et peuples du monde (MPM)');
    await page.screenshot({ path: `${SCREENSHOTS}/receipt-fr.png`, fullPage: true });

    await page.goto(`${e2e.stack.url}/fr/mpm/voix-aux-nations-unies`);
    const raised = await page.locator('.stats .raised').innerText();
    expect(raised).toContain(
      new Intl.NumberFormat('fr-CH', {
        style: 'currency',
        currency: 'CHF',
        minimumFractionDigits: 0,
      }).format(100),
    );
    expect(await page.locator('.stats .supporters').innerText()).toBe('1 donateur·rice');
    await page.close();
  });

  it('in Arabic: is told Checkout is in English, is thanked in Arabic, and gets an Arabic receipt', async () => {
    const page = await e2e.browser.newPage({ locale: 'ar' });
    await page.goto(`${e2e.stack.url}/ar/iraqi-minorities-network/warmth-for-displaced-families`);
    await page.locator('input[name="amount"][value="4000"]').check();
    await page.getByRole('button', { name: 'متابعة إلى الدفع' }).click();

    expect(await page.locator('h1').innerText()).toBe('صفحة الدفع باللغة الإنجليزية');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.screenshot({ path: `${SCREENSHOTS}/checkout-notice-ar.png`, fullPage: true });
    await page.getByRole('link', { name: 'المتابعة إلى صفحة الدفع الآمنة' }).click();

    await payOnCheckout(page, '4242424242424242');
    await page.waitForURL(/\/ar\/iraqi-minorities-network\/warmth-for-displaced-families\/thanks/);
    expect(await page.locator('h1').innerText()).toBe('شكرًا لك! وصلنا تبرعك');

    const receipt = await receiptMatching(/IMAN-2026-\d{6}/);
    await page.goto(`${e2e.stack.url}/dev/emails/${receipt.id}`);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    await page.screenshot({ path: `${SCREENSHOTS}/receipt-ar.png`, fullPage: true });

    await page.goto(`${e2e.stack.url}/ar/iraqi-minorities-network/warmth-for-displaced-families`);
    const forty = new Intl.NumberFormat('ar-IQ', {
      style: 'currency',
      currency: 'USD',
      minimumFractionDigits: 0,
    }).format(40);
    expect(await page.locator('.stats .raised').innerText()).toContain(forty);
    expect(await page.locator('.stats .supporters').innerText()).toBe('داعم واحد');
    await page.close();
  });
});
