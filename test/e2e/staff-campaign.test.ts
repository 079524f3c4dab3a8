import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS } from '../support/browser';
import { e2eStack, signInAsStaff } from '../support/e2e-stack';
import { linkSentTo } from '../support/staff-link-email';

// The same composition as `npm start`, and Chromium.
const e2e = e2eStack('campaign', { s3: true });

const fillText = async (page: Page, text: Record<string, string>) => {
  for (const [label, value] of Object.entries(text)) {
    await page.getByLabel(label, { exact: true }).fill(value);
  }
};

describe('a fundraiser of the Geneva NGO launches a campaign', () => {
  it('invited by an owner, creates it in French and Spanish with a cover, publishes, and sees a gift', async () => {
    const owner = await (await e2e.browser.newContext({ locale: 'fr-CH' })).newPage();
    await signInAsStaff(owner, e2e.stack, 'owner@mpm.example.org');
    await owner.getByRole('link', { name: 'Membres' }).click();
    await owner.getByLabel('E-mail', { exact: true }).fill('radio@mpm.example.org');
    await owner.getByLabel('Rôle', { exact: true }).selectOption('fundraiser');
    await owner.getByLabel('Langue').selectOption('fr');
    await owner.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await expect.poll(() => owner.getByRole('status').innerText()).toContain('invitation');

    const page = await (await e2e.browser.newContext({ locale: 'fr-CH' })).newPage();
    await page.goto(await linkSentTo(e2e.stack.db, 'radio@mpm.example.org', /invité/));
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${e2e.stack.url}/staff`);

    await page.getByRole('link', { name: 'Campagnes' }).click();
    await page.getByRole('link', { name: 'Nouvelle campagne' }).click();
    await page.getByLabel('Adresse (slug)').fill('radios-libres');
    await fillText(page, {
      Titre: 'Radios libres en exil',
      Résumé: 'Des émissions pour celles et ceux qui ont dû partir.',
      'Récit (Markdown)': 'Une **radio** qui parle la langue de chacun.',
      'Description de la couverture (pour les lecteurs d’écran)': 'Un studio de radio',
      'Devises acceptées (codes, p. ex. CHF EUR)': 'CHF',
      Objectif: '5000',
      'Devise de l’objectif': 'CHF',
    });
    await page.getByLabel('Premier jour').fill(new Date().toISOString().slice(0, 10));
    await page.getByRole('button', { name: 'Créer le brouillon' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toContain('brouillon est créé');
    await page.getByLabel('Dons suggérés en CHF (séparés par des espaces)').fill('20 50 100');
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    await page.getByRole('link', { name: 'Español' }).click();
    await fillText(page, {
      Titre: 'Radios libres en el exilio',
      Résumé: 'Emisiones para quienes tuvieron que irse.',
      'Récit (Markdown)': 'Una **radio** que habla la lengua de cada uno.',
      'Description de la couverture (pour les lecteurs d’écran)': 'Un estudio de radio',
    });
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toContain('Enregistré');

    const photo = await sharp({
      create: { width: 1200, height: 630, channels: 3, background: '#264' },
    })
      .jpeg()
      .toBuffer();
    await page
      .getByLabel('Photo (JPEG, PNG ou WebP, 4 Mo au plus)')
      .setInputFiles({ name: 'studio.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByRole('button', { name: 'Téléverser la couverture' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toContain('couverture');
    await page.getByRole('link', { name: 'Aperçu' }).first().click();
    expect(await page.locator('h1').innerText()).toBe('Radios libres en exil');
    await page.goBack();
    await page.getByRole('button', { name: 'Publier' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toContain('Publiée');
    await page.screenshot({ path: `${SCREENSHOTS}/staff-campaign-fr.png`, fullPage: true });

    const supporter = await e2e.browser.newPage({ locale: 'es-ES' });
    await supporter.goto(`${e2e.stack.url}/es/mpm/radios-libres`);
    expect(await supporter.locator('h1').innerText()).toBe('Radios libres en el exilio');
    await supporter.getByLabel('50 CHF').check();
    await supporter.getByRole('button', { name: 'Continuar al pago' }).click();
    await supporter.waitForURL(/\/c\/pay\/cs_test_/);
    await supporter.fill('#email', 'donor@example.org');
    await supporter.fill('#name', 'Jeanne Dupont');
    await supporter.fill('#card', '4242 4242 4242 4242');
    await supporter.locator('button[type="submit"]').click();
    await supporter.waitForURL(/\/es\/mpm\/radios-libres\/thanks\?session_id=cs_test_/);

    await page.goto(`${e2e.stack.url}/staff/campaigns/radios-libres/dashboard`);
    await expect
      .poll(
        async () => {
          await page.reload();
          return page.locator('main').innerText();
        },
        { timeout: 15_000 },
      )
      .toContain('Jeanne Dupont');
    expect(await page.locator('main').innerText()).toMatch(/50\sCHF/);
    await page.screenshot({ path: `${SCREENSHOTS}/staff-dashboard-fr.png`, fullPage: true });
  });
});
