import { type BookedPayment, bookPayment } from '@haven/core';
import { bookLedgerEntry, listAccountOverrides, listAudit } from '@haven/db';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../support/app';
import { csvOf } from '../support/csv-download';
import { createTestDb } from '../support/db';
import { formPost, signIn } from '../support/staff';

const db = await createTestDb();
const now = new Date('2026-11-25T12:00:00Z');
const app = createTestApp(db, now);
const finance = await signIn(app, db, 'finance@mpm.example.org', now);
const owner = await signIn(app, db, 'owner@mpm.example.org', now);
const viewer = await signIn(app, db, 'viewer@mpm.example.org', now);
const fundraiser = await signIn(app, db, 'fundraiser@mpm.example.org', now);
const elsewhere = await signIn(app, db, 'finance@wmpa.example.org', now);
const arabic = await signIn(app, db, 'finance@iraqi-minorities-network.example.org', now);

const gift = (orgSlug: string, i: number): BookedPayment => ({
  orgSlug,
  pledgeId: `pl_${orgSlug}_${i}`,
  campaignSlug: 'voix-aux-nations-unies',
  currency: 'CHF',
  gift: 5_000,
  feeCover: 0,
  gross: 5_000,
  fee: 175,
  net: 4_825,
  settlementCurrency: 'CHF',
  paidAt: `2026-03-0${i}T10:00:00.000Z`,
  chargeId: `ch_${orgSlug}_${i}`,
  paymentIntentId: `pi_${orgSlug}_${i}`,
});
await bookLedgerEntry(db, bookPayment(gift('mpm', 1)));
await bookLedgerEntry(db, bookPayment(gift('wmpa', 2)));
await bookLedgerEntry(db, bookPayment(gift('iraqi-minorities-network', 3)));

type Session = { cookie: string; csrf: string };
const rename = (session: Session, fields: Record<string, string>) =>
  app.request(
    '/staff/finance/accounts',
    formPost({ _csrf: session.csrf, ...fields }, session.cookie),
  );
const get = async (session: Session, path: string) =>
  app.request(path, { headers: { cookie: session.cookie } });
const journal = async (session: Session) =>
  csvOf(
    await app.request(
      '/staff/finance/exports',
      formPost(
        { _csrf: session.csrf, kind: 'journal', from: '2026-03-01', to: '2026-03-31' },
        session.cookie,
      ),
    ),
  );
const MARCH = '/staff/ledger?from=2026-03-01&to=2026-04-01';

describe('renaming the chart of accounts', () => {
  it('shows the defaults in the member’s language until finance renames an account', async () => {
    const page = await (await get(finance, '/staff/finance/accounts')).text();
    expect(page).toContain('value="Produits des dons"');
    expect(page).toContain('value="4000"');
    expect((await get(finance, MARCH)).status).toBe(200);
    expect(await (await get(finance, MARCH)).text()).toContain('4000 Produits des dons');
  });

  it('renames one account, which the ledger page and the journal export then show, and audits it', async () => {
    // The whole form as the page fills it, with one account changed.
    const saved = await rename(finance, {
      number_donation_income: '7010',
      name_donation_income: 'Dons reçus – campagnes',
      number_bank: '1000',
      name_bank: 'Banque',
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/staff/finance/accounts?done=saved');
    // Only the changed account is the organisation's own: the bank keeps its names per language.
    expect(await listAccountOverrides(db, { orgSlug: 'mpm' })).toEqual([
      { code: 'donation_income', number: '7010', name: 'Dons reçus – campagnes' },
    ]);

    expect(await (await get(finance, MARCH)).text()).toContain('7010 Dons reçus – campagnes');
    expect(await (await get(owner, MARCH)).text()).toContain('7010 Dons reçus – campagnes');

    const rows = await journal(finance);
    expect(rows.find((row) => row.account_code === 'donation_income')).toMatchObject({
      account_number: '7010',
      account_name: 'Dons reçus – campagnes',
    });
    expect(rows.find((row) => row.account_code === 'stripe_balance')?.account_name).toBe(
      'Solde Stripe',
    );

    const entry = (await listAudit(db, { orgSlug: 'mpm', memberId: 'any', role: 'owner' })).find(
      (e) => e.action === 'finance.account_renamed',
    );
    expect(entry).toMatchObject({
      subject: 'donation_income',
      after: { number: '7010', name: 'Dons reçus – campagnes' },
    });
  });

  it('keeps the default names in each reader’s language for the accounts not renamed', async () => {
    expect(
      (
        await rename(arabic, {
          number_stripe_balance: '1105',
          name_stripe_balance: 'Stripe – حساب التبرعات',
        })
      ).status,
    ).toBe(303);
    const page = await (await get(arabic, MARCH)).text();
    expect(page).toContain('lang="ar" dir="rtl"');
    expect(page).toContain('1105 Stripe – حساب التبرعات');
    expect(page).toContain('4000 إيرادات التبرعات');
    // English for a member who reads English, in another organisation: defaults throughout.
    expect(await (await get(elsewhere, MARCH)).text()).toContain('1100 Stripe balance');
  });

  it('leaves another organisation’s chart as it was', async () => {
    const theirs = await journal(elsewhere);
    const income = theirs.find((row) => row.account_code === 'donation_income');
    expect(income?.account_number).toBe('4000');
    expect(await (await get(elsewhere, '/staff/finance/accounts')).text()).not.toContain('7010');
  });

  it('refuses a name too long or an empty number with a localised message, changing nothing', async () => {
    const tooLong = await rename(finance, {
      number_refunds: '4900',
      name_refunds: 'R'.repeat(81),
      number_donation_income: '7011',
      name_donation_income: 'Autre nom',
    });
    expect(tooLong.status).toBe(422);
    expect(await tooLong.text()).toContain('Chaque nom doit compter au plus 80 caractères');
    const noNumber = await rename(finance, { number_bank: '', name_bank: 'Compte postal' });
    expect(noNumber.status).toBe(422);
    expect(await listAccountOverrides(db, { orgSlug: 'mpm' })).toEqual([
      { code: 'donation_income', number: '7010', name: 'Dons reçus – campagnes' },
    ]);
  });

  it('brings the default names back for an empty name', async () => {
    expect(
      (await rename(finance, { number_donation_income: '7010', name_donation_income: '' })).status,
    ).toBe(303);
    expect(await listAccountOverrides(db, { orgSlug: 'mpm' })).toEqual([]);
    expect(await (await get(owner, MARCH)).text()).toContain('4000 Produits des dons');
  });

  it('is for owners and finance to rename; viewers and fundraisers may not', async () => {
    expect((await rename(viewer, { number_bank: '1', name_bank: 'X' })).status).toBe(403);
    expect((await rename(fundraiser, { number_bank: '1', name_bank: 'X' })).status).toBe(403);
    expect((await rename(owner, { number_bank: '1010', name_bank: 'Bank account' })).status).toBe(
      303,
    );
    expect(await listAccountOverrides(db, { orgSlug: 'mpm' })).toEqual([
      { code: 'bank', number: '1010', name: 'Bank account' },
    ]);
  });
});
