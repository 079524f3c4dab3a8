import { describe, expect, it } from 'vitest';
import { ConflictError, ValidationError } from '../errors';
import type { CampaignDraft } from './content';
import { checkPublishable, planClose, planPublish, planPublishedEdit } from './publish';
import { translationStatus } from './translation';

const fr = { title: 'Voix', summary: 'Résumé', story: '# Histoire', coverAlt: 'Une salle' };
const draft: CampaignDraft = {
  orgSlug: 'mpm',
  slug: 'voix-2027',
  status: 'draft',
  version: 3,
  defaultLocale: 'fr',
  text: { fr, es: { title: 'Voces' } },
  goal: { amount: 500_000, currency: 'CHF' },
  currencies: ['CHF', 'EUR'],
  suggestedAmounts: { CHF: [2_000, 5_000], EUR: [2_500] },
  startsAt: '2027-01-01T00:00:00.000Z',
  endsAt: '2027-03-01T00:00:00.000Z',
  coverImage: '/media/covers/mpm/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.jpg',
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
};
const now = new Date('2026-12-02T00:00:00.000Z');
const codes = (content: CampaignDraft, at = now) => {
  const checked = checkPublishable(content, at);
  return checked.ok ? [] : checked.issues.map((issue) => issue.code);
};

describe('translation status', () => {
  it('says which languages are complete, incomplete (with the fields left) or missing', () => {
    const status = translationStatus(draft);
    expect(status.find((s) => s.locale === 'fr')).toEqual({
      locale: 'fr',
      state: 'complete',
      fields: [],
    });
    expect(status.find((s) => s.locale === 'es')).toEqual({
      locale: 'es',
      state: 'incomplete',
      fields: ['summary', 'story', 'coverAlt'],
    });
    expect(status.find((s) => s.locale === 'ar')?.state).toBe('missing');
  });
});

describe('publishing', () => {
  it('opens the campaign in its complete languages only, with no gifts yet', () => {
    const campaign = planPublish(draft, now);
    expect(campaign).toMatchObject({ status: 'open', locales: ['fr'], totals: {}, supporters: 0 });
    expect(Object.keys(campaign.text)).toEqual(['fr']);
  });

  it('requires the default language complete', () => {
    expect(codes({ ...draft, defaultLocale: 'es' })).toEqual(['default_locale_incomplete']);
  });

  it('requires a goal in an accepted currency, on Stripe’s step for three-decimal ones', () => {
    expect(codes({ ...draft, goal: undefined })).toEqual(['goal_missing']);
    expect(codes({ ...draft, goal: { amount: 100, currency: 'USD' } })).toEqual([
      'goal_currency_not_accepted',
    ]);
    const kwd = { ...draft, currencies: ['KWD'], suggestedAmounts: { KWD: [5_000] } };
    expect(codes({ ...kwd, goal: { amount: 100_005, currency: 'KWD' } })).toEqual(['goal_step']);
    expect(codes({ ...kwd, goal: { amount: 100_000, currency: 'KWD' } })).toEqual([]);
  });

  it('refuses suggested amounts a supporter could not give', () => {
    expect(codes({ ...draft, currencies: [] })).toContain('currencies_missing');
    expect(codes({ ...draft, suggestedAmounts: { USD: [1_000] } })).toEqual([
      'suggested_currency_not_accepted',
    ]);
    expect(codes({ ...draft, suggestedAmounts: { CHF: [10] } })).toEqual([
      'suggested_amount_invalid',
    ]);
    const kwd = { ...draft, currencies: ['CHF', 'KWD'], suggestedAmounts: { KWD: [5_005] } };
    expect(codes(kwd)).toEqual(['suggested_amount_invalid']);
  });

  it('requires a start, an end after it and not already past, and a cover', () => {
    expect(codes({ ...draft, startsAt: undefined, coverImage: undefined })).toEqual([
      'starts_missing',
      'cover_missing',
    ]);
    expect(codes({ ...draft, endsAt: '2026-12-31T00:00:00.000Z' })).toEqual(['ends_before_start']);
    expect(codes(draft, new Date('2027-03-02T00:00:00.000Z'))).toEqual(['ends_in_past']);
  });

  it('throws a ValidationError naming each problem', () => {
    expect(() => planPublish({ ...draft, goal: undefined }, now)).toThrow(ValidationError);
  });
});

describe('a published campaign', () => {
  const campaign = planPublish(draft, now);

  it('keeps its slug: an edit that changes it is refused', () => {
    expect(() => planPublishedEdit(campaign, { ...draft, slug: 'autre' })).toThrow(ValidationError);
  });

  it('takes edits that keep it complete, and offers a language once it is complete', () => {
    const es = { title: 'Voces', summary: 'Resumen', story: 'Historia', coverAlt: 'Una sala' };
    const edited = planPublishedEdit(campaign, { ...draft, text: { ...draft.text, es } });
    expect(edited.locales).toEqual(['fr', 'es']);
    expect(() => planPublishedEdit(campaign, { ...draft, text: { es } })).toThrow(ValidationError);
  });

  it('closes once, and only when open', () => {
    expect(planClose(campaign)).toBe('closed');
    expect(() => planClose({ ...campaign, status: 'closed' })).toThrow(ConflictError);
    expect(() => planClose({ ...campaign, status: 'draft' })).toThrow(ConflictError);
  });
});
