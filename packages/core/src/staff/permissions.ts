import * as z from 'zod';
import type { Role } from './role';

/**
 * Every action a staff route may ask for. A route names one; `can` decides. Names read
 * `<noun>.<verb>` so the finance and campaign routes still to come add theirs here.
 */
export const Action = z.enum([
  'dashboard.view',
  'org.settings.view',
  'org.settings.edit',
  'members.view',
  'members.manage',
  'campaigns.view',
  'campaigns.edit',
  'campaigns.publish',
  'finance.view',
  'finance.export',
  'finance.refund',
  'finance.accounts.rename',
  'donors.seeNames',
  'audit.read',
  'security.self',
  'payments.connect',
]);
export type Action = z.infer<typeof Action>;

const everyone: readonly Role[] = ['owner', 'fundraiser', 'finance', 'viewer'];

/**
 * Who may do what. Anonymous donors' names are finance's to see (receipts, statements), not
 * the campaign team's: issue 8 masks them "for every role but finance".
 */
const TABLE: Record<Action, readonly Role[]> = {
  'dashboard.view': everyone,
  'org.settings.view': everyone,
  'org.settings.edit': ['owner'],
  'members.view': everyone,
  'members.manage': ['owner'],
  'campaigns.view': everyone,
  'campaigns.edit': ['owner', 'fundraiser'],
  'campaigns.publish': ['owner', 'fundraiser'],
  'finance.view': ['owner', 'finance'],
  'finance.export': ['owner', 'finance'],
  'finance.refund': ['finance'],
  // The chart's names are the books' own: those who keep the books rename them.
  'finance.accounts.rename': ['owner', 'finance'],
  'donors.seeNames': ['finance'],
  'audit.read': ['owner'],
  'security.self': everyone,
  // Connecting the organisation's Stripe account decides where its money goes: owners only.
  'payments.connect': ['owner'],
};

export const can = (role: Role, action: Action): boolean => TABLE[action].includes(role);
