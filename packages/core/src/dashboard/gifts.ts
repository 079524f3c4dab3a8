import * as z from 'zod';
import type { Money } from '../money';
import type { Role } from '../staff/role';

/** What the dashboard reads of a payment: no email, no message, no dedication. */
export const GiftRecord = z.object({
  pledgeId: z.string(),
  paidAt: z.iso.datetime(),
  currency: z.string().length(3),
  gift: z.number().int().positive(),
  anonymous: z.boolean(),
  donorName: z.string().optional(),
});
export type GiftRecord = z.infer<typeof GiftRecord>;

/** A gift as a staff member may see it: a donor who asked to stay anonymous is masked. */
export type LatestGift = {
  pledgeId: string;
  paidAt: string;
  amount: Money;
  donor:
    | { kind: 'named'; name: string; anonymous: boolean }
    | { kind: 'masked' }
    | { kind: 'none' };
};

/**
 * A donor who gave anonymously is masked for every role but finance, which needs the name for
 * receipts, refunds and tax statements; finance sees it marked as anonymous.
 */
export function maskGift(gift: GiftRecord, role: Role): LatestGift {
  const amount = { amount: gift.gift, currency: gift.currency };
  const base = { pledgeId: gift.pledgeId, paidAt: gift.paidAt, amount };
  if (gift.anonymous && role !== 'finance') return { ...base, donor: { kind: 'masked' } };
  if (!gift.donorName) return { ...base, donor: { kind: 'none' } };
  return { ...base, donor: { kind: 'named', name: gift.donorName, anonymous: gift.anonymous } };
}
