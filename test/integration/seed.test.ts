import { findCampaign, keys, listCampaigns, listOrganisations } from '@haven/db';
import { demoCampaigns, demoOrganisations, seedDemoData } from '@haven/local';
import { describe, expect, it } from 'vitest';
import { createTestDb } from '../support/db';
import { updateItem } from '../support/raw-table';

describe('demo data in DynamoDB Local', () => {
  it('stores the five seed organisations, each with an open campaign in its languages', async () => {
    const db = await createTestDb();
    const orgs = await listOrganisations(db);
    expect(orgs.map((org) => org.slug).sort()).toEqual(
      demoOrganisations.map((org) => org.slug).sort(),
    );
    for (const org of orgs) {
      const open = await listCampaigns(db, org.slug, 'open');
      expect(open.length).toBeGreaterThan(0);
      for (const campaign of open) expect(campaign.locales).toEqual(org.locales);
    }
    expect(orgs.find((org) => org.slug === 'mpm')?.locales).toEqual(['fr', 'en', 'es']);
  });

  it('keeps what is already stored when seeding again', async () => {
    const db = await createTestDb();
    const first = demoCampaigns[0];
    if (!first) throw new Error('no demo campaign');
    await updateItem(db, keys.campaignTotals(first.orgSlug, first.slug, 0), {
      expression: 'SET supporters = :n',
      values: { ':n': 7 },
    });
    await seedDemoData(db);
    expect((await findCampaign(db, first.orgSlug, first.slug))?.supporters).toBe(7);
  });
});
