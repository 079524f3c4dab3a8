import { devMailboxRoutes } from '@haven/local';
import fc from 'fast-check';
import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../support/db';
import { createPaymentsApp } from '../support/payments-app';
import { concretePaths, publicRoutes } from '../support/public-routes';
import { tableKeys } from '../support/raw-table';
import { startTestStripe } from '../support/stripe';

const stripe = await startTestStripe();
const db = await createTestDb();
const app = createPaymentsApp(db, stripe);
// As `npm start` serves it: the development pages beside the app.
const root = new Hono();
root.route('/dev', devMailboxRoutes(db));
root.route('/', app);
afterAll(() => stripe.stop());

const routes = publicRoutes(root);
const targets = (
  await Promise.all(
    routes.map(async (route) => ({
      ...route,
      paths: (await concretePaths(db, route.pattern)).slice(0, 3),
    })),
  )
).filter((target) => target.paths.length > 0);

/** What a hostile visitor types into a path segment, a field or a header. */
const nasty = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    'prototype',
    'hasOwnProperty',
    '..',
    '%2e%2e%2f',
    '%00',
    '%0d%0aSet-Cookie:%20x=1',
    'a'.repeat(1_100),
    '<script>alert(1)</script>',
    '"\'`;--',
    '{{7*7}}',
    '‮evil',
    'ؠ٠١٢',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

const method = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'PURGE');
const contentType = fc.constantFrom(
  undefined,
  'application/json',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=xyz',
  'multipart/form-data',
  'text/plain',
  'application/xml',
  'application/json; charset=utf-16',
  '*/*',
  'garbage/;;;',
);
const body = fc.oneof(
  fc.constant(undefined),
  nasty,
  fc.json({ maxDepth: 3 }),
  fc.constantFrom(
    '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
    '{"organisation":"mpm","campaign":"voix-aux-nations-unies","amount":5000,"currency":"CHF","locale":"fr","message":"\\u0000"}',
    '{"organisation":"__proto__","campaign":"constructor","amount":1e308,"currency":"CHF","locale":"fr"}',
    '{"amount":',
    '--xyz\r\nContent-Disposition: form-data; name="amount"\r\n\r\n5000\r\n--xyz',
    '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.exe"\r\n\r\nMZ',
    'currency=CHF&amount=5000&__proto__[polluted]=1&constructor[prototype][polluted]=1',
    'currency=CHF&amount=5000&formToken=1.2.3',
    'currency=CHF&amount=5000&message=%00%07%1b',
  ),
  fc.nat({ max: 40_000 }).map((size) => 'x'.repeat(size + 30_000)),
);

const request = fc.record({
  target: fc.constantFrom(...targets),
  which: fc.nat(),
  mutate: fc.option(fc.tuple(fc.nat(), nasty), { nil: undefined }),
  query: fc.option(nasty, { nil: undefined }),
  method: fc.option(method, { nil: undefined }),
  contentType,
  body,
  origin: fc.option(fc.constantFrom('https://evil.example', 'null', 'https://give.example.org'), {
    nil: undefined,
  }),
});

type FuzzRequest = typeof request extends fc.Arbitrary<infer T> ? T : never;

/** The path to ask: a real one, maybe with one segment swapped for something hostile. */
function pathOf(input: FuzzRequest): string {
  const { target, which, mutate, query } = input;
  const path = target.paths[which % target.paths.length] ?? '/';
  const segments = path.split('/');
  if (mutate && segments.length > 1) {
    const [index, value] = mutate;
    segments[1 + (index % (segments.length - 1))] = encodeURIComponent(value);
  }
  const search =
    query === undefined
      ? ''
      : `?session_id=${encodeURIComponent(query)}&currency=${encodeURIComponent(query)}`;
  return `${segments.join('/')}${search}`;
}

describe('every public route, fuzzed', () => {
  it(`answers random and malicious requests on ${targets.length} routes without a 5xx, and refused ones change nothing`, async () => {
    expect(targets.length).toBeGreaterThan(10);
    await fc.assert(
      fc.asyncProperty(request, async (input) => {
        const chosen = input.method ?? input.target.method;
        const hasBody = chosen !== 'GET' && chosen !== 'HEAD' && input.body !== undefined;
        const headers = new Headers();
        if (input.contentType) headers.set('content-type', input.contentType);
        if (input.origin) headers.set('origin', input.origin);
        const before = await tableKeys(db);
        const response = await root.request(pathOf(input), {
          method: chosen,
          headers,
          body: hasBody ? input.body : undefined,
        });
        expect(response.status).toBeLessThan(500);
        await response.arrayBuffer();
        if (response.status >= 400) expect(await tableKeys(db)).toEqual(before);
        expect(Reflect.get({}, 'polluted')).toBeUndefined();
      }),
      { seed: 20_261_202, numRuns: 300, endOnFailure: true },
    );
  }, 120_000);
});
