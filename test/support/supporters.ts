import { randomBytes } from 'node:crypto';
import { type CheckoutState, type Locale, PledgeId } from '@haven/core';
import {
  applyCheckoutOutcome,
  createPledge,
  type Db,
  emailKey,
  firstGiftSupporterItems,
  recordEmailTrouble,
  saveEmailOptOut,
} from '@haven/db';
import { batchPutItems } from './raw-table';

export type GeneratedGift = {
  org: string;
  campaign: string;
  email: string;
  locale: Locale;
  optIn: boolean;
  at?: Date;
};

/**
 * A paid gift without the browser and Stripe round trip: a pledge, then the real fulfilment
 * transaction with a Checkout state as the gateway builds it. For the many supporters an update
 * is sent to (tests and bench/update-send.ts).
 */
export async function generateGift(db: Db, gift: GeneratedGift): Promise<string> {
  const id = PledgeId.parse(`plg_${randomBytes(15).toString('hex').slice(0, 24)}`);
  const at = (gift.at ?? new Date('2026-11-20T10:00:00Z')).toISOString();
  await createPledge(db, {
    id,
    orgSlug: gift.org,
    campaignSlug: gift.campaign,
    status: 'pending',
    frequency: 'once',
    currency: 'CHF',
    gift: 2_000,
    feeCover: 0,
    anonymous: false,
    updatesOptIn: gift.optIn,
    locale: gift.locale,
    createdAt: at,
    updatedAt: at,
  });
  const state: CheckoutState = {
    sessionId: `cs_test_${id}`,
    pledgeId: id,
    status: 'complete',
    paymentStatus: 'paid',
    amountTotal: 2_000,
    currency: 'chf',
    settlement: {
      paymentIntentId: `pi_${id}`,
      chargeId: `ch_${id}`,
      gross: 2_000,
      fee: 88,
      net: 1_912,
      currency: 'chf',
      paidAt: at,
    },
    payment: 'succeeded',
    customer: { email: gift.email, name: 'Generated Supporter' },
  };
  const effect = await applyCheckoutOutcome(db, {
    eventKey: `evt_${id}`,
    pledgeId: id,
    outcome: 'paid',
    state,
    now: new Date(at),
  });
  if (effect !== 'applied') throw new Error(`generated gift ${id}: ${effect}`);
  return id;
}

const LANGUAGES: readonly Locale[] = ['en', 'fr', 'es', 'ar'];

/** `count` consenting supporters of a campaign, a quarter in each language, `width` at a time. */
export async function generateSupporters(
  db: Db,
  target: { org: string; campaign: string },
  count: number,
  width = 4,
): Promise<{ email: string; locale: Locale }[]> {
  const people = Array.from({ length: count }, (_, i) => ({
    email: `supporter-${String(i).padStart(5, '0')}@example.org`,
    locale: LANGUAGES[i % LANGUAGES.length] ?? 'en',
  }));
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < people.length; i = next++) {
      const person = people[i];
      if (person) await generateGift(db, { ...target, ...person, optIn: true });
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return people;
}

export type WrittenSupporters = {
  people: { email: string; locale: Locale; consent: boolean }[];
  /** How many of the consenting are not to be mailed: a bounced address, or opted out. */
  bouncing: number;
  optedOut: number;
};

/**
 * `count` supporters of a campaign written straight into the table (BatchWriteItem), each with
 * the two items fulfilment writes on a first gift, built by the db package's own builder; a quarter
 * in each language; one in 50 gave without ticking the box, one in 100 bounced and one in 100
 * opted out of the organisation's emails (those two through the repositories that record them).
 * For sizes the real fulfilment path takes minutes to fill (bench/update-send.ts at 10 000).
 */
export async function writeSupporters(
  db: Db,
  target: { org: string; campaign: string },
  count: number,
  at = new Date('2026-11-20T10:00:00Z'),
): Promise<WrittenSupporters> {
  const giftAt = at.toISOString();
  const people = Array.from({ length: count }, (_, i) => ({
    email: `written-${String(i).padStart(6, '0')}@example.org`,
    locale: LANGUAGES[i % LANGUAGES.length] ?? 'en',
    consent: i % 50 !== 49,
  }));
  const items = people.flatMap((person, i) => {
    const pledgeId = `plg_gen${String(i).padStart(17, '0')}`;
    const { record, mark } = firstGiftSupporterItems({
      orgSlug: target.org,
      campaignSlug: target.campaign,
      email: person.email,
      locale: person.locale,
      pledgeId,
      giftAt,
      consent: person.consent
        ? { at: giftAt, campaignSlug: target.campaign, form: 'donation', pledgeId }
        : undefined,
    });
    return [record, mark];
  });
  await batchPutItems(db, items);
  const consenting = people.filter((person) => person.consent);
  const bouncers = consenting.filter((_, i) => i % 100 === 7);
  const optingOut = consenting.filter((_, i) => i % 100 === 63);
  for (let i = 0; i < bouncers.length; i += 50) {
    await recordEmailTrouble(db, {
      eventId: `msg_generated_${i}`,
      kind: 'bounced',
      addresses: bouncers.slice(i, i + 50).map((person) => person.email),
      at,
    });
  }
  for (const person of optingOut) {
    await saveEmailOptOut(db, emailKey(person.email), {
      orgSlug: target.org,
      wholeOrganisation: true,
      campaigns: [],
      updatedAt: giftAt,
    });
  }
  return { people, bouncing: bouncers.length, optedOut: optingOut.length };
}
