import type { ConnectionStatus } from '@haven/core';

/** The staff Stripe (Connect) page's words: English, the reference. */
export const en = {
  title: 'Stripe payments',
  intro:
    "Gifts to your organisation are charged on your organisation's own Stripe account: the money is yours from the start, and Stripe pays it out to your bank.",
  status: {
    unconnected: 'Not connected: your campaigns cannot take gifts yet.',
    onboarding: 'Onboarding not finished: Stripe still needs your details.',
    restricted:
      'Restricted: Stripe has paused charges on your account. Your campaigns do not take gifts until Stripe enables them again.',
    connected: 'Connected: your campaigns take gifts on your Stripe account.',
  } satisfies Record<ConnectionStatus, string>,
  account: 'Stripe account',
  connect: 'Connect with Stripe',
  continue: 'Continue on Stripe',
  noConnect: 'This service runs for a single organisation: gifts go to its Stripe account.',
  unavailableTitle: 'Stripe is unavailable',
  unavailable: 'Stripe could not be reached. Nothing was changed: please try again in a moment.',
  returned: 'Back from Stripe: the state below is what Stripe says now.',
  homeLine: (status: string) => `Stripe: ${status}`,
  homeLink: 'Manage Stripe payments',
  short: {
    unconnected: 'not connected',
    onboarding: 'onboarding not finished',
    restricted: 'restricted',
    connected: 'connected',
  } satisfies Record<ConnectionStatus, string>,
};

export type StripeMessages = typeof en;
