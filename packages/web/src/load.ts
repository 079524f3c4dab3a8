import { type Campaign, type CampaignUpdate, type Organisation, Slug } from '@haven/core';
import { type Db, findCampaign, findOrganisation, listPublishedUpdates } from '@haven/db';

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

/**
 * The published updates of the campaign a URL names, newest first: none when the URL cannot name
 * one. Read beside the campaign rather than after it (they live in a partition of their own), so
 * the page waits on one round trip to DynamoDB, not two; a draft's updates are read and dropped.
 */
export async function findPublishedUpdates(
  db: Db,
  orgSlug: string,
  slug: string,
): Promise<CampaignUpdate[]> {
  return isSlug(orgSlug) && isSlug(slug) ? listPublishedUpdates(db, orgSlug, slug) : [];
}
