import { formatMoney, type GiftSeries, type Locale, textDirection } from '@haven/core';
import { pluralize } from '../i18n/plural';
import { chartMessages } from './chart-messages';

/** The drawing's own coordinates; the SVG scales to its container's width. */
export const CHART = { width: 640, height: 220, top: 16, bottom: 28, side: 8 } as const;

const dayLabel = (date: string, intlLocale: string, style: 'short' | 'long') =>
  new Intl.DateTimeFormat(intlLocale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: style === 'short' ? 'short' : 'long',
    ...(style === 'long' ? { year: 'numeric' } : {}),
  }).format(new Date(`${date}T00:00:00.000Z`));

type GiftsChartProps = { series: GiftSeries; locale: Locale; intlLocale: string };

/**
 * One currency's gifts per day as a bar chart drawn on the server: an SVG with no script,
 * named for screen readers (role="img", title, desc), and the same figures as a table beside
 * it. In a right-to-left language time runs right to left. Amounts are formatted in the
 * reader's locale and never added across currencies: each currency has its own chart.
 */
export function GiftsChart({ series, locale, intlLocale }: GiftsChartProps) {
  const t = chartMessages(locale);
  const rtl = textDirection(locale) === 'rtl';
  const id = `gifts-${series.currency.toLowerCase()}`;
  const money = (amount: number) => formatMoney({ amount, currency: series.currency }, intlLocale);
  const days = series.days;
  const first = days[0]?.date ?? '';
  const last = days.at(-1)?.date ?? '';
  const max = Math.max(0, ...days.map((day) => day.amount));
  const best = days.find((day) => day.amount === max && max > 0);
  const plotHeight = CHART.height - CHART.top - CHART.bottom;
  const slot = (CHART.width - 2 * CHART.side) / Math.max(1, days.length);
  const barWidth = Math.max(1, slot * 0.8);
  const x = (index: number) =>
    rtl
      ? CHART.width - CHART.side - (index + 1) * slot + (slot - barWidth) / 2
      : CHART.side + index * slot + (slot - barWidth) / 2;
  const baseline = CHART.top + plotHeight;
  const summary = [
    t.summary(
      money(series.total),
      dayLabel(first, intlLocale, 'long'),
      dayLabel(last, intlLocale, 'long'),
    ),
    best ? t.best(money(best.amount), dayLabel(best.date, intlLocale, 'long')) : t.none,
  ].join(' ');
  return (
    <figure class="gifts-chart" dir={rtl ? 'rtl' : 'ltr'}>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        width="100%"
        preserveAspectRatio="xMidYMid meet"
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id={`${id}-title`}>{t.title(series.currency)}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <line
          class="axis"
          x1={CHART.side}
          x2={CHART.width - CHART.side}
          y1={baseline}
          y2={baseline}
          stroke="currentColor"
        />
        <g class="bars" fill="currentColor">
          {days.map((day, index) =>
            day.amount > 0 ? (
              <rect
                data-date={day.date}
                x={round(x(index))}
                y={round(baseline - (day.amount / max) * plotHeight)}
                width={round(barWidth)}
                height={round((day.amount / max) * plotHeight)}
              >
                <title>{`${dayLabel(day.date, intlLocale, 'long')}: ${money(day.amount)} (${pluralize(t.gifts, day.count, intlLocale)})`}</title>
              </rect>
            ) : null,
          )}
        </g>
        <g class="labels" font-size="12" fill="currentColor">
          <text
            x={rtl ? CHART.width - CHART.side : CHART.side}
            y={CHART.height - 8}
            text-anchor="start"
            direction={rtl ? 'rtl' : 'ltr'}
          >
            {dayLabel(first, intlLocale, 'short')}
          </text>
          <text
            x={rtl ? CHART.side : CHART.width - CHART.side}
            y={CHART.height - 8}
            text-anchor="end"
            direction={rtl ? 'rtl' : 'ltr'}
          >
            {dayLabel(last, intlLocale, 'short')}
          </text>
          {max > 0 && (
            <text
              x={rtl ? CHART.width - CHART.side : CHART.side}
              y={CHART.top - 4}
              text-anchor="start"
              direction={rtl ? 'rtl' : 'ltr'}
            >
              {money(max)}
            </text>
          )}
        </g>
      </svg>
      <figcaption>{summary}</figcaption>
      <details>
        <summary>{t.showTable}</summary>
        <table>
          <caption>{t.title(series.currency)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.date}</th>
              <th scope="col">{t.amount}</th>
              <th scope="col">{t.count}</th>
            </tr>
          </thead>
          <tbody>
            {days
              .filter((day) => day.count > 0)
              .map((day) => (
                <tr>
                  <th scope="row">
                    <time datetime={day.date}>{dayLabel(day.date, intlLocale, 'long')}</time>
                  </th>
                  <td>{money(day.amount)}</td>
                  <td>{new Intl.NumberFormat(intlLocale).format(day.count)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

const round = (value: number) => Math.round(value * 100) / 100;
