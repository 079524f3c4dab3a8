import { Campaign, type Totals } from '@haven/core';
import { keys } from './keys';

/**
 * A campaign's raised totals are stored as one number attribute per currency (`raised_CHF`), so
 * a gift in a currency the campaign just started taking can be added with ADD, which creates
 * the attribute when it is missing; a nested map path could not be.
 */
export const RAISED_PREFIX = 'raised_';
export const raisedAttribute = (currency: string) => `${RAISED_PREFIX}${currency.toUpperCase()}`;

export function campaignToItem(campaign: Campaign): Record<string, unknown> {
  const { totals, ...rest } = Campaign.parse(campaign);
  const raised = Object.fromEntries(
    Object.entries(totals).map(([currency, total]) => [raisedAttribute(currency), total.amount]),
  );
  return {
    ...keys.campaign(rest.orgSlug, rest.slug),
    ...keys.campaignsByStatus(rest.orgSlug, rest.status, rest.startsAt, rest.slug),
    type: 'campaign',
    ...rest,
    ...raised,
  };
}

export function campaignFromItem(item: Record<string, unknown>): Campaign {
  const totals: Totals = {};
  for (const [name, value] of Object.entries(item)) {
    if (name.startsWith(RAISED_PREFIX) && typeof value === 'number') {
      totals[name.slice(RAISED_PREFIX.length)] = { amount: value };
    }
  }
  return Campaign.parse({ ...item, totals });
}
