import { checkPublishable } from '@haven/core';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { type CampaignFormResult, parseCampaignForm } from './campaign-editor-form';

/** The editor's form posted as a browser posts it, read as the staff route will read it. */
const app = new Hono().post('/edit/:locale', async (c) =>
  c.json(parseCampaignForm(await c.req.parseBody({ all: true }), c.req.param('locale'))),
);
const post = async (fields: [string, string][], locale = 'fr-CH') => {
  const response = await app.request(`/edit/${locale}`, {
    method: 'POST',
    body: new URLSearchParams(fields),
  });
  const result: CampaignFormResult = await response.json();
  return result;
};

const full: [string, string][] = [
  ['slug', 'ecoles-2027'],
  ['defaultLocale', 'fr'],
  ['title.fr', ' Écoles '],
  ['summary.fr', 'Des classes'],
  ['story.fr', '# Histoire'],
  ['coverAlt.fr', 'Une classe'],
  ['title.es', 'Escuelas'],
  ['goalAmount', '10 000,50'],
  ['goalCurrency', 'chf'],
  ['currencies', 'CHF'],
  ['currencies', 'KWD'],
  ['suggested.CHF', '20 50,50 100'],
  ['suggested.KWD', '5,25'],
  ['startsOn', '2027-01-01'],
  ['endsOn', '2027-03-31'],
  ['coverImage', '/media/covers/mpm/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.jpg'],
];

describe('the campaign editor form', () => {
  it('turns what a fundraiser typed into the campaign, amounts in minor units', async () => {
    const withoutGoal = full.filter(([name]) => name !== 'goalAmount');
    const result = await post([...withoutGoal, ['goalAmount', '10000.50']]);
    expect(result).toEqual({
      ok: true,
      content: {
        slug: 'ecoles-2027',
        defaultLocale: 'fr',
        text: {
          fr: {
            title: 'Écoles',
            summary: 'Des classes',
            story: '# Histoire',
            coverAlt: 'Une classe',
          },
          es: { title: 'Escuelas' },
        },
        goal: { amount: 1_000_050, currency: 'CHF' },
        currencies: ['CHF', 'KWD'],
        suggestedAmounts: { CHF: [2_000, 5_050, 10_000], KWD: [5_250] },
        startsAt: '2027-01-01T00:00:00.000Z',
        endsAt: '2027-04-01T00:00:00.000Z',
        coverImage: '/media/covers/mpm/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.jpg',
      },
    });
    if (result.ok) expect(checkPublishable(result.content).ok).toBe(true);
  });

  it('keeps a draft that has only a slug and a language', async () => {
    const result = await post([
      ['slug', 'ecoles-2027'],
      ['defaultLocale', 'ar'],
      ['title.ar', 'مدارس'],
    ]);
    expect(result).toMatchObject({ ok: true, content: { text: { ar: { title: 'مدارس' } } } });
  });

  it('reads Arabic-Indic digits in an Arabic editor', async () => {
    const result = await post(
      [
        ['slug', 'dafa'],
        ['defaultLocale', 'ar'],
        ['goalAmount', '٢٠٠٠٠'],
        ['goalCurrency', 'USD'],
      ],
      'ar-IQ',
    );
    expect(result).toMatchObject({ ok: true, content: { goal: { amount: 2_000_000 } } });
  });

  it('names each field that is wrong, and only those', async () => {
    const result = await post([
      ['slug', 'Not A Slug'],
      ['defaultLocale', 'de'],
      ['title.fr', 'x'.repeat(141)],
      ['goalAmount', 'beaucoup'],
      ['goalCurrency', 'CHF'],
      ['currencies', 'CHF'],
      ['currencies', 'KWD'],
      ['suggested.KWD', '5,2555'],
      ['startsOn', '2027-02-30'],
      ['coverImage', 'https://evil.example/x.svg'],
    ]);
    expect(result).toEqual({
      ok: false,
      errors: {
        slug: 'slug_invalid',
        defaultLocale: 'invalid',
        'title.fr': 'too_long',
        goalAmount: 'amount_invalid',
        'suggested.KWD': 'amount_invalid',
        startsOn: 'date_invalid',
        coverImage: 'invalid',
      },
    });
  });

  it('refuses a three-decimal amount off Stripe’s step', async () => {
    const result = await post(
      [
        ['slug', 'dafa'],
        ['defaultLocale', 'ar'],
        ['currencies', 'KWD'],
        ['suggested.KWD', '5.255'],
      ],
      'en',
    );
    expect(result).toEqual({ ok: false, errors: { 'suggested.KWD': 'amount_step' } });
  });

  it('asks for the slug and the default language', async () => {
    expect(await post([])).toEqual({
      ok: false,
      errors: { slug: 'required', defaultLocale: 'required' },
    });
  });
});
