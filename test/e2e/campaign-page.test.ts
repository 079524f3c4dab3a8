import { createApp } from '@haven/web';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOTS } from '../support/browser';
import { createTestDb } from '../support/db';
import { listen } from '../support/server';

let browser: Browser;
let server: Awaited<ReturnType<typeof listen>>;

beforeAll(async () => {
  const db = await createTestDb();
  let publicUrl = '';
  server = await listen((request) =>
    createApp({ db, publicUrl, now: () => new Date() }).fetch(request),
  );
  publicUrl = server.url;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a visitor opens a campaign', () => {
  it('reads it in French and switches to Spanish', async () => {
    const page = await browser.newPage({ locale: 'fr-CH', viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/mpm/voix-aux-nations-unies`);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.locator('h1').innerText()).toBe(
      'Une voix aux Nations Unies pour les peuples sans voix',
    );
    expect(await page.locator('.stats .raised').innerText()).toMatch(/collectés sur/);
    expect(await page.getByRole('button', { name: 'Continuer vers le paiement' }).isVisible()).toBe(
      true,
    );
    expect(
      await page
        .locator('img.cover')
        .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
    ).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/campaign-fr.png`, fullPage: true });

    await page.getByRole('link', { name: 'Español' }).click();
    await page.waitForURL('**/es/mpm/voix-aux-nations-unies');
    expect(await page.locator('h1').innerText()).toBe(
      'Una voz en las Naciones Unidas para los pueblos sin voz',
    );
    await page.close();
  });

  it('reads it in Arabic, laid out right to left', async () => {
    const page = await browser.newPage({ locale: 'ar-IQ', viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/iraqi-minorities-network/warmth-for-displaced-families`);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('h1').innerText()).toBe('الدفء للعائلات النازحة');
    expect(await page.locator('body').evaluate((body) => getComputedStyle(body).direction)).toBe(
      'rtl',
    );
    // Right to left: the heading's text starts at the right edge of the page.
    const box = await page.locator('h1').boundingBox();
    const width = page.viewportSize()?.width ?? 0;
    expect(box && box.x + box.width).toBeGreaterThan(width * 0.9);
    expect(await page.locator('.stats .supporters').innerText()).toBe('لا داعمين بعد');
    await page.screenshot({ path: `${SCREENSHOTS}/campaign-ar.png`, fullPage: true });
    await page.close();
  });

  it('gets a clear error in the page language when the amount is missing, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fr' });
    const page = await context.newPage();
    await page.goto(`${server.url}/fr/mpm/voix-aux-nations-unies`);
    await page
      .locator('input[name="amount"]:checked')
      .uncheck({ force: true })
      .catch(() => undefined);
    await page.fill('#customAmount', 'abc');
    await page.getByRole('button', { name: 'Continuer vers le paiement' }).click();
    expect(await page.locator('#error-amount').innerText()).toBe(
      'Saisissez un montant comme 25 ou 25,50.',
    );
    await context.close();
  });
});

describe('on a phone', () => {
  it('offers a way to the form right under the progress, and hides it on a wide screen', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${server.url}/en/wmpa/mountain-voices`);
    const link = phone.locator('a.give-link');
    expect(await link.isVisible()).toBe(true);
    await link.click();
    await expect.poll(() => phone.evaluate(() => window.location.hash)).toBe('#donate');
    await phone.close();
    const desktop = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await desktop.goto(`${server.url}/en/wmpa/mountain-voices`);
    expect(await desktop.locator('a.give-link').isVisible()).toBe(false);
    await desktop.close();
  });
});
