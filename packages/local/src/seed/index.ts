import { type Campaign, ConflictError, type Organisation } from '@haven/core';
import {
  createCampaign,
  createMember,
  createOrganisation,
  type Db,
  seedStripeAccount,
} from '@haven/db';
import { iopdhr, iopdhrCampaigns } from './iopdhr';
import { iraqiMinorities, iraqiMinoritiesCampaigns } from './iraqi-minorities';
import { demoMembers } from './members';
import { mpm, mpmCampaigns } from './mpm';
import { muslimMinorities, muslimMinoritiesCampaigns } from './muslim-minorities';
import { demoStripeAccounts } from './stripe-accounts';
import { wmpa, wmpaCampaigns } from './wmpa';

/** The first users: the five organisations of shared/seeds, each with a campaign. */
export const demoOrganisations: Organisation[] = [
  mpm,
  wmpa,
  muslimMinorities,
  iraqiMinorities,
  iopdhr,
];
export const demoCampaigns: Campaign[] = [
  ...mpmCampaigns,
  ...wmpaCampaigns,
  ...muslimMinoritiesCampaigns,
  ...iraqiMinoritiesCampaigns,
  ...iopdhrCampaigns,
];

/**
 * Writes the demo data that is missing. What is already there is kept as it is, so a restart
 * on persisted data never resets the totals that donations have moved.
 */
export async function seedDemoData(db: Db): Promise<void> {
  await Promise.all(demoOrganisations.map((org) => keepExisting(createOrganisation(db, org))));
  await Promise.all(
    demoStripeAccounts(demoOrganisations).map(({ org, accountId }) =>
      keepExisting(
        seedStripeAccount(
          db,
          org.slug,
          { accountId, chargesEnabled: true, detailsSubmitted: true },
          new Date(org.createdAt),
        ),
      ),
    ),
  );
  await Promise.all(demoCampaigns.map((campaign) => keepExisting(createCampaign(db, campaign))));
  await Promise.all(
    demoMembers(demoOrganisations).map((member) => keepExisting(createMember(db, member))),
  );
}

export { demoStripeAccountId, UNCONNECTED_DEMO_ORGS } from './stripe-accounts';
export { demoMembers };

async function keepExisting(write: Promise<void>): Promise<void> {
  try {
    await write;
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
  }
}
