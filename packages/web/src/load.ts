import { type Campaign, type Organisation, Slug } from '@haven/core';
import { type Db, findCampaign, findOrganisation } from '@haven/db';

/**
 * Slugs from a URL are checked before they become a key: DynamoDB refuses a key over 1 024
 * bytes with an error, and a path that cannot be a slug names nothing anyway (a 404, not a 500).
 */
const isSlug = (value: string): boolean => Slug.safeParse(value).success;

/** An organisation by the slug in a URL, or undefined. */
export async function findPublicOrganisation(
  db: Db,
  orgSlug: string,
): Promise<Organisation | undefined> {
  return isSlug(orgSlug) ? findOrganisation(db, orgSlug) : undefined;
}

/** A campaign the public may see (not a draft) with its organisation, or undefined. */
export async function findPublicCampaign(
  db: Db,
  orgSlug: string,
  slug: string,
): Promise<{ org: Organisation; campaign: Campaign } | undefined> {
  if (!isSlug(orgSlug) || !isSlug(slug)) return undefined;
  const [org, campaign] = await Promise.all([
    findOrganisation(db, orgSlug),
    findCampaign(db, orgSlug, slug),
  ]);
  if (!org || !campaign || campaign.status === 'draft') return undefined;
  return { org, campaign };
}
