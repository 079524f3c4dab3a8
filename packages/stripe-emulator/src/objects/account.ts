import type Stripe from 'stripe';

export type NewAccount = {
  id: string;
  created: number;
  country: string;
  email: string | null;
  metadata: Stripe.Metadata;
};

/** What onboarding asks of a new Standard account before it may charge. */
const ONBOARDING_DUE = [
  'business_profile.url',
  'external_account',
  'representative.first_name',
  'representative.last_name',
  'tos_acceptance.date',
];

/**
 * A Standard connected account as Stripe returns it right after `POST /v1/accounts`: nothing
 * submitted, charges and payouts off, the onboarding fields currently due.
 */
export function buildAccount(input: NewAccount): Stripe.Account {
  return {
    id: input.id,
    object: 'account',
    business_profile: null,
    capabilities: {},
    charges_enabled: false,
    controller: { type: 'account', is_controller: false, requirement_collection: 'stripe' },
    country: input.country,
    created: input.created,
    default_currency: input.country === 'US' ? 'usd' : 'eur',
    details_submitted: false,
    email: input.email,
    metadata: input.metadata,
    payouts_enabled: false,
    requirements: requirements(ONBOARDING_DUE, 'requirements.past_due'),
    type: 'standard',
  };
}

/** Onboarding done: charges and payouts on, nothing due. */
export function onboarded(account: Stripe.Account): void {
  Object.assign(account, {
    details_submitted: true,
    charges_enabled: true,
    payouts_enabled: true,
    requirements: requirements([], null),
  } satisfies Partial<Stripe.Account>);
}

/**
 * Stripe (or a test) turns charges off, as when Stripe pauses an account under review, or back
 * on (which also completes an account never onboarded).
 */
export function setCharges(account: Stripe.Account, enabled: boolean): void {
  if (enabled) {
    onboarded(account);
    return;
  }
  account.charges_enabled = false;
  account.requirements = requirements(account.requirements?.currently_due ?? [], 'under_review');
}

function requirements(
  due: string[],
  disabledReason: Stripe.Account.Requirements.DisabledReason | null,
): Stripe.Account.Requirements {
  return {
    alternatives: [],
    current_deadline: null,
    currently_due: due,
    disabled_reason: disabledReason,
    errors: [],
    eventually_due: due,
    past_due: due,
    pending_verification: [],
  };
}
