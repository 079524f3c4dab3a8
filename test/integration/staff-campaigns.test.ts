import { listAudit } from '@haven/db';
import { checkoutOrigins, paymentsFromConfig } from '@haven/stripe-gateway';
import { createApp } from '@haven/web';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_URL } from '../support/app';
import { createTestDb } from '../support/db';
import { postDonationForm } from '../support/donate-form';
import { createTestMediaStore } from '../support/media';
import { outsideServices } from '../support/msw';
import { formPost, ORIGIN, signIn } from '../support/staff';
import { DONOR, STRIPE_KEY, signature, startTestStripe, WEBHOOK_SECRET } from '../support/stripe';

const stripe = await startTestStripe();
const edgeOfTheWorld = outsideServices();
beforeAll(() => edgeOfTheWorld.listen());
afterEach(() => edgeOfTheWorld.server.resetHandlers());
afterAll(async () => {
  edgeOfTheWorld.close();
  await stripe.stop();
});

const db = await createTestDb();
const now = new Date('2026-11-25T12:00:00Z');
const app = createApp({
  db,
  publicUrl: PUBLIC_URL,
  now: () => now,
  media: await createTestMediaStore(),
  payments: paymentsFromConfig({
    STRIPE_SECRET_KEY: STRIPE_KEY,
    STRIPE_API_BASE: stripe.apiBase,
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    FEE_BASIS_POINTS: 290,
    FEE_FIXED_MINOR: 30,
  }),
  checkoutOrigins: checkoutOrigins(stripe.apiBase),
});
// MPM's members speak French (the organisation's default language).
const fundraiser = await signIn(app, db, 'fundraiser@mpm.example.org', now);
const viewer = await signIn(app, db, 'viewer@mpm.example.org', now);
const owner = await signIn(app, db, 'owner@mpm.example.org', now);

const slug = 'radios-libres';
const base = `/staff/campaigns/${slug}`;
const fr = {
  'title.fr': 'Radios libres en exil',
  'summary.fr': 'Des émissions pour celles et ceux qui ont dû partir.',
  'story.fr': 'Une **radio** qui parle la langue de chacun.',
  'coverAlt.fr': 'Un studio de radio',
};
const es = {
  'title.es': 'Radios libres en el exilio',
  'summary.es': 'Emisiones para quienes tuvieron que irse.',
  'story.es': 'Una **radio** que habla la lengua de cada uno.',
  'coverAlt.es': 'Un estudio de radio',
};
const settings = {
  slug,
  defaultLocale: 'fr',
  currencies: 'CHF EUR',
  goalAmount: '10000',
  goalCurrency: 'CHF',
  'suggested.CHF': '20 50 100',
  startsOn: '2026-11-20',
  endsOn: '2027-01-31',
};

const as = (session = fundraiser) => ({ headers: { cookie: session.cookie } });
const post = (path: string, fields: Record<string, string>, session = fundraiser) =>
  app.request(path, formPost({ ...fields, _csrf: session.csrf }, session.cookie));
const page = async (path: string, session = fundraiser) => {
  const response = await app.request(path, as(session));
  return { status: response.status, headers: response.headers, html: await response.text() };
};
const versionOn = (html: string) => /name="version" value="(\d+)"/.exec(html)?.[1] ?? '';

const upload = (
  bytes: Uint8Array<ArrayBuffer>,
  type: string,
  name: string,
  to = { path: `${base}/cover`, field: 'cover', session: fundraiser },
) => {
  const body = new FormData();
  body.append('_csrf', to.session.csrf);
  body.append(to.field, new File([bytes], name, { type }));
  return app.request(to.path, {
    method: 'POST',
    body,
    headers: { origin: ORIGIN, cookie: to.session.cookie },
  });
};

/** A phone photo: EXIF with the GPS position of where it was taken (Geneva). */
const photoWithGps = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#264' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneCo' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '46/1 12/1 30/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '6/1 8/1 0/1',
      },
    })
    .toBuffer();

async function give(fields: Record<string, string>) {
  const path = `/fr/mpm/${slug}/donate`;
  const response = await postDonationForm(app, path, { frequency: 'once', ...fields });
  const sessionId = /cs_test_\w+/.exec(response.headers.get('location') ?? '')?.[0];
  if (!sessionId) throw new Error(`no checkout session (status ${response.status})`);
  // A person each: a campaign counts people, and the dashboard's two supporters are two donors.
  const payload = await stripe.pay(sessionId, {
    paidAt: now,
    email: `donor+${sessionId}@example.org`,
  });
  const delivered = await app.request('/webhooks/stripe', {
    method: 'POST',
    body: payload,
    headers: { 'content-type': 'application/json', 'stripe-signature': signature(payload) },
  });
  expect(delivered.status).toBe(200);
}

describe('a fundraiser launches a campaign from the staff pages', () => {
  it('creates a draft in French, which the list shows with its languages', async () => {
    const refused = await post('/staff/campaigns', { ...settings, slug: 'Pas Valide', ...fr });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('Minuscules, chiffres et traits d’union seulement');

    const created = await post('/staff/campaigns', { ...settings, ...fr, lang: 'fr' });
    expect(created.status).toBe(303);
    expect(created.headers.get('location')).toBe(`${base}/edit?lang=fr&done=created`);
    const again = await post('/staff/campaigns', { ...settings, ...fr });
    expect(again.status).toBe(409);

    const list = await page('/staff/campaigns');
    expect(list.html).toContain('Radios libres en exil');
    expect(list.html).toContain('brouillon');
    expect(list.html).toContain('Español: non commencée');
    expect(list.html).toContain('Français: complète');
    expect(list.headers.get('cache-control')).toBe('private, no-store');
  });

  it('edits the Spanish text on its own page, keeping the French', async () => {
    const editor = await page(`${base}/edit?lang=es`);
    expect(editor.html).toContain('Texte en Español');
    // The French text rides along, hidden, so saving the Spanish page keeps it.
    expect(editor.html).toContain('name="title.fr" value="Radios libres en exil"');
    const saved = await post(base, {
      ...settings,
      ...fr,
      ...es,
      lang: 'es',
      version: versionOn(editor.html),
    });
    expect(saved.status).toBe(303);
    const stale = await post(base, { ...settings, ...fr, ...es, version: versionOn(editor.html) });
    expect(stale.status).toBe(409);
    const list = await page('/staff/campaigns');
    expect(list.html).toContain('Español: complète');
  });

  it('will not publish without a cover, and says why in the member’s language', async () => {
    const editor = await page(`${base}/edit`);
    expect(editor.html).toContain('Téléversez une image de couverture.');
    const refused = await post(`${base}/publish`, { version: versionOn(editor.html) });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('Téléversez une image de couverture.');
  });

  it('takes a cover photo, serving it without its GPS position; refuses SVG and HTML', async () => {
    const svg = await upload(
      new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>'),
      'image/svg+xml',
      'cover.svg',
    );
    expect(svg.status).toBe(422);
    expect(await svg.text()).toContain('Seules les photos JPEG, PNG et WebP sont acceptées.');
    const html = await upload(
      new TextEncoder().encode('<!doctype html><script>alert(1)</script>'),
      'image/jpeg',
      'cover.jpg',
    );
    expect(html.status).toBe(422);

    const uploaded = await upload(await photoWithGps(), 'image/jpeg', 'photo.jpg');
    expect(uploaded.status).toBe(303);
    const editor = await page(`${base}/edit`);
    const cover = /src="(\/media\/covers\/mpm\/[A-Za-z0-9_-]{32}\.jpg)"/.exec(editor.html)?.[1];
    if (!cover) throw new Error('no cover on the editor');
    const served = await app.request(cover);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const metadata = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
    expect(metadata.width).toBe(64);
    expect(metadata.exif).toBeUndefined();
    expect((await app.request('/media/covers/mpm/../../etc/passwd')).status).toBe(404);
  });

  it('refuses an upload over 4 MB before reading it, so Lambda’s 6 MB base64 payload holds', async () => {
    const big = await upload(new Uint8Array(4 * 1024 * 1024 + 1), 'image/jpeg', 'big.jpg');
    expect(big.status).toBe(413);
  });

  it('refuses a file posted anywhere but an upload route', async () => {
    const body = new FormData();
    body.append('_csrf', fundraiser.csrf);
    body.append('slug', slug);
    const response = await app.request(base, {
      method: 'POST',
      body,
      headers: { origin: ORIGIN, cookie: fundraiser.cookie },
    });
    expect(response.status).toBe(415);
  });

  it('previews the page as a supporter would see it, in each language, never cached', async () => {
    const preview = await page(`${base}/preview?lang=es`);
    expect(preview.status).toBe(200);
    expect(preview.html).toContain('<h1>Radios libres en el exilio</h1>');
    expect(preview.html).toContain('<strong>radio</strong>');
    expect(preview.html).toContain('<meta name="robots" content="noindex"/>');
    expect(preview.html).toContain('Voici la page telle que le public la verrait.');
    expect(preview.headers.get('cache-control')).toBe('private, no-store');
    expect((await app.request(`/fr/mpm/${slug}`)).status).toBe(404);
  });

  it('publishes; supporters see it and give; the dashboard shows the gift', async () => {
    const editor = await page(`${base}/edit`);
    const published = await post(`${base}/publish`, { version: versionOn(editor.html) });
    expect(published.status).toBe(303);
    const after = await page(published.headers.get('location') ?? '');
    expect(after.html).toContain('Publiée : la campagne est publique.');
    // The slug is shown, not editable.
    expect(after.html).not.toContain('id="slug"');
    expect(after.html).toContain(`<code>${slug}</code>`);
    expect((await app.request(`/es/mpm/${slug}`)).status).toBe(200);

    await give({ currency: 'CHF', amount: '5000' });
    await give({ currency: 'CHF', amount: '2000', anonymous: 'on' });
    const board = await page(`${base}/dashboard`);
    expect(board.status).toBe(200);
    expect(board.html).toContain(DONOR.name);
    expect(board.html).toContain('Anonyme');
    expect(board.html).toMatch(/<dd>70\sCHF<\/dd>/);
    expect(board.html).toContain('<dd>2</dd>');
    expect(board.html).toContain('<svg');
    expect(board.html).not.toContain('donor+');
  });

  it('lets a viewer read but not change: 403 on the editor and every change', async () => {
    expect((await page(`${base}/edit`, viewer)).status).toBe(403);
    expect((await post(base, { ...settings, ...fr }, viewer)).status).toBe(403);
    expect((await post(`${base}/close`, {}, viewer)).status).toBe(403);
    expect((await page(`${base}/dashboard`, viewer)).status).toBe(200);
    expect((await page(`${base}/preview`, viewer)).status).toBe(200);
  });

  it('closes: the public page shows the result and refuses gifts; every change is audited', async () => {
    expect((await post(`${base}/close`, {})).status).toBe(303);
    expect((await post(`${base}/close`, {})).status).toBe(409);
    const html = await (await app.request(`/fr/mpm/${slug}`)).text();
    expect(html).toContain('Cette campagne est close');
    expect(html).not.toContain('<form class="donate"');
    const refused = await app.request(`/fr/mpm/${slug}/donate`, {
      method: 'POST',
      body: new URLSearchParams({ frequency: 'once', currency: 'CHF', amount: '5000' }),
    });
    expect(refused.status).toBe(409);

    const scope = { orgSlug: 'mpm', memberId: 'demo-mpm-fundraiser', role: 'fundraiser' as const };
    const actions = (await listAudit(db, scope))
      .filter((entry) => entry.subject === slug)
      .map((entry) => [entry.action, entry.actor.memberId]);
    expect(actions).toEqual(
      expect.arrayContaining([
        ['campaign.created', 'demo-mpm-fundraiser'],
        ['campaign.saved', 'demo-mpm-fundraiser'],
        ['campaign.cover_uploaded', 'demo-mpm-fundraiser'],
        ['campaign.published', 'demo-mpm-fundraiser'],
        ['campaign.closed', 'demo-mpm-fundraiser'],
      ]),
    );
  });

  it('an owner uploads the organisation’s logo through the same checks', async () => {
    const to = { path: '/staff/settings/logo', field: 'logo', session: owner };
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const refused = await upload(svg, 'image/svg+xml', 'logo.svg', to);
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('Seules les photos JPEG, PNG et WebP sont acceptées.');
    const png = await sharp({ create: { width: 80, height: 80, channels: 4, background: '#fff0' } })
      .png()
      .toBuffer();
    expect((await upload(png, 'image/png', 'logo.png', to)).status).toBe(303);
    expect(
      (await upload(png, 'image/png', 'logo.png', { ...to, session: fundraiser })).status,
    ).toBe(403);
    const settings = await page('/staff/settings', owner);
    const logo = /src="https:\/\/give\.example\.org(\/media\/covers\/mpm\/[\w-]{32}\.png)"/.exec(
      settings.html,
    )?.[1];
    if (!logo) throw new Error('no logo on the settings page');
    const served = await app.request(logo);
    expect(served.headers.get('content-type')).toBe('image/png');
  });

  it('shows a dashboard in Arabic, right to left, to a member who speaks it', async () => {
    const arabic = await signIn(app, db, 'viewer@iraqi-minorities-network.example.org', now);
    const board = await page('/staff/campaigns/warmth-for-displaced-families/dashboard', arabic);
    expect(board.status).toBe(200);
    expect(board.html).toContain('<html lang="ar" dir="rtl">');
    expect(board.html).toContain('آخر التبرعات');
    expect(board.html).toContain('لوحة المتابعة');
    // MPM's campaign is not theirs: the same path with its slug is a 404.
    expect((await page(`${base}/dashboard`, arabic)).status).toBe(404);
  });
});
