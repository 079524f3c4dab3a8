import { createDb } from '@haven/db';
import { demoOrganisations } from '@haven/local';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../support/app';
import { createTestDb } from '../support/db';

const app = createTestApp(await createTestDb());

describe('public JSON API', () => {
  it('lists the organisations', async () => {
    const response = await app.request('/api/organisations');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { organisations: { slug: string; url: string }[] };
    expect(body.organisations.map((org) => org.slug).sort()).toEqual(
      demoOrganisations.map((org) => org.slug).sort(),
    );
    expect(body.organisations[0]?.url).toMatch(/^https:\/\/give\.example\.org\//);
  });

  it('gives an organisation with its open campaigns and their totals', async () => {
    const response = await app.request('/api/organisations/iraqi-minorities-network');
    const body = (await response.json()) as {
      organisation: { defaultLocale: string };
      campaigns: {
        slug: string;
        goal: { amount: number; currency: string };
        raised: { amount: number };
        supporters: number;
        percentOfGoal: number;
      }[];
    };
    expect(body.organisation.defaultLocale).toBe('ar');
    expect(body.campaigns).toHaveLength(1);
    expect(body.campaigns[0]).toMatchObject({
      slug: 'warmth-for-displaced-families',
      goal: { amount: 2_000_000, currency: 'USD' },
      raised: { amount: 0 },
      supporters: 0,
      percentOfGoal: 0,
    });
  });

  it('answers unknown resources with RFC 9457 problem details', async () => {
    const response = await app.request('/api/organisations/mpm/campaigns/nope');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 404, type: 'urn:haven:error:not_found' });
    const unknownRoute = await app.request('/api/nothing-here');
    expect(unknownRoute.status).toBe(404);
    expect(unknownRoute.headers.get('content-type')).toBe('application/problem+json');
  });

  it('refuses malformed parameters with a 400 problem', async () => {
    const response = await app.request(`/api/organisations/${'x'.repeat(80)}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ status: 400, errors: [{ path: 'org' }] });
  });

  it('documents every JSON route in the OpenAPI document', async () => {
    const response = await app.request('/api/openapi.json');
    const doc = (await response.json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/donations',
      '/api/organisations',
      '/api/organisations/{org}',
      '/api/organisations/{org}/campaigns/{campaign}',
      '/healthz',
    ]);
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Campaign', 'Organisation', 'Money', 'Problem']),
    );
  });
});

describe('health', () => {
  it('is ready when the database answers', async () => {
    const response = await app.request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('says unavailable when the database does not answer', async () => {
    const broken = createTestApp(createDb({ tableName: 'gone', endpoint: 'http://127.0.0.1:9' }));
    const response = await broken.request('/healthz');
    expect(response.status).toBe(503);
  });
});
