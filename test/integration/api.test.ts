import { LOCALES } from '@haven/core';
import { createDb } from '@haven/db';
import { demoOrganisations } from '@haven/local';
import { testClient } from 'hono/testing';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createTestApp } from '../support/app';
import { createTestDb } from '../support/db';

const OpenApiDocument = z.object({
  openapi: z.string(),
  paths: z.record(z.string(), z.unknown()),
  components: z.object({ schemas: z.record(z.string(), z.unknown()) }),
});
const JsonSchemaObject = z.object({ properties: z.record(z.string(), z.unknown()) });

const app = createTestApp(await createTestDb());
const client = testClient(app);

describe('public JSON API', () => {
  it('lists the organisations', async () => {
    const response = await client.api.organisations.$get();
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.organisations.map((org) => org.slug).sort()).toEqual(
      demoOrganisations.map((org) => org.slug).sort(),
    );
    expect(body.organisations[0]?.url).toMatch(/^https:\/\/give\.example\.org\//);
  });

  it('gives an organisation with its open campaigns and their totals', async () => {
    const response = await client.api.organisations[':org'].$get({
      param: { org: 'iraqi-minorities-network' },
    });
    if (response.status !== 200) throw new Error(`status ${response.status}`);
    const body = await response.json();
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
    const doc = OpenApiDocument.parse(await response.json());
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/donations',
      '/api/organisations',
      '/api/organisations/{org}',
      '/api/organisations/{org}/campaigns/{campaign}',
      '/healthz',
      '/staff/passkey',
      '/staff/passkey/options',
      '/staff/passkeys',
      '/staff/passkeys/options',
    ]);
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Campaign', 'Organisation', 'Money', 'Problem']),
    );
    // Written from core's own schemas: the document lists exactly the languages the service speaks.
    const input = JsonSchemaObject.parse(doc.components.schemas.DonationInput);
    expect(input.properties.locale).toMatchObject({ enum: [...LOCALES] });
    expect(input.properties.currency).toMatchObject({ example: 'CHF' });
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
