import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { chooseLocale } from './campaign-context';

/** A page offered in French, English and Spanish, French by default, as a visitor reaches it. */
const app = new Hono();
const answer = (c: Parameters<typeof chooseLocale>[0]) =>
  c.text(chooseLocale(c, ['fr', 'en', 'es'], 'fr'));
app.get('/:lang{[a-z][a-z]}/page', answer);
app.get('/page', answer);

const languageOf = async (path: string, acceptLanguage?: string) => {
  const response = await app.request(
    path,
    acceptLanguage ? { headers: { 'Accept-Language': acceptLanguage } } : {},
  );
  // The answer varies with Accept-Language exactly when the URL names no language the page has.
  const named = /^\/(fr|en|es)\//.test(path);
  expect(response.headers.get('vary')).toBe(named ? null : 'Accept-Language');
  return response.text();
};

describe('the language of a page', () => {
  it('is the one the URL names when the page is offered in it', async () => {
    expect(await languageOf('/es/page', 'en')).toBe('es');
  });

  it('else the best Accept-Language match by weight, regional tags included', async () => {
    expect(await languageOf('/page', 'de;q=1, en;q=0.3, es;q=0.8')).toBe('es');
    expect(await languageOf('/page', 'es-MX, en;q=0.9')).toBe('es');
    expect(await languageOf('/page', 'en-GB;q=0.5, es-AR;q=0.5')).toBe('en');
  });

  it('never a language refused with q=0 or one the page is not offered in', async () => {
    expect(await languageOf('/page', 'en;q=0, es;q=0')).toBe('fr');
    // Hono reads a malformed weight as 1: asked for, not refused.
    expect(await languageOf('/page', 'en;q=0, es;q=abc')).toBe('es');
    expect(await languageOf('/page', 'ar')).toBe('fr');
    expect(await languageOf('/ar/page', 'en')).toBe('en');
  });

  it("else the page's default", async () => {
    expect(await languageOf('/page')).toBe('fr');
  });
});
