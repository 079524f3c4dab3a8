import { formatMoney, type GiftSeries, giftsOverTime } from '@haven/core';
import { describe, expect, it } from 'vitest';
import { GiftsChart } from './gifts-chart';

const period = { from: '2026-11-01T00:00:00.000Z', to: '2026-11-05T00:00:00.000Z' };
const gifts = [
  { paidAt: '2026-11-02T09:00:00.000Z', currency: 'CHF', gift: 2_000 },
  { paidAt: '2026-11-02T18:00:00.000Z', currency: 'CHF', gift: 2_000 },
  { paidAt: '2026-11-04T12:00:00.000Z', currency: 'CHF', gift: 1_000 },
  { paidAt: '2026-11-04T12:00:00.000Z', currency: 'KWD', gift: 12_500 },
];
const [kwd, chf] = giftsOverTime(gifts, period);

const render = (series: GiftSeries | undefined, locale: 'en' | 'fr' | 'ar', intl: string) => {
  if (!series) throw new Error('no series');
  return String(<GiftsChart series={series} locale={locale} intlLocale={intl} />);
};
const bars = (svg: string) =>
  [
    ...svg.matchAll(
      /<rect data-date="([\d-]+)" x="([\d.]+)" y="[\d.]+" width="[\d.]+" height="([\d.]+)"/g,
    ),
  ].map(([, date, x, height]) => ({ date, x: Number(x), height: Number(height) }));

describe('the gifts chart', () => {
  it('draws one bar per day with gifts, heights proportional to the amounts', () => {
    const svg = render(chf, 'en', 'en-CH');
    const drawn = bars(svg);
    expect(drawn.map((bar) => bar.date)).toEqual(['2026-11-02', '2026-11-04']);
    const [big, small] = drawn;
    expect(big?.height).toBeGreaterThan(0);
    expect((small?.height ?? 0) / (big?.height ?? 1)).toBeCloseTo(1_000 / 4_000, 2);
    expect(small?.x ?? 0).toBeGreaterThan(big?.x ?? 0);
  });

  it('is an accessible image with a title, a description and the figures as a table', () => {
    const svg = render(chf, 'en', 'en-CH');
    expect(svg).toContain('<svg role="img" aria-labelledby="gifts-chf-title gifts-chf-desc"');
    expect(svg).toContain('<title id="gifts-chf-title">Gifts per day in CHF</title>');
    expect(svg).toContain(`Best day: ${formatMoney({ amount: 4_000, currency: 'CHF' }, 'en-CH')}`);
    expect(svg).toMatch(
      /<table>.*<th scope="row"><time datetime="2026-11-02">2 November 2026<\/time><\/th>/s,
    );
    expect(svg).toContain('2 gifts');
    expect(svg).not.toContain('<script');
  });

  it('keeps each currency apart and formats in the reader’s locale', () => {
    const french = render(kwd, 'fr', 'fr-CH');
    expect(french).toContain('Dons par jour en KWD');
    expect(french).toContain(formatMoney({ amount: 12_500, currency: 'KWD' }, 'fr-CH'));
    expect(bars(french)).toHaveLength(1);
    expect(french).not.toContain(formatMoney({ amount: 5_000, currency: 'CHF' }, 'fr-CH'));
  });

  it('runs right to left in Arabic, with Arabic-Indic digits where the region uses them', () => {
    const arabic = render(chf, 'ar', 'ar-IQ');
    expect(arabic).toContain('<figure class="gifts-chart" dir="rtl">');
    const [earlier, later] = bars(arabic);
    expect(later?.x ?? Infinity).toBeLessThan(earlier?.x ?? 0);
    expect(arabic).toContain('التبرعات اليومية بعملة CHF');
    expect(arabic).toMatch(/[٠-٩]/);
  });

  it('says so when nothing came in', () => {
    const empty = {
      currency: 'EUR',
      total: 0,
      days: [{ date: '2026-11-01', amount: 0, count: 0 }],
    };
    const svg = render(empty, 'en', 'en');
    expect(bars(svg)).toHaveLength(0);
    expect(svg).toContain('No gifts in this period.');
  });
});
