import { listDevEmails } from '@haven/db';
import { type LocalStack, startLocalStack } from '@haven/local';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, SCREENSHOTS } from '../support/browser';

let stack: LocalStack;
let browser: Browser;

beforeAll(async () => {
  // The same composition as `npm start`: the app, the Stripe emulator, the dev outbox and worker.
  stack = await startLocalStack({
    port: 0,
    dynamoEndpoint: inject('dynamoEndpoint'),
    tableName: `e2e-monthly-${Date.now()}`,
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

describe('a supporter gives monthly', () => {
  it('in Spanish: chooses "monthly" on the form, subscribes on Checkout, is thanked and gets a monthly receipt in Spanish', async () => {
    const page = await browser.newPage({ locale: 'es-ES' });
    await page.goto(`${stack.url}/es/mpm/voix-aux-nations-unies?currency=EUR`);
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
      .poll(async () => (await listDevEmails(stack.db)).length, { timeout: 10_000 })
      .toBeGreaterThan(0);
    const [receipt] = await listDevEmails(stack.db);
    expect(receipt?.to).toBe('donante@example.org');
    expect(receipt?.subject).toMatch(/MPM-2026-\d{6}/);
    await page.goto(`${stack.url}/dev/emails/${receipt?.id}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    const body = await page.locator('body').innerText();
    expect(body).toContain('Donación mensual');
    expect(body).toContain('Recibirá un recibo por cada cargo mensual.');
    await page.screenshot({ path: `${SCREENSHOTS}/receipt-monthly-es.png`, fullPage: true });
    await page.close();
  });
});
