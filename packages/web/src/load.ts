import type { Campaign, Organisation } from '@haven/core';
import { type Db, findCampaign, findOrganisation } from '@haven/db';

/** A campaign the public may see (not a draft) with its organisation, or undefined. */
export async function findPublicCampaign(
  db: Db,
  orgSlug: string,
  slug: string,
): Promise<{ org: Organisation; campaign: Campaign } | undefined> {
  const [org, campaign] = await Promise.all([
    findOrganisation(db, orgSlug),
    findCampaign(db, orgSlug, slug),
  ]);
  if (!org || !campaign || campaign.status === 'draft') return undefined;
  return { org, campaign };
}
