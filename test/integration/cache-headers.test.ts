import { describe, expect, it } from 'vitest';
import { createTestApp } from '../support/app';
import { createTestDb } from '../support/db';

const db = await createTestDb();
const app = createTestApp(db);
const page = '/fr/mpm/voix-aux-nations-unies';
const orgPage = '/fr/mpm';
const varies = (response: Response) =>
  (response.headers.get('vary') ?? '').split(',').map((field) => field.trim().toLowerCase());

describe('what caches may keep', () => {
  it('lets the CDN keep a public page briefly and serve it stale while revalidating; browsers ask again', async () => {
    const response = await app.request(orgPage);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(
      'public, max-age=0, s-maxage=60, stale-while-revalidate=300',
    );
    // The path names the language: the answer does not depend on Accept-Language.
    expect(varies(response)).not.toContain('accept-language');
  });

  it('lets the CDN keep a campaign page briefly too: its form token is signed per rendering, not per visitor', async () => {
    const response = await app.request(page);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(
      'public, max-age=0, s-maxage=60, stale-while-revalidate=300',
    );
    expect(varies(response)).not.toContain('accept-language');
    expect(response.headers.get('set-cookie')).toBeNull();
    // Where the language is negotiated, only the visitor's own browser keeps it.
    const negotiated = await app.request('/mpm/voix-aux-nations-unies', {
      headers: { 'accept-language': 'fr' },
    });
    expect(negotiated.status).toBe(200);
    expect(negotiated.headers.get('cache-control')).toBe('private, max-age=60');
  });

  it('varies with Accept-Language only where the path does not name the language', async () => {
    const response = await app.request('/mpm', {
      headers: { 'accept-language': 'es' },
    });
    expect(varies(response)).toContain('accept-language');
    expect(varies(await app.request('/'))).toContain('accept-language');
    // CloudFront keys on the URL alone: only the visitor's own browser may keep this answer.
    expect(response.headers.get('cache-control')).toBe('private, max-age=60');
  });

  it('links fingerprinted assets, cached for a year as immutable; a stale hash is not found', async () => {
    const html = await (await app.request(page)).text();
    const stylesheet = /<link rel="stylesheet" href="(\/static\/app\.[0-9a-f]{10}\.css)"/.exec(
      html,
    )?.[1];
    const icon = /<link rel="icon" href="(\/static\/favicon\.[0-9a-f]{10}\.svg)"/.exec(html)?.[1];
    const cover = /<img class="cover" src="(\/static\/covers\/[a-z]+\.[0-9a-f]{10}\.svg)"/.exec(
      html,
    )?.[1];
    for (const url of [stylesheet, icon, cover]) {
      expect(url).toBeDefined();
      const response = await app.request(url ?? '');
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    expect(html).toMatch(/<img class="cover" src="[^"]+"[^>]*fetchpriority="high"/);
    expect((await app.request('/static/app.0123456789.css')).status).toBe(404);
    // The plain name still answers, for links made before fingerprinting, cached like a page.
    const plain = await app.request('/static/app.css');
    expect(plain.headers.get('cache-control')).toBe(
      'public, max-age=0, s-maxage=60, stale-while-revalidate=300',
    );
  });

  it('lets the public JSON API be cached like a page, without varying on language', async () => {
    const response = await app.request('/api/organisations/mpm');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(
      'public, max-age=0, s-maxage=60, stale-while-revalidate=300',
    );
    expect(varies(response)).not.toContain('accept-language');
  });

  it('keeps anything personal out of every cache, whatever the status', async () => {
    for (const path of [
      `${page}/thanks?session_id=cs_test_unknown`,
      '/staff',
      '/staff/mpm/payments',
      '/dev/emails',
    ]) {
      const response = await app.request(path);
      expect({ path, cacheControl: response.headers.get('cache-control') }).toEqual({
        path,
        cacheControl: 'private, no-store',
      });
    }
    const posted = await app.request(`${page}/donate`, {
      method: 'POST',
      body: new URLSearchParams({ amount: '25', currency: 'CHF' }),
    });
    expect(posted.headers.get('cache-control')).toBe('private, no-store');
  });

  it('never caches a failed or unsafe request, nor the health check', async () => {
    expect((await app.request('/healthz')).headers.get('cache-control')).toBe('no-store');
    const posted = await app.request('/api/organisations', { method: 'POST' });
    expect(posted.headers.get('cache-control')).toBe('no-store');
  });
});
