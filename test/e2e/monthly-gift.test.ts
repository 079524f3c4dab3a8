import { listDevEmails } from '@haven/db';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS } from '../support/browser';
import { e2eStack } from '../support/e2e-stack';

// The same composition as `npm start`, and Chromium.
const e2e = e2eStack('monthly');

describe('a supporter gives monthly', () => {
  it('in Spanish: chooses "monthly" on the form, subscribes on Checkout, is thanked and gets a monthly receipt in Spanish', async () => {
    const page = await e2e.browser.newPage({ locale: 'es-ES' });
    await page.goto(`${e2e.stack.url}/es/mpm/voix-aux-nations-unies?currency=EUR`);
    await page.getByLabel('Cada mes').check();
    await page.getByLabel('20 €').check();
    await page.getByRole('button', { name: 'Continuar al pago' }).click();

    await page.waitForURL(/\/c\/pay\/cs_test_/);
    // Stripe's Checkout in Spanish, for a subscription: the amount is per month.
    expect(await page.locator('h1').innerText()).toMatch(/20,00\s€ al mes/);
    await page.fill('#email', 'donante@example.org');
    await page.fill('#name', 'Ana Pérez');
    await page.fill('#card', '4242 4242 4242 4242');
    await page.getByRole('button', { name: /Suscribirse/ }).click();

    await page.waitForURL(/\/es\/mpm\/voix-aux-nations-unies\/thanks\?session_id=cs_test_/);
    // The first instalment is recorded when its invoice's event arrives: a reload shows it.
    await expect
      .poll(
        async () => {
          await page.reload();
          return page.locator('h1').innerText();
        },
        { timeout: 10_000 },
      )
      .toBe('¡Gracias! Hemos recibido su donación');
    await page.screenshot({ path: `${SCREENSHOTS}/thanks-monthly-es.png`, fullPage: true });

    await expect
      .poll(async () => (await listDevEmails(e2e.stack.db)).length, { timeout: 10_000 })
      .toBeGreaterThan(0);
    const [receipt] = await listDevEmails(e2e.stack.db);
    expect(receipt?.to).toBe('donante@example.org');
    expect(receipt?.subject).toMatch(/MPM-2026-\d{6}/);
    await page.goto(`${e2e.stack.url}/dev/emails/${receipt?.id}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    const body = await page.locator('body').innerText();
    expect(body).toContain('Donación mensual');
    expect(body).toContain('Recibirá un recibo por cada cargo mensual.');
    await page.screenshot({ path: `${SCREENSHOTS}/receipt-monthly-es.png`, fullPage: true });
    await page.close();
  });
});
