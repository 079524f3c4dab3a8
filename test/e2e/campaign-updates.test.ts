import { listDevEmails } from '@haven/db';
import { describe, expect, it } from 'vitest';
import { e2eStack, signInAsStaff } from '../support/e2e-stack';
import { generateGift } from '../support/supporters';

// The same composition as `npm start`, and Chromium.
const e2e = e2eStack('updates', { s3: true });

const CAMPAIGN = '/mpm/voix-aux-nations-unies';
const SUPPORTER = 'amelie@example.org';

describe('a fundraiser’s update', () => {
  it('written in French and Arabic, shows on the campaign page, and reaches a French supporter who can unsubscribe', async () => {
    await generateGift(e2e.stack.db, {
      org: 'mpm',
      campaign: 'voix-aux-nations-unies',
      email: SUPPORTER,
      locale: 'fr',
      optIn: true,
      at: new Date(),
    });
    const page = await (await e2e.browser.newContext({ locale: 'fr-CH' })).newPage();
    await signInAsStaff(page, e2e.stack, 'fundraiser@mpm.example.org');

    // The campaign gains an Arabic page first, as its fundraiser would write it in the editor.
    await page.goto(`${e2e.stack.url}/staff/campaigns/voix-aux-nations-unies/edit?lang=ar`);
    await page.locator('[name="title.ar"]').fill('أصوات في الأمم المتحدة');
    await page.locator('[name="summary.ar"]').fill('نحمل أصوات الأقليات إلى جنيف.');
    await page.locator('[name="story.ar"]').fill('ندعم **المدافعين** عن حقوق الأقليات في جنيف.');
    const coverAlt = page.locator('[name="coverAlt.ar"]');
    if ((await coverAlt.count()) > 0) await coverAlt.fill('قاعة في قصر الأمم');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.goto(`${e2e.stack.url}/ar${CAMPAIGN}`);
    expect(await page.locator('h1').first().innerText()).toBe('أصوات في الأمم المتحدة');

    await page.goto(`${e2e.stack.url}/staff/campaigns/voix-aux-nations-unies/updates`);
    await page.getByLabel('Langue').selectOption('fr');
    await page.getByLabel('Titre').fill('Les radiateurs sont arrivés');
    await page.getByLabel('Texte (Markdown)').fill('Ils chauffent **40 familles** à Ninive.');
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await expect.poll(() => page.locator('.update-preview strong').innerText()).toBe('40 familles');

    await page.getByRole('link', { name: 'العربية' }).click();
    await page.getByLabel('Titre (العربية)').fill('وصلت المدافئ');
    await page.getByLabel('Texte (Markdown) (العربية)').fill('تدفئ **٤٠ عائلة** في نينوى.');
    await page.getByRole('button', { name: 'Enregistrer cette langue' }).click();
    const preview = page.locator('.update-preview');
    await expect.poll(() => preview.getAttribute('dir')).toBe('rtl');
    expect(await preview.locator('h3').innerText()).toBe('وصلت المدافئ');

    await page.getByRole('button', { name: 'Publier sur la page de la campagne' }).click();
    await page.getByRole('button', { name: 'Envoyer par email' }).click();

    const visitor = await (await e2e.browser.newContext({ locale: 'fr-CH' })).newPage();
    await visitor.goto(`${e2e.stack.url}/fr${CAMPAIGN}`);
    expect(await visitor.locator('.updates h3').first().innerText()).toBe(
      'Les radiateurs sont arrivés',
    );
    // Its Arabic page shows the Arabic text, right to left.
    await visitor.goto(`${e2e.stack.url}/ar${CAMPAIGN}`);
    expect(await visitor.locator('.updates h3').first().innerText()).toBe('وصلت المدافئ');
    expect(await visitor.locator('html').getAttribute('dir')).toBe('rtl');
    // The campaign has no English update; its English page shows the French text with a note.
    await visitor.goto(`${e2e.stack.url}/en${CAMPAIGN}`);
    expect(await visitor.locator('.updates .notice').first().innerText()).toContain('French');

    const find = async () =>
      (await listDevEmails(e2e.stack.db)).find(
        (mail) => mail.to === SUPPORTER && mail.subject.includes('radiateurs'),
      );
    await expect.poll(async () => Boolean(await find()), { timeout: 20_000 }).toBe(true);
    const email = await find();
    expect(email?.html).toContain('lang="fr"');
    expect(email?.text.toLowerCase()).toContain('se désabonner');
    const link = /<(http[^>]+)>/.exec(email?.headers?.['List-Unsubscribe'] ?? '')?.[1] ?? '';
    expect(link).toContain('/unsubscribe/');
    await page.goto(`${e2e.stack.url}/staff/campaigns/voix-aux-nations-unies/updates`);
    await expect
      .poll(async () => {
        await page.reload();
        return page.locator('[data-count="sent"]').first().innerText();
      })
      .toBe('1');

    const inbox = await (await e2e.browser.newContext({ locale: 'fr-CH' })).newPage();
    await inbox.goto(link);
    await inbox.getByRole('button', { name: 'Me désabonner' }).click();
    expect(await inbox.locator('h1').innerText()).toBe('Vous êtes désabonné·e');
    expect(await inbox.locator('html').getAttribute('lang')).toBe('fr');
    await inbox
      .getByRole('button', { name: 'Annuler : continuer à recevoir les actualités' })
      .click();
    expect(await inbox.locator('h1').innerText()).toBe('Vous êtes à nouveau abonné·e');
  }, 120_000);
});
