import { createCampaign } from '@haven/db';
import { demoCampaigns } from '@haven/local';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../support/app';
import { createTestDb } from '../support/db';

const db = await createTestDb();
const app = createTestApp(db);
const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
const htmlOf = async (path: string, headers: Record<string, string> = {}) => {
  const response = await get(path, headers);
  return { status: response.status, html: await response.text(), response };
};

describe('campaign pages', () => {
  for (const campaign of demoCampaigns) {
    for (const locale of campaign.locales) {
      it(`serves ${campaign.orgSlug}/${campaign.slug} in ${locale}`, async () => {
        const text = campaign.text[locale];
        const { status, html } = await htmlOf(`/${locale}/${campaign.orgSlug}/${campaign.slug}`);
        expect(status).toBe(200);
        expect(html).toContain(`<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">`);
        expect(html).toContain(`<h1>${text?.title}</h1>`);
        for (const other of campaign.locales) {
          expect(html).toContain(
            `hreflang="${other}" href="https://give.example.org/${other}/${campaign.orgSlug}/${campaign.slug}"`,
          );
        }
        expect(html).toContain(`<form class="donate" method="post"`);
        expect(html).toContain(`property="og:title" content="${text?.title}"`);
      });
    }
  }

  it('lays Arabic pages out right to left with Arabic-Indic digits where the region uses them', async () => {
    const { html } = await htmlOf('/ar/iraqi-minorities-network/warmth-for-displaced-families');
    expect(html).toContain('<html lang="ar" dir="rtl">');
    // The goal, 20,000 US dollars, formatted for ar-IQ.
    expect(html).toContain(
      new Intl.NumberFormat('ar-IQ', {
        style: 'currency',
        currency: 'USD',
        minimumFractionDigits: 0,
      }).format(20000),
    );
    expect(html).toMatch(/[٠-٩]/);
    expect(html).toContain('لا داعمين بعد');
  });

  it('formats French amounts and dates for Switzerland', async () => {
    const { html } = await htmlOf('/fr/mpm/voix-aux-nations-unies');
    const goal = new Intl.NumberFormat('fr-CH', {
      style: 'currency',
      currency: 'CHF',
      minimumFractionDigits: 0,
    }).format(25000);
    // Node 22's ICU groups fr-CH digits with an ASCII apostrophe, which the page escapes.
    expect(html).toContain(goal.replaceAll("'", '&#39;'));
    expect(html).toContain('Lancée le 1 septembre 2026');
    expect(html).toContain('0 donateur·rice');
  });

  it('shows suggested amounts in the currency chosen by link', async () => {
    const { html } = await htmlOf('/en/mpm/voix-aux-nations-unies?currency=USD');
    expect(html).toContain('name="currency" value="USD"');
    expect(html).toContain(
      new Intl.NumberFormat('en-CH', {
        style: 'currency',
        currency: 'USD',
        minimumFractionDigits: 0,
      }).format(25),
    );
  });
});

describe('language negotiation', () => {
  it('uses Accept-Language when the URL names no language', async () => {
    const { html, response } = await htmlOf('/mpm/voix-aux-nations-unies', {
      'Accept-Language': 'de-CH, es;q=0.8, en;q=0.5',
    });
    expect(html).toContain('<html lang="es"');
    expect(response.headers.get('vary')).toContain('Accept-Language');
  });

  it("falls back to the organisation's default language", async () => {
    const { html } = await htmlOf('/mpm/voix-aux-nations-unies', { 'Accept-Language': 'de, it' });
    expect(html).toContain('<html lang="fr"');
    const arabic = await htmlOf('/iraqi-minorities-network/warmth-for-displaced-families');
    expect(arabic.html).toContain('<html lang="ar" dir="rtl"');
  });

  it('prefers the URL over Accept-Language', async () => {
    const { html } = await htmlOf('/en/mpm/voix-aux-nations-unies', { 'Accept-Language': 'fr' });
    expect(html).toContain('<html lang="en"');
  });

  it('sends a language the page is not written in to the best one it is', async () => {
    const response = await get('/ar/mpm/voix-aux-nations-unies', {
      'Accept-Language': 'ar, es;q=0.9',
    });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/es/mpm/voix-aux-nations-unies');
  });

  it('offers a language switcher with the current language marked', async () => {
    const { html } = await htmlOf('/es/mpm/voix-aux-nations-unies');
    expect(html).toContain(
      '<a href="/fr/mpm/voix-aux-nations-unies" hreflang="fr" lang="fr">Français</a>',
    );
    expect(html).toContain('hreflang="es" lang="es" aria-current="page">Español</a>');
  });
});

describe('not found', () => {
  it.each([['/fr/mpm/no-such-campaign'], ['/mpm/no-such-campaign'], ['/no-such-org'], ['/de/mpm']])(
    'answers 404 for %s in the visitor language',
    async (path) => {
      const { status, html } = await htmlOf(path, { 'Accept-Language': 'fr-CH' });
      expect(status).toBe(404);
      expect(html).toContain('<html lang="fr"');
      expect(html).toContain('Page introuvable');
    },
  );

  it('answers 404 in Arabic, right to left', async () => {
    const { status, html } = await htmlOf('/nowhere/at-all', { 'Accept-Language': 'ar' });
    expect(status).toBe(404);
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('الصفحة غير موجودة');
  });

  it('does not show draft campaigns', async () => {
    const base = demoCampaigns[0];
    if (!base) throw new Error('no demo campaign');
    await createCampaign(db, { ...base, slug: 'secret-draft', status: 'draft' });
    expect((await get('/fr/mpm/secret-draft')).status).toBe(404);
  });
});

describe('stories are sanitised', () => {
  beforeAll(async () => {
    const base = demoCampaigns[0];
    if (!base) throw new Error('no demo campaign');
    const evil = [
      'Hello <script>alert("x")</script> world',
      '[click](javascript:alert(1)) and [data](data:text/html;base64,PHNjcmlwdD4=)',
      '<img src=x onerror=alert(1)>',
      '[ok](https://example.org/report)',
    ].join('\n\n');
    await createCampaign(db, {
      ...base,
      slug: 'evil-story',
      text: Object.fromEntries(
        Object.entries(base.text).map(([locale, text]) => [locale, { ...text, story: evil }]),
      ),
    });
  });

  it('never lets a script, an event handler or a javascript: link reach the page', async () => {
    const { status, html } = await htmlOf('/en/mpm/evil-story');
    expect(status).toBe(200);
    const story = html.slice(
      html.indexOf('<div class="story">'),
      html.indexOf('<div class="donate-box">'),
    );
    expect(story).not.toMatch(/<script/i);
    expect(story).not.toMatch(/<img/i);
    expect(story).not.toMatch(/href="(javascript|data):/i);
    expect(story).toContain('&lt;script&gt;');
    expect(story).toContain(
      '<a href="https://example.org/report" rel="nofollow noopener noreferrer"',
    );
  });
});

describe('organisation and home pages', () => {
  it("lists an organisation's open campaigns", async () => {
    const { status, html } = await htmlOf('/en/muslim-minorities-observatory');
    expect(status).toBe(200);
    expect(html).toContain('Observatory for Muslim Minorities');
    expect(html).toContain('href="/en/muslim-minorities-observatory/break-the-silence"');
  });

  it("names each organisation in the visitor's language, or its own where it has none", async () => {
    const { html } = await htmlOf('/ar');
    expect(html).toContain('شبكة تحالف الأقليات العراقية');
    // In its own language and direction: a French card on an Arabic page reads left to right.
    expect(html).toContain('<li class="card" lang="fr" dir="ltr">');
    expect(html).toContain('<li class="card" lang="ar" dir="rtl">');
    expect(html).toContain('Minorités et peuples du monde');
  });

  it("isolates the organisation's name on a campaign page, whatever its script", async () => {
    const { html } = await htmlOf('/ar/iraqi-minorities-network/warmth-for-displaced-families');
    expect(html).toContain('<bdi>شبكة تحالف الأقليات العراقية</bdi>');
  });

  it('lists every organisation', async () => {
    const { html } = await htmlOf('/en');
    for (const name of [
      'Minorities and Peoples of the World',
      'World Mountain People Association',
      'Iraqi Minorities Alliance Network',
    ]) {
      expect(html).toContain(name);
    }
  });
});

describe('static assets and headers', () => {
  it('serves the stylesheet and covers, and a strict content security policy', async () => {
    const css = await get('/static/app.css');
    expect(css.headers.get('content-type')).toContain('text/css');
    const cover = await get('/static/covers/mountains.svg');
    expect(await cover.text()).toContain('<svg');
    const page = await get('/en/wmpa/mountain-voices');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'none'");
  });
});
