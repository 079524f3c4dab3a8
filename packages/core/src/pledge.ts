import * as z from 'zod';
import { Dedication, Frequency } from './donation';
import { ERASABLE_FIELDS } from './donor/erasure';
import { Locale } from './locale';
import { MonthlyStatus } from './monthly';

/**
 * A pledge's life: created pending when the supporter leaves for Checkout; processing while a
 * delayed payment method settles; then paid, failed, or expired if Checkout was abandoned.
 */
export const PledgeStatus = z.enum(['pending', 'processing', 'paid', 'failed', 'expired']);
export type PledgeStatus = z.infer<typeof PledgeStatus>;

export const PledgeId = z
  .string()
  .regex(/^plg_[0-9a-z]{20,40}$/)
  .brand<'PledgeId'>();
export type PledgeId = z.infer<typeof PledgeId>;

export const Pledge = z.object({
  id: PledgeId,
  orgSlug: z.string(),
  campaignSlug: z.string(),
  status: PledgeStatus,
  frequency: Frequency,
  currency: z.string().length(3),
  /** The gift the organisation should receive, in minor units. */
  gift: z.number().int().positive(),
  /** What the donor added to cover the processing fee; 0 when they didn't. */
  feeCover: z.number().int().nonnegative(),
  anonymous: z.boolean(),
  dedication: Dedication.optional(),
  message: z.string().optional(),
  updatesOptIn: z.boolean(),
  locale: Locale,
  checkoutSessionId: z.string().optional(),
  /** A monthly gift's subscription and customer at the processor, once the donor subscribed. */
  subscriptionId: z.string().optional(),
  customerId: z.string().optional(),
  /** Where a monthly gift stands; `status` stays the first instalment's (paid once it is). */
  monthlyStatus: MonthlyStatus.optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** The personal fields erased at the donor's request. */
  erasedFields: z.array(z.enum(ERASABLE_FIELDS)).optional(),
});
export type Pledge = z.infer<typeof Pledge>;

export const chargedAmount = (pledge: Pick<Pledge, 'gift' | 'feeCover'>): number =>
  pledge.gift + pledge.feeCover;

/** Which states a transition may start from: each is a condition on the stored pledge. */
export const TRANSITIONS = {
  paid: ['pending', 'processing'],
  processing: ['pending'],
  failed: ['pending', 'processing'],
  expired: ['pending'],
} as const satisfies Record<Exclude<PledgeStatus, 'pending'>, readonly PledgeStatus[]>;
