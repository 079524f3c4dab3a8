import { campaignDeltas, isBalanced, type LedgerEntry } from '@haven/core';
import { findCampaign, ledgerEntries, payoutEntries } from '@haven/db';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createTestDb } from '../support/db';
import { postDonationForm } from '../support/donate-form';
import { deliverTo, moneyMove } from '../support/money';
import { outsideServices } from '../support/msw';
import { createPaymentsApp } from '../support/payments-app';
import { resendAccepts } from '../support/receipt-worker';
import { startTestStripe } from '../support/stripe';

const stripe = await startTestStripe();
const edgeOfTheWorld = outsideServices(resendAccepts());
beforeAll(() => edgeOfTheWorld.listen());
afterEach(() => edgeOfTheWorld.server.resetHandlers());
afterAll(async () => {
  edgeOfTheWorld.close();
  await stripe.stop();
});

const db = await createTestDb();
// Many gifts from one test address: the card-tester limits would rightly stop them.
const app = createPaymentsApp(db, stripe, undefined, {
  limits: {
    perIp: { max: 100_000, windowSeconds: 600 },
    perCampaign: { max: 100_000, windowSeconds: 600 },
    burst: { max: 100_000, windowSeconds: 60 },
  },
});
const SCOPE = { orgSlug: 'mpm' };
const CAMPAIGN = 'voix-aux-nations-unies';
const CURRENCIES = ['CHF', 'EUR', 'USD'] as const;

type Step =
  | { kind: 'pay'; currency: (typeof CURRENCIES)[number]; amount: number }
  | { kind: 'refund'; pick: number; share: number }
  | { kind: 'dispute'; pick: number }
  | { kind: 'close'; pick: number; won: boolean }
  | { kind: 'payout'; currency: (typeof CURRENCIES)[number] };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('pay' as const),
      currency: fc.constantFrom(...CURRENCIES),
      amount: fc.integer({ min: 500, max: 20_000 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('refund' as const),
      pick: fc.nat(),
      share: fc.double({ min: 0.05, max: 1, noNaN: true }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dispute' as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('close' as const),
      pick: fc.nat(),
      won: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('payout' as const),
      currency: fc.constantFrom(...CURRENCIES),
    }),
  },
);

/** What one run has done at Stripe: the charges it made, open disputes, payouts. */
type World = {
  charges: { id: string; amount: number; refunded: number; disputed: boolean }[];
  disputes: string[];
  payouts: string[];
  /** Events not yet delivered with success: Stripe would try them again later. */
  waiting: string[];
  objects: number;
};

async function pay(world: World, currency: string, amount: number) {
  const response = await postDonationForm(app, `/en/mpm/${CAMPAIGN}/donate`, {
    frequency: 'once',
    currency,
    amount: String(amount),
  });
  const sessionId = /cs_test_\w+/.exec(response.headers.get('location') ?? '')?.[0] ?? '';
  const payload = await stripe.pay(sessionId);
  world.waiting.push(payload);
  const chargeId = /"latest_charge": "(ch_\w+)"/.exec(payload)?.[1];
  const charge = chargeId ?? (await chargeOfSession(sessionId));
  world.charges.push({ id: charge, amount, refunded: 0, disputed: false });
  world.objects += 1;
}

async function chargeOfSession(sessionId: string): Promise<string> {
  const response = await fetch(
    `${stripe.apiBase}/v1/checkout/sessions/${sessionId}?expand[]=payment_intent`,
    { headers: { authorization: 'Bearer sk_test_integration' } },
  );
  const match = /"latest_charge":\s*"(ch_\w+)"/.exec(await response.text());
  if (!match?.[1]) throw new Error('no charge');
  return match[1];
}

async function act(world: World, s: Step): Promise<void> {
  const pick = <T>(list: T[], i: number) => list[i % Math.max(1, list.length)];
  switch (s.kind) {
    case 'pay':
      return pay(world, s.currency, s.amount);
    case 'refund': {
      const charge = pick(world.charges, s.pick);
      if (!charge || charge.disputed) return;
      const left = charge.amount - charge.refunded;
      const amount = Math.max(1, Math.floor(left * s.share));
      if (left <= 0) return;
      const moved = await moneyMove(stripe, `/charges/${charge.id}/refund`, { amount });
      charge.refunded += amount;
      world.waiting.push(...moved.payloads);
      world.objects += 1;
      return;
    }
    case 'dispute': {
      const charge = pick(world.charges, s.pick);
      if (!charge || charge.disputed || charge.refunded >= charge.amount) return;
      const moved = await moneyMove(stripe, `/charges/${charge.id}/dispute`, {});
      charge.disputed = true;
      world.disputes.push(moved.id);
      world.waiting.push(...moved.payloads);
      world.objects += 1;
      return;
    }
    case 'close': {
      const id = world.disputes.splice(s.pick % Math.max(1, world.disputes.length), 1)[0];
      if (!id) return;
      const moved = await moneyMove(stripe, `/disputes/${id}/close`, {
        outcome: s.won ? 'won' : 'lost',
      });
      if (s.won) world.objects += 1;
      world.waiting.push(...moved.payloads);
      return;
    }
    case 'payout': {
      const response = await fetch(`${stripe.emulator.url}/_emulator/payouts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ currency: s.currency }),
      });
      const body = await response.text();
      // Nothing to pay out in that currency: the schedule simply skips the day.
      if (!response.ok) return;
      const moved = await payoutMoved(body);
      world.payouts.push(moved.id);
      world.waiting.push(...moved.payloads);
      world.objects += 1;
      return;
    }
  }
}

const Moved = z.object({ object: z.object({ id: z.string() }), event_ids: z.array(z.string()) });

/** A payout the control API made: its id and the payloads of its events. */
async function payoutMoved(body: string) {
  const moved = Moved.parse(JSON.parse(body));
  const payloads = stripe.emulator
    .events()
    .filter(({ event }) => moved.event_ids.includes(event.id))
    .map(({ payload }) => payload);
  return { id: moved.object.id, payloads };
}

/** Delivers what is waiting, shuffled and some twice; a 503 stays waiting, as Stripe retries. */
async function deliver(world: World, order: number[], twice: boolean[]) {
  const batch = world.waiting.splice(0);
  const shuffled = order.map((i) => batch[i % batch.length]).filter((p): p is string => !!p);
  const all = [...new Set([...shuffled, ...batch])];
  for (const [i, payload] of all.entries()) {
    const copies = twice[i % Math.max(1, twice.length)] ? 2 : 1;
    for (let c = 0; c < copies; c++) {
      const response = await deliverTo(app, payload);
      expect([200, 503]).toContain(response.status);
      if (response.status === 503 && c === 0) world.waiting.push(payload);
    }
  }
}

async function allEntries(): Promise<LedgerEntry[]> {
  const entries: LedgerEntry[] = [];
  for await (const entry of ledgerEntries(db, SCOPE, { from: '2026-01-01', to: '2028-01-01' })) {
    entries.push(entry);
  }
  return entries;
}

const raised = async () => (await findCampaign(db, 'mpm', CAMPAIGN))?.totals ?? {};

/** The invariants that hold after every delivery, whatever arrived and whatever did not. */
async function check(baseline: Record<string, { amount: number }>) {
  const entries = await allEntries();
  for (const entry of entries) expect(isBalanced(entry), entry.key).toBe(true);
  expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length);
  const fromLedger = new Map<string, number>();
  for (const delta of entries.flatMap(campaignDeltas)) {
    fromLedger.set(delta.currency, (fromLedger.get(delta.currency) ?? 0) + delta.amount);
  }
  const totals = await raised();
  for (const currency of CURRENCIES) {
    const moved = (totals[currency]?.amount ?? 0) - (baseline[currency]?.amount ?? 0);
    expect(moved, currency).toBe(fromLedger.get(currency) ?? 0);
  }
  return entries;
}

describe('the ledger under random payments, refunds, disputes and payouts', () => {
  it('balances, matches the totals, books each Stripe object once, and payouts sum up', async () => {
    const baseline = await raised();
    let booked = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 3, maxLength: 8 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }),
        async (steps, order, twice) => {
          const world: World = { charges: [], disputes: [], payouts: [], waiting: [], objects: 0 };
          for (const s of steps) {
            await act(world, s);
            await deliver(world, order, twice);
            await check(baseline);
          }
          // Stripe keeps retrying: in the end everything arrives.
          for (let round = 0; world.waiting.length > 0 && round < 5; round++) {
            await deliver(world, order, twice);
          }
          expect(world.waiting).toEqual([]);
          const entries = await check(baseline);
          booked += world.objects;
          expect(entries.length).toBe(booked);
          for (const payoutId of world.payouts) {
            let parts = 0;
            for await (const part of payoutEntries(db, SCOPE, payoutId)) {
              parts += part.lines.find((line) => line.account === 'stripe_balance')?.amount ?? 0;
            }
            const payout = entries.find((e) => e.key === `payout:${payoutId}`);
            expect(parts).toBe(payout?.lines.find((line) => line.account === 'bank')?.amount);
          }
        },
      ),
      { numRuns: 4, seed: 13 },
    );
  }, 240_000);
});
