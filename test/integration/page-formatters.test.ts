import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestApp } from '../support/app';
import { createTestDb } from '../support/db';

const db = await createTestDb();
const app = createTestApp(db);

const constructors = ['NumberFormat', 'DateTimeFormat', 'PluralRules'] as const;

/** Counts the Intl objects made while `run` runs, spying on the constructors themselves. */
async function intlObjectsMadeBy(
  run: () => Promise<void>,
): Promise<Record<string, number | undefined>> {
  const spies = constructors.map((name) => vi.spyOn(Intl, name));
  try {
    await run();
    return Object.fromEntries(constructors.map((name, i) => [name, spies[i]?.mock.calls.length]));
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('page formatters', () => {
  for (const path of [
    '/fr/mpm/voix-aux-nations-unies',
    '/ar/iraqi-minorities-network/warmth-for-displaced-families',
  ]) {
    it(`a second render of ${path} makes no new Intl object`, async () => {
      const first = await intlObjectsMadeBy(async () => {
        expect((await app.request(path)).status).toBe(200);
      });
      // The first render of a locale makes its formatters: the spies see the constructors used.
      expect(first.NumberFormat).toBeGreaterThan(0);
      const second = await intlObjectsMadeBy(async () => {
        const response = await app.request(path);
        expect(response.status).toBe(200);
        expect(await response.text()).toContain('<h1>');
      });
      expect(second).toEqual({ NumberFormat: 0, DateTimeFormat: 0, PluralRules: 0 });
    });
  }
});
