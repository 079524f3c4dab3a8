import { Campaign, type Totals } from '@haven/core';
import { keys } from './keys';

/**
 * A campaign's totals are not on the campaign item (every language's story, kilobytes, edited by
 * staff) but on small items of their own, in shards (campaign-totals.ts): a gift writes one small
 * shard, and many gifts to one campaign at once rarely write the same one. The domain still sees
 * one `Campaign` with its `totals` and `supporters`: the sum of the shards.
 */
export function campaignToItem(campaign: Campaign): Record<string, unknown> {
  const { totals: _totals, supporters: _supporters, ...rest } = Campaign.parse(campaign);
  return {
    ...keys.campaign(rest.orgSlug, rest.slug),
    ...keys.campaignsByStatus(rest.orgSlug, rest.status, rest.startsAt, rest.slug),
    type: 'campaign',
    ...rest,
  };
}

export function campaignFromItem(
  item: Record<string, unknown>,
  sums: { totals: Totals; supporters: number },
): Campaign {
  return Campaign.parse({ ...item, totals: sums.totals, supporters: sums.supporters });
}
