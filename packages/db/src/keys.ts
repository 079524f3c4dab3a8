import type { CampaignStatus } from '@haven/core';

/**
 * Item keys, from the access patterns:
 * - an organisation by slug:          pk ORG#<org>, sk #PROFILE
 * - all organisations:                gsi1 ORGS, by slug
 * - a campaign by organisation+slug:  pk ORG#<org>, sk CAMPAIGN#<slug>
 * - an organisation's campaigns by status: gsi1 ORG#<org>#CAMPAIGNS#<status>, by start date
 */
export const keys = {
  org: (org: string) => ({ pk: `ORG#${org}`, sk: '#PROFILE' }),
  orgList: (org: string) => ({ gsi1pk: 'ORGS', gsi1sk: org }),
  campaign: (org: string, slug: string) => ({ pk: `ORG#${org}`, sk: `CAMPAIGN#${slug}` }),
  campaignsByStatus: (org: string, status: CampaignStatus, startsAt: string, slug: string) => ({
    gsi1pk: `ORG#${org}#CAMPAIGNS#${status}`,
    gsi1sk: `${startsAt}#${slug}`,
  }),
};
