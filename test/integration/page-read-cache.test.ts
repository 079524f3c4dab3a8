import { formatMoney, intlLocale, progress } from '@haven/core';
import { findCampaign, keys } from '@haven/db';
import { createApp } from '@haven/web';
import { describe, expect, it } from 'vitest';
import { PUBLIC_URL } from '../support/app';
import { createTestDb } from '../support/db';
import { updateItem } from '../support/raw-table';

const db = await createTestDb();
let clock = new Date('2026-11-25T12:00:00Z');
// As functions/http.ts serves pages: what changes rarely kept 30 s by a warm container.
const app = createApp({ db, publicUrl: PUBLIC_URL, now: () => clock, publicReadTtlMs: 30_000 });
const page = '/en/mpm/voix-aux-nations-unies';
const html = async () => (await app.request(page)).text();
/** The amount raised as the page writes it, from the table as it is now. */
const raisedShown = async () => {
  const campaign = await findCampaign(db, 'mpm', 'voix-aux-nations-unies');
  if (!campaign) throw new Error('no campaign');
  // Escaped as the page's HTML writes it: en-CH groups thousands with an apostrophe.
  return formatMoney(progress(campaign).raised, intlLocale('en', 'CH')).replaceAll("'", '&#39;');
};

describe('a warm page function', () => {
  it('keeps the organisation for 30 s but reads the campaign and its totals on every request', async () => {
    const first = await html();
    expect(first).toContain('Minorities and Peoples of the World');
    const shownFirst = await raisedShown();
    expect(first).toContain(shownFirst);
    // Another function (the staff pages, a webhook) changes the table meanwhile.
    await updateItem(db, keys.org('mpm'), {
      expression: 'SET #name.#en = :renamed',
      names: { '#name': 'name', '#en': 'en' },
      values: { ':renamed': 'MPM Geneva' },
    });
    await updateItem(db, keys.campaignTotals('mpm', 'voix-aux-nations-unies', 0), {
      expression: 'ADD raised_CHF :gift',
      values: { ':gift': 123_400 },
    });
    const shown = await raisedShown();
    expect(shown).not.toBe(shownFirst);

    clock = new Date(clock.getTime() + 29_000);
    const warm = await html();
    expect(warm).toContain('Minorities and Peoples of the World');
    expect(warm).not.toContain('MPM Geneva');
    expect(warm).toContain(shown);

    clock = new Date(clock.getTime() + 2_000);
    const later = await html();
    expect(later).toContain('MPM Geneva');
    expect(later).not.toContain('Minorities and Peoples of the World');
  });
});
