import type { Payment } from '../payment';
import type { Pledge } from '../pledge';
import type { SupporterWrites } from './supporter';

/**
 * The supporter side of a paid gift, its own field of the fulfilment plan. A payment without a
 * usable address (Stripe always asks for one; a session made elsewhere may lack it) writes no
 * supporter, and its gift is then counted as one supporter, as before.
 */
export function planSupporter(
  pledge: Pick<Pledge, 'id' | 'updatesOptIn'>,
  payment: Pick<Payment, 'orgSlug' | 'campaignSlug' | 'donorEmail' | 'locale' | 'paidAt'>,
  now: Date,
): SupporterWrites | undefined {
  if (!payment.donorEmail) return undefined;
  return {
    orgSlug: payment.orgSlug,
    campaignSlug: payment.campaignSlug,
    email: payment.donorEmail,
    locale: payment.locale,
    pledgeId: pledge.id,
    giftAt: payment.paidAt,
    // Consent dates from when we recorded the paid gift that carried it, not from when it was paid.
    consent: pledge.updatesOptIn
      ? {
          at: now.toISOString(),
          campaignSlug: payment.campaignSlug,
          form: 'donation',
          pledgeId: pledge.id,
        }
      : undefined,
  };
}
