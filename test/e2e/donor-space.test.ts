import { listDevEmails } from '@haven/db';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS } from '../support/browser';
import { e2eStack } from '../support/e2e-stack';

// The same composition as `npm start`, and Chromium.
const e2e = e2eStack('donor');

/** The newest email to an address whose subject matches, once the outbox worker sent it. */
async function emailTo(address: string, subject: RegExp) {
  const find = async () =>
    (await listDevEmails(e2e.stack.db)).find((m) => m.to === address && subject.test(m.subject));
  await expect.poll(async () => Boolean(await find()), { timeout: 10_000 }).toBe(true);
  const email = await find();
  if (!email) throw new Error(`no email to ${address}`);
  return email;
}

async function payOnCheckout(page: Page, donor: { email: string; name: string }) {
  await page.waitForURL(/\/c\/pay\/cs_test_/);
  await page.fill('#email', donor.email);
  await page.fill('#name', donor.name);
  await page.fill('#card', '4242 4242 4242 4242');
  await page.locator('button[type="submit"]').click();
}

/** Asks for the link on the donor page, opens it from the dev outbox, presses the button. */
async function openSpaceFromEmail(
  page: Page,
  lang: string,
  donor: { email: string },
  words: { email: string; submit: string; subject: RegExp; confirm: string },
) {
  await page.goto(`${e2e.stack.url}/${lang}/donor`);
  expect(await page.locator('html').getAttribute('lang')).toBe(lang);
  await page.getByLabel(words.email).fill(donor.email);
  await page.getByRole('button', { name: words.submit }).click();
  await expect.poll(() => page.getByRole('status').count()).toBe(1);

  const email = await emailTo(donor.email, words.subject);
  await page.goto(`${e2e.stack.url}/dev/emails/${email.id}`);
  expect(await page.locator('html').getAttribute('lang')).toBe(lang);
  const link = /https?:\/\/\S+\/donor\/link\/[A-Za-z0-9_-]+/.exec(email.text)?.[0];
  if (!link) throw new Error('no donor link in the email');
  await page.goto(link);
  await page.getByRole('button', { name: words.confirm }).click();
  await page.waitForURL(`${e2e.stack.url}/${lang}/donor/gifts`);
}

describe('a donor opens their own space from the emailed link', () => {
  it('in Spanish: sees a monthly gift and its receipt, lowers it and cancels it, all in Spanish', async () => {
    const donor = { email: 'lucia@example.org', name: 'Lucía Fernández' };
    const context = await e2e.browser.newContext({ locale: 'es-ES' });
    const page = await context.newPage();
    await page.goto(`${e2e.stack.url}/es/mpm/voix-aux-nations-unies`);
    await page.getByLabel('Cada mes').check();
    await page.getByLabel('50 CHF', { exact: true }).check();
    await page.getByRole('button', { name: 'Continuar al pago' }).click();
    await payOnCheckout(page, donor);
    await page.waitForURL(/\/es\/mpm\/voix-aux-nations-unies\/thanks/);
    const receipt = await emailTo(donor.email, /MPM-2026-\d{6}/);
    const number = /MPM-2026-\d{6}/.exec(receipt.subject)?.[0] ?? '?';
    expect(receipt.html).toContain('lang="es"');
    expect(receipt.subject).toContain('Su recibo de donación');

    await openSpaceFromEmail(page, 'es', donor, {
      email: 'Correo electrónico',
      submit: 'Enviarme un enlace',
      subject: /Su enlace a sus donativos/,
      confirm: 'Abrir mi espacio de donante',
    });
    expect(await page.locator('h1').innerText()).toBe('Sus donativos');
    const cookie = (await context.cookies()).find((c) => c.name === '__Host-haven-donor');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
    const main = await page.locator('main').innerText();
    expect(main).toContain('Minorías y Pueblos del Mundo');
    expect(main).toContain('Mensual');
    expect(main).toContain('Activo');
    await page.screenshot({ path: `${SCREENSHOTS}/donor-gifts-es.png`, fullPage: true });

    await page.getByRole('link', { name: number }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('h1').innerText()).toBe('Gracias por su donación');
    expect(await page.locator('main').innerText()).toContain(donor.name);
    await page.screenshot({ path: `${SCREENSHOTS}/donor-receipt-es.png`, fullPage: true });

    await page.goBack();
    await page.getByLabel('Nuevo importe mensual (CHF)').fill('30');
    await page.getByRole('button', { name: 'Cambiar desde el próximo cargo' }).click();
    await expect
      .poll(() => page.getByRole('status').innerText())
      .toBe('Su donativo mensual cambia desde el próximo cargo.');
    expect(await page.locator('section.monthly').innerText()).toMatch(/\b30([.,]00)?\s?CHF/);
    await page.getByRole('button', { name: 'Cancelar este donativo mensual' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toContain('está cancelado');
    expect(await page.locator('section.monthly').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain('Cancelado');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await page.screenshot({
      path: `${SCREENSHOTS}/donor-monthly-cancelled-es.png`,
      fullPage: true,
    });
    await context.close();
  });

  it('in Arabic, right to left: sees a monthly gift and its receipt, lowers it and cancels it', async () => {
    const donor = { email: 'layla@example.org', name: 'ليلى حسن' };
    const context = await e2e.browser.newContext({ locale: 'ar' });
    const page = await context.newPage();
    await page.goto(`${e2e.stack.url}/ar/iraqi-minorities-network/warmth-for-displaced-families`);
    await page.getByLabel('شهريًا').check();
    await page.locator('input[name="amount"][value="4000"]').check();
    await page.getByRole('button', { name: 'متابعة إلى الدفع' }).click();
    await page.getByRole('link', { name: 'المتابعة إلى صفحة الدفع الآمنة' }).click();
    await payOnCheckout(page, donor);
    await page.waitForURL(/\/ar\/iraqi-minorities-network\/warmth-for-displaced-families\/thanks/);
    const receipt = await emailTo(donor.email, /IMAN-2026-\d{6}/);
    const number = /IMAN-2026-\d{6}/.exec(receipt.subject)?.[0] ?? '?';
    expect(receipt.html).toContain('dir="rtl"');
    expect(receipt.subject).toContain('إيصال تبرعك');

    await openSpaceFromEmail(page, 'ar', donor, {
      email: 'البريد الإلكتروني',
      submit: 'أرسل إليّ رابطًا',
      subject: /رابطك إلى تبرعاتك/,
      confirm: 'افتح مساحة المتبرع الخاصة بي',
    });
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('h1').innerText()).toBe('تبرعاتك');
    expect(await page.locator('main').innerText()).toContain('نشط');
    await page.screenshot({ path: `${SCREENSHOTS}/donor-gifts-ar.png`, fullPage: true });

    await page.getByRole('link', { name: number }).click();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('h1').innerText()).toBe('شكرًا لك على تبرعك');
    expect(await page.locator('main').innerText()).toContain(donor.name);
    await page.screenshot({ path: `${SCREENSHOTS}/donor-receipt-ar.png`, fullPage: true });

    await page.goBack();
    await page.getByLabel('المبلغ الشهري الجديد (USD)').fill('25');
    await page.getByRole('button', { name: 'غيّر ابتداءً من الدفعة القادمة' }).click();
    await expect
      .poll(() => page.getByRole('status').innerText())
      .toBe('تغيّر تبرعك الشهري ابتداءً من الدفعة القادمة.');
    await page.getByRole('button', { name: 'ألغِ هذا التبرع الشهري' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toContain('أُلغي تبرعك الشهري');
    expect(await page.locator('section.monthly').count()).toBe(0);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.screenshot({
      path: `${SCREENSHOTS}/donor-monthly-cancelled-ar.png`,
      fullPage: true,
    });
    await context.close();
  });
});
