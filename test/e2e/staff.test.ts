import { listDevEmails } from '@haven/db';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS } from '../support/browser';
import { e2eStack } from '../support/e2e-stack';
import { linkSentTo } from '../support/staff-link-email';

// The same composition as `npm start`, and Chromium.
const e2e = e2eStack('staff');

describe('staff of the Geneva NGO', () => {
  it('an owner signs in from the emailed link and invites a fundraiser, who signs in too', async () => {
    const owner = await e2e.browser.newContext({ locale: 'fr-CH' });
    const page = await owner.newPage();
    await page.goto(`${e2e.stack.url}/staff/sign-in`);
    await page.getByLabel('Adresse e-mail').fill('owner@mpm.example.org');
    await page.getByRole('button', { name: 'M’envoyer un lien de connexion' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toContain('lien de connexion');

    await page.goto(await linkSentTo(e2e.stack.db, 'owner@mpm.example.org', /connexion/));
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${e2e.stack.url}/staff`);
    await expect.poll(() => page.locator('main').innerText()).toContain('propriétaire');
    const cookies = await owner.cookies();
    expect(cookies.find((c) => c.name === '__Host-haven-staff')).toMatchObject({
      httpOnly: true,
      secure: true,
      sameSite: 'Lax',
      path: '/',
    });

    await page.getByRole('link', { name: 'Membres' }).click();
    await page.getByLabel('E-mail', { exact: true }).fill('nouvelle@mpm.example.org');
    await page.getByLabel('Rôle', { exact: true }).selectOption('fundraiser');
    await page.getByLabel('Langue').selectOption('es');
    await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toContain('invitation');
    await page.screenshot({ path: `${SCREENSHOTS}/staff-members-fr.png`, fullPage: true });

    const fundraiser = await e2e.browser.newContext({ locale: 'es-ES' });
    const invited = await fundraiser.newPage();
    await invited.goto(await linkSentTo(e2e.stack.db, 'nouvelle@mpm.example.org', /invitan/));
    await invited.getByRole('button', { name: 'Acceder' }).click();
    await invited.waitForURL(`${e2e.stack.url}/staff`);
    await expect.poll(() => invited.locator('main').innerText()).toContain('recaudación');
    // A fundraiser sees the team but may not manage it.
    await invited.getByRole('link', { name: 'Miembros' }).click();
    await expect.poll(() => invited.locator('main').innerText()).toContain('owner@mpm.example.org');
    expect(await invited.getByRole('button', { name: 'Enviar la invitación' }).count()).toBe(0);

    await page.reload();
    await expect.poll(() => page.locator('main').innerText()).toContain('Actif·ve');
  });

  it('a member adds a passkey with the browser’s WebAuthn, and uses it when owners must', async () => {
    const context = await e2e.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    const signIn = async () => {
      await page.goto(`${e2e.stack.url}/staff/sign-in`);
      const before = new Set((await listDevEmails(e2e.stack.db)).map((m) => m.id));
      await page.getByLabel('Email address').fill('owner@wmpa.example.org');
      await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
      const fresh = async () =>
        (await listDevEmails(e2e.stack.db)).find(
          (m) => m.to === 'owner@wmpa.example.org' && !before.has(m.id),
        );
      await expect.poll(async () => Boolean(await fresh()), { timeout: 10_000 }).toBe(true);
      const link = /https?:\/\/\S+\/staff\/sign-in\/[A-Za-z0-9_-]+/.exec(
        (await fresh())?.text ?? '',
      );
      if (!link) throw new Error('no link');
      await page.goto(link[0]);
      await page.getByRole('button', { name: 'Sign in' }).click();
      // Signed in once the POST's answer has landed (on the passkey page where one is required).
      await page.waitForURL((url) => /^\/staff(\/passkey)?$/.test(url.pathname));
    };

    await signIn();
    await page.goto(`${e2e.stack.url}/staff/security`);
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    // The ceremony (options, the authenticator, verification) may take seconds on a loaded runner.
    await expect
      .poll(() => page.locator('main').innerText(), { timeout: 20_000 })
      .toContain('Added on');
    await page.getByLabel('owner').check();
    await page.getByRole('button', { name: 'Save the requirement' }).click();
    await expect
      .poll(() => page.getByRole('status').first().innerText(), { timeout: 20_000 })
      .toContain('saved');

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await signIn();
    await page.waitForURL(`${e2e.stack.url}/staff/passkey`);
    await page.getByRole('button', { name: 'Use my passkey' }).click();
    await page.waitForURL(`${e2e.stack.url}/staff`);
    await expect
      .poll(() => page.locator('main').innerText(), { timeout: 20_000 })
      .toContain('owner');
  });
});
