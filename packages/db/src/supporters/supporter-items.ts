import type { SupporterWrites } from '@haven/core';
import { emailKey } from '../email-key';
import { supporterKeys } from '../keys';

/**
 * The two items a person's first gift to a campaign leaves behind, whole: their record in the
 * organisation and their mark on the campaign (on the subscriber list when the gift consented).
 * Fulfilment puts the mark as built here; the record is an update there (a later gift to another
 * campaign keeps its first gift) that writes exactly these attributes the first time. A benchmark
 * or test writes thousands of supporters with these rather than thousands of fulfilments.
 */
export function firstGiftSupporterItems(writes: SupporterWrites): {
  record: Record<string, unknown>;
  mark: Record<string, unknown>;
} {
  const person = emailKey(writes.email);
  const { orgSlug, campaignSlug, email, locale, pledgeId, giftAt, consent } = writes;
  return {
    record: {
      ...supporterKeys.supporter(orgSlug, person),
      type: 'supporter',
      orgSlug,
      emailKey: person,
      email,
      locale,
      firstGiftAt: giftAt,
      latestGiftAt: giftAt,
      firstPledgeId: pledgeId,
      latestPledgeId: pledgeId,
    },
    mark: {
      ...supporterKeys.campaignSupporter(orgSlug, person, campaignSlug),
      ...(consent ? supporterKeys.subscriber(orgSlug, campaignSlug, person) : {}),
      type: 'campaign_supporter',
      orgSlug,
      campaignSlug,
      emailKey: person,
      email,
      locale,
      firstGiftAt: giftAt,
      latestGiftAt: giftAt,
      ...(consent ? { consent } : {}),
    },
  };
}
