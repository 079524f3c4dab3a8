import { type Campaign, formatMoney, progress } from '@haven/core';
import { formatPercent, pluralize } from '../i18n';
import type { PageContext } from './page-context';

/** Raised of goal, progress bar and supporters; other currencies are listed, never summed. */
export function CampaignStats({ ctx, campaign }: { ctx: PageContext; campaign: Campaign }) {
  const { raised, percent } = progress(campaign);
  const others = Object.entries(campaign.totals).filter(
    ([currency, total]) => currency !== campaign.goal.currency && total.amount > 0,
  );
  return (
    <div class="stats">
      <p class="raised">
        {ctx.t.raisedOf(
          formatMoney(raised, ctx.intlLocale),
          formatMoney(campaign.goal, ctx.intlLocale),
        )}
      </p>
      <progress
        max={100}
        value={percent}
        aria-label={ctx.t.percentFunded(formatPercent(percent, ctx.intlLocale))}
      >
        {formatPercent(percent, ctx.intlLocale)}
      </progress>
      <p class="meta">
        <span>{ctx.t.percentFunded(formatPercent(percent, ctx.intlLocale))}</span>
        {' · '}
        <span class="supporters">
          {pluralize(ctx.t.supporters, campaign.supporters, ctx.intlLocale)}
        </span>
      </p>
      {others.length > 0 && (
        <p class="meta">
          {ctx.t.otherTotals}:{' '}
          {others
            .map(([currency, total]) =>
              formatMoney({ amount: total.amount, currency }, ctx.intlLocale),
            )
            .join(' · ')}
        </p>
      )}
    </div>
  );
}
