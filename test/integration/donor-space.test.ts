import { DONOR_LINK_TTL_MS, formatMoney, intlLocale, mayEmail } from '@haven/core';
import { emailKey, findEmailOptOut, findOrganisation, findPayment, listDevEmails } from '@haven/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createTestDb } from '../support/db';
import { postDonationForm } from '../support/donate-form';
import { donorCookieOf, donorLinksSentTo, openDonorSpace } from '../support/donor';
import { outsideServices } from '../support/msw';
import { createPaymentsApp } from '../support/payments-app';
import { allItems } from '../support/raw-table';
import { deliverOutbox, formPost, signIn } from '../support/staff';
import { DONOR, signature, startTestStripe } from '../support/stripe';

const stripe = await startTestStripe();
const edge = outsideServices();
beforeAll(() => edge.listen());
afterAll(async () => {
  edge.close();
  await stripe.stop();
});

const db = await createTestDb();
const start = new Date('2026-11-25T12:00:00Z');
let now = start;
const app = createPaymentsApp(db, stripe, () => now);
const OTHER = { email: 'omar.haddad@example.net', name: 'Omar Haddad' };

/** Gives, pays by card as `donor` and delivers Stripe's event. */
async function paidGift(path: string, fields: Record<string, string>, donor = DONOR) {
  const response = await postDonationForm(app, `${path}/donate`, fields);
  const html = response.status === 200 ? await response.text() : '';
  const sessionId = /cs_test_\w+/.exec(response.headers.get('location') ?? html)?.[0] ?? '';
  const payload = await stripe.pay(sessionId, { donor });
  const delivered = await app.request('/webhooks/stripe', {
    method: 'POST',
    body: payload,
    headers: { 'stripe-signature': signature(payload) },
  });
  expect(delivered.status).toBe(200);
  return stripe.pledgeOf(sessionId);
}

const Totals = z.object({ totals: z.array(z.unknown()).min(1), supporters: z.number() });
const totalsOf = async (org: string, campaign: string) =>
  Totals.parse(await (await app.request(`/api/organisations/${org}/campaigns/${campaign}`)).json());

const mine = await paidGift('/es/mpm/voix-aux-nations-unies', {
  currency: 'CHF',
  amount: '5000',
  dedicationKind: 'memory',
  dedicationName: 'Abuela Rosa',
  message: 'Por la justicia, siempre',
});
const mineElsewhere = await paidGift('/ar/iraqi-minorities-network/warmth-for-displaced-families', {
  currency: 'USD',
  amount: '2500',
});
const theirs = await paidGift(
  '/en/mpm/voix-aux-nations-unies',
  { currency: 'CHF', amount: '7000', message: 'From Omar with love' },
  OTHER,
);
// Receipts are issued (numbered) and land in the local outbox, as under `npm start`.
await deliverOutbox(db, start);

describe('the donor link', () => {
  it('answers the same for a known and an unknown address, and emails only the donor', async () => {
    const known = await app.request('/es/donor', formPost({ email: DONOR.email }));
    const unknown = await app.request('/es/donor', formPost({ email: 'nadie@example.org' }));
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(200);
    expect(await known.text()).toBe(await unknown.text());
    expect(known.headers.get('cache-control')).toBe('private, no-store');
    await deliverOutbox(db, now);
    const links = await donorLinksSentTo(db, DONOR.email);
    expect(links).toHaveLength(1);
    expect(links[0]?.locale).toBe('es');
    expect(links[0]?.mail.subject).toBe('Su enlace a sus donativos');
    expect(links[0]?.mail.html).toContain('lang="es"');
    expect((await listDevEmails(db)).filter((m) => m.to === 'nadie@example.org')).toEqual([]);
  });

  it('refuses a badly typed address with a localised message, and stores nothing', async () => {
    const bad = await app.request('/ar/donor', formPost({ email: 'not an address' }));
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('اكتب عنوانًا كاملًا');
  });

  it('survives a mail scanner, opens a session on the POST once, and refuses it reused', async () => {
    const [link] = await donorLinksSentTo(db, DONOR.email);
    const scanned = await app.request(`/es/donor/link/${link?.token}`);
    expect(scanned.status).toBe(200);
    expect(scanned.headers.get('set-cookie')).toBeNull();
    expect(await scanned.text()).toContain('Abrir mi espacio de donante');

    const redeemed = await app.request(`/es/donor/link/${link?.token}`, formPost({}));
    expect(redeemed.status).toBe(303);
    expect(redeemed.headers.get('location')).toBe('/es/donor/gifts');
    const setCookie = redeemed.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^__Host-haven-donor=/);
    for (const attribute of [/; Secure/, /; HttpOnly/, /; SameSite=Lax/, /; Path=\//]) {
      expect(setCookie).toMatch(attribute);
    }
    expect(setCookie).not.toMatch(/Domain=/);
    expect(setCookie).not.toContain(link?.token ?? '?');

    const again = await app.request(`/es/donor/link/${link?.token}`, formPost({}));
    expect(again.status).toBe(410);
    expect(again.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a forged link and an expired one', async () => {
    const forged = await app.request(`/en/donor/link/${'A'.repeat(43)}`, formPost({}));
    expect(forged.status).toBe(410);
    expect(donorCookieOf(forged)).toBeUndefined();

    await app.request('/en/donor', formPost({ email: DONOR.email }));
    await deliverOutbox(db, now);
    const [fresh] = await donorLinksSentTo(db, DONOR.email);
    now = new Date(start.getTime() + DONOR_LINK_TTL_MS + 1000);
    try {
      const late = await app.request(`/en/donor/link/${fresh?.token}`, formPost({}));
      expect(late.status).toBe(410);
      expect(donorCookieOf(late)).toBeUndefined();
    } finally {
      now = start;
    }
  });

  it('sends no link once an address asked five times in a quarter hour', async () => {
    const address = 'Omar.Haddad@Example.net';
    for (let i = 0; i < 7; i++) {
      expect((await app.request('/en/donor', formPost({ email: address }))).status).toBe(200);
    }
    await deliverOutbox(db, now);
    expect(await donorLinksSentTo(db, OTHER.email)).toHaveLength(5);
  });

  it('refuses one client asking for many addresses', async () => {
    const from = { 'x-forwarded-for': '203.0.113.9' };
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      const post = formPost({ email: `someone${i}@example.org` });
      const response = await app.request('/fr/donor', {
        ...post,
        headers: { ...post.headers, ...from },
      });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 20).every((status) => status === 200)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
  });
});

// Each part of this file asks for links as a person would, a quarter hour (one rate window) apart.
const quarterHoursLater = (n: number) => new Date(start.getTime() + n * 15 * 60_000);

describe('the donor space', () => {
  beforeAll(() => {
    now = quarterHoursLater(2);
  });

  it('shows a donor their own gifts in every organisation, and nobody else’s', async () => {
    const me = await openDonorSpace(app, db, DONOR.email, now, 'es');
    const page = await app.request('/es/donor/gifts', { headers: { cookie: me.cookie } });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('private, no-store');
    const html = await page.text();
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(html).toContain('lang="es"');
    expect(html).toContain(`/es/donor/gifts/${mine}/receipts/MPM-2026-`);
    expect(html).toContain(`/es/donor/gifts/${mineElsewhere}/receipts/`);
    expect(html).not.toContain(theirs);
  });

  it('without a session, sends a GET to the request form and refuses a POST', async () => {
    const page = await app.request('/es/donor/gifts');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/es/donor');
    const erase = await app.request('/es/donor/erase', formPost({ confirm: 'yes' }));
    expect(erase.status).toBe(401);
  });

  it('renders a receipt as printable HTML with the emailed receipt’s content', async () => {
    const me = await openDonorSpace(app, db, DONOR.email, now, 'es');
    const list = await (
      await app.request('/es/donor/gifts', { headers: { cookie: me.cookie } })
    ).text();
    const href = new RegExp(`/es/donor/gifts/${mine}/receipts/[A-Z0-9-]+`).exec(list)?.[0] ?? '';
    const receipt = await app.request(href, { headers: { cookie: me.cookie } });
    expect(receipt.status).toBe(200);
    const html = await receipt.text();
    const emailed = (await listDevEmails(db)).find((m) => m.id === `receipt_${mine}`);
    const number = /MPM-2026-\d{6}/.exec(emailed?.subject ?? '')?.[0] ?? '?';
    for (const fact of [
      number,
      DONOR.name,
      'Abuela Rosa',
      'Por la justicia, siempre',
      'Recibo de donación',
    ]) {
      expect(emailed?.html).toContain(fact);
      expect(html).toContain(fact);
    }
    // Someone else's gift, even with its real receipt number, is not found.
    const other = await app.request(href.replace(mine, theirs), { headers: { cookie: me.cookie } });
    expect(other.status).toBe(404);
  });

  it('saves which organisations and campaigns may email, keyed by the address’s key', async () => {
    const me = await openDonorSpace(app, db, DONOR.email, now);
    const saved = await app.request(
      '/en/donor/emails',
      formPost({ _csrf: me.csrf, org: ['iraqi-minorities-network'], campaign: [] }, me.cookie),
    );
    expect(saved.status).toBe(200);
    const mpm = await findEmailOptOut(db, emailKey(DONOR.email), 'mpm');
    expect(mpm?.wholeOrganisation).toBe(true);
    expect(mayEmail(mpm, 'voix-aux-nations-unies')).toBe(false);
    const iraqi = await findEmailOptOut(db, emailKey(DONOR.email), 'iraqi-minorities-network');
    expect(mayEmail(iraqi)).toBe(true);
    expect(mayEmail(iraqi, 'warmth-for-displaced-families')).toBe(false);
    const page = await saved.text();
    expect(page).toContain('Your choices are saved.');

    const forged = await app.request(
      '/en/donor/emails',
      formPost({ _csrf: 'not-the-token', org: ['mpm'] }, me.cookie),
    );
    expect(forged.status).toBe(403);
    expect((await findEmailOptOut(db, emailKey(DONOR.email), 'mpm'))?.wholeOrganisation).toBe(true);
  });

  it('gives a copy of the donor’s data: every item of theirs, nothing of anyone else’s', async () => {
    const me = await openDonorSpace(app, db, DONOR.email, now);
    const response = await app.request('/en/donor/data', { headers: { cookie: me.cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const text = await response.text();
    const copy = z
      .object({
        gifts: z.array(z.array(z.record(z.string(), z.unknown()))),
        kept: z.array(z.record(z.string(), z.unknown())),
      })
      .parse(JSON.parse(text));
    const pks = copy.gifts.flat().map((item) => item.pk);
    expect(pks).toEqual(expect.arrayContaining([`PLEDGE#${mine}`, `PLEDGE#${mineElsewhere}`]));
    expect(copy.gifts.flat().filter((item) => item.type === 'payment')).toHaveLength(2);
    expect(copy.kept.map((item) => item.type)).toContain('email_opt_out');
    expect(text).toContain(DONOR.name);
    expect(text).toContain('Abuela Rosa');
    for (const foreign of [theirs, OTHER.email, OTHER.name, 'From Omar with love']) {
      expect(text).not.toContain(foreign);
    }
  });
});

describe('erasure', () => {
  beforeAll(() => {
    now = quarterHoursLater(4);
  });

  it('leaves the totals as they were and no personal data anywhere in the table', async () => {
    const before = [
      await totalsOf('mpm', 'voix-aux-nations-unies'),
      await totalsOf('iraqi-minorities-network', 'warmth-for-displaced-families'),
    ];
    const me = await openDonorSpace(app, db, DONOR.email, now, 'es');
    const unconfirmed = await app.request(
      '/es/donor/erase',
      formPost({ _csrf: me.csrf }, me.cookie),
    );
    expect(unconfirmed.status).toBe(422);
    const erased = await app.request(
      '/es/donor/erase',
      formPost({ _csrf: me.csrf, confirm: 'yes' }, me.cookie),
    );
    expect(erased.status).toBe(200);
    expect(await erased.text()).toContain('Sus datos personales están suprimidos');

    expect([
      await totalsOf('mpm', 'voix-aux-nations-unies'),
      await totalsOf('iraqi-minorities-network', 'warmth-for-displaced-families'),
    ]).toEqual(before);

    // Every attribute of every item, case aside: the one place a Scan is right.
    const items = await allItems(db);
    const personal = [
      DONOR.email,
      DONOR.name,
      'Jeanne',
      'Dupont',
      'Abuela Rosa',
      'Por la justicia',
    ];
    const leaks = items.filter((item) => {
      const flat = JSON.stringify(item).toLowerCase();
      return personal.some((value) => flat.includes(value.toLowerCase()));
    });
    expect(leaks.map((item) => `${item.pk} ${item.sk}`)).toEqual([]);
    // The other donor's data is untouched.
    expect(items.some((item) => item.donorEmail === OTHER.email)).toBe(true);
    // The erasure is recorded: when, and the key alone.
    const records = items.filter((item) => item.type === 'erasure');
    expect(records).toEqual([
      expect.objectContaining({ emailKey: emailKey(DONOR.email), erasedAt: now.toISOString() }),
    ]);
    expect(Object.keys(records[0] ?? {}).sort()).toEqual([
      'emailKey',
      'erasedAt',
      'pk',
      'sk',
      'type',
    ]);

    // The session that asked is over, and the address finds nothing any more.
    expect((await app.request('/es/donor/gifts', { headers: { cookie: me.cookie } })).status).toBe(
      303,
    );
    await app.request('/es/donor', formPost({ email: DONOR.email }));
    await deliverOutbox(db, now);
    expect(await donorLinksSentTo(db, DONOR.email)).toEqual([]);
  });

  it('keeps an issued receipt reproducible, with the erased fields marked as such', async () => {
    const finance = await signIn(app, db, 'finance@mpm.example.org', now);
    const wrong = await app.request(`/staff/receipts/${mine}/MPM-2026-999999`, {
      headers: { cookie: finance.cookie },
    });
    expect(wrong.status).toBe(404);
    const number = await receiptNumberOf(mine);
    const receipt = await app.request(`/staff/receipts/${mine}/${number}`, {
      headers: { cookie: finance.cookie },
    });
    expect(receipt.status).toBe(200);
    const html = await receipt.text();
    expect(html).toContain(number);
    expect(html).toContain('lang="es"');
    expect(html.match(/suprimido a petición del donante/g)).toHaveLength(3);
    const org = await findOrganisation(db, 'mpm');
    expect(html).toContain(
      formatMoney({ amount: 5000, currency: 'CHF' }, intlLocale('es', org?.country)),
    );
    expect(html).not.toContain(DONOR.name);
    expect(html).not.toContain('Abuela Rosa');
  });
});

async function receiptNumberOf(pledgeId: string): Promise<string> {
  const payment = await findPayment(db, pledgeId);
  if (!payment?.receiptNumber) throw new Error(`no receipt number for ${pledgeId}`);
  return payment.receiptNumber;
}
