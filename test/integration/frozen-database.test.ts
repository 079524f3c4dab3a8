import { createDb } from '@haven/db';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../support/app';
import { startSilentServer } from '../support/silent-server';

// A database that accepts connections and never answers: a frozen process, a lost network path.
const frozen = await startSilentServer();
afterAll(() => frozen.stop());

describe('a database that does not answer', () => {
  it('makes /healthz answer 503 within its own deadline, not the whole request’s', async () => {
    // The client as production builds it: only the health check's own deadline can answer in time.
    const app = createTestApp(createDb({ tableName: 'haven', endpoint: frozen.url }));
    const response = await app.request('/healthz');
    expect(response.status).toBe(503);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
    expect(frozen.accepted()).toBeGreaterThan(0);
  });

  it('makes a page and the JSON API answer 503 with Retry-After once the client gives up, never hang', async () => {
    // Shorter deadlines than production's (DB_TIMEOUTS), the same path to the answer.
    const db = createDb({
      tableName: 'haven',
      endpoint: frozen.url,
      timeouts: { requestTimeout: 200, maxAttempts: 2 },
    });
    const app = createTestApp(db);
    for (const path of ['/fr/mpm/voix-aux-nations-unies', '/api/organisations']) {
      const response = await app.request(path);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
    }
  });
});
