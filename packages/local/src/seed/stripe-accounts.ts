import type { Organisation } from '@haven/core';

/**
 * Each demo organisation's own Stripe account on the emulator (Connect), onboarded, charges on;
 * all but the mountain peoples association (`wmpa`), left unconnected to show onboarding: its
 * campaign page says it cannot take gifts yet. Fixed ids, so data kept in `.data/` between runs
 * names accounts the emulator recreates at each start.
 */
export const UNCONNECTED_DEMO_ORGS = ['wmpa'];

export const demoStripeAccountId = (orgSlug: string) =>
  `acct_1HavenDemo${orgSlug.replaceAll('-', '').slice(0, 40)}`;

export const demoStripeAccounts = (orgs: Organisation[]) =>
  orgs
    .filter((org) => !UNCONNECTED_DEMO_ORGS.includes(org.slug))
    .map((org) => ({ orgSlug: org.slug, accountId: demoStripeAccountId(org.slug), org }));
