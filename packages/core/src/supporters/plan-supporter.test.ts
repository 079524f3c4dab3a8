import { describe, expect, it } from 'vitest';
import { PledgeId } from '../pledge';
import { planSupporter } from './plan-supporter';

const NOW = new Date('2026-12-01T09:00:00.000Z');
const LATER = new Date('2027-02-14T18:30:00.000Z');

const pledge = (n: number, updatesOptIn: boolean) => ({
  id: PledgeId.parse(`plg_${String(n).padStart(24, '0')}`),
  updatesOptIn,
});

const payment = (fields: Partial<Parameters<typeof planSupporter>[1]> = {}) => ({
  orgSlug: 'mpm',
  campaignSlug: 'voix',
  donorEmail: 'ana@example.org',
  locale: 'fr' as const,
  paidAt: '2026-11-30T23:59:00.000Z',
  ...fields,
});

/** Where the adapter puts the plan: one record per person and one mark per person and campaign. */
const markOf = (plan: ReturnType<typeof planSupporter>) =>
  plan && `${plan.orgSlug} ${plan.email} ${plan.campaignSlug}`;

describe('planSupporter', () => {
  it('a first gift with the box ticked records the person, their language and their consent', () => {
    expect(planSupporter(pledge(1, true), payment(), NOW)).toEqual({
      orgSlug: 'mpm',
      campaignSlug: 'voix',
      email: 'ana@example.org',
      locale: 'fr',
      pledgeId: pledge(1, true).id,
      giftAt: '2026-11-30T23:59:00.000Z',
      // Dated when the paid gift was recorded, not when the card was charged.
      consent: {
        at: NOW.toISOString(),
        campaignSlug: 'voix',
        form: 'donation',
        pledgeId: pledge(1, true).id,
      },
    });
  });

  it('a second gift to the same campaign plans the same mark (counted once), as the latest gift', () => {
    const first = planSupporter(pledge(1, true), payment(), NOW);
    const second = planSupporter(
      pledge(2, false),
      payment({ paidAt: '2027-02-14T18:00:00.000Z' }),
      LATER,
    );
    expect(markOf(second)).toBe(markOf(first));
    expect(second).toMatchObject({
      pledgeId: pledge(2, false).id,
      giftAt: '2027-02-14T18:00:00.000Z',
    });
  });

  it('a gift to another campaign plans a mark of its own, with consent to that campaign only', () => {
    const first = planSupporter(pledge(1, false), payment(), NOW);
    const other = planSupporter(pledge(2, true), payment({ campaignSlug: 'hiver' }), LATER);
    expect(markOf(other)).not.toBe(markOf(first));
    expect(other?.orgSlug).toBe(first?.orgSlug);
    expect(other?.consent).toEqual({
      at: LATER.toISOString(),
      campaignSlug: 'hiver',
      form: 'donation',
      pledgeId: pledge(2, true).id,
    });
  });

  it('an unticked box gives no consent and withdraws none (withdrawal is the unsubscribe link)', () => {
    const plan = planSupporter(pledge(2, false), payment(), LATER);
    expect(plan).toBeDefined();
    expect(plan?.consent).toBeUndefined();
  });

  it('a ticked box after an unticked one consents from the later gift', () => {
    expect(planSupporter(pledge(1, false), payment(), NOW)?.consent).toBeUndefined();
    expect(planSupporter(pledge(2, true), payment(), LATER)?.consent).toMatchObject({
      at: LATER.toISOString(),
      pledgeId: pledge(2, true).id,
    });
  });

  it('the language follows the gift: a later gift in Arabic moves the updates to Arabic', () => {
    const first = planSupporter(pledge(1, true), payment({ locale: 'fr' }), NOW);
    const second = planSupporter(pledge(2, true), payment({ locale: 'ar' }), LATER);
    expect([first?.locale, second?.locale]).toEqual(['fr', 'ar']);
    expect(markOf(second)).toBe(markOf(first));
  });

  it('a person whose address was erased (or never given) is no supporter, whatever the box said', () => {
    expect(planSupporter(pledge(1, true), payment({ donorEmail: undefined }), NOW)).toBeUndefined();
    expect(planSupporter(pledge(1, true), payment({ donorEmail: '' }), NOW)).toBeUndefined();
  });
});
