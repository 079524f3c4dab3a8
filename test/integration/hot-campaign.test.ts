import { randomUUID } from 'node:crypto';
import {
  createDb,
  ensureTable,
  findCampaign,
  findPayment,
  keys,
  listReceiptCounters,
} from '@haven/db';
import { seedDemoData, startDynamoDbLocal } from '@haven/local';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { injectDbFaults } from '../support/db-faults';
import { postDonationForm } from '../support/donate-form';
import { outsideServices } from '../support/msw';
import { createPaymentsApp } from '../support/payments-app';
import { issueReceipts, receiptWorker, resendAccepts } from '../support/receipt-worker';
import { signature, startTestStripe } from '../support/stripe';

const WebhookAnswer = z.object({ effect: z.string() });

const stripe = await startTestStripe();
const edgeOfTheWorld = outsideServices(resendAccepts());
beforeAll(() => edgeOfTheWorld.listen());
afterEach(() => edgeOfTheWorld.server.resetHandlers());
afterAll(async () => {
  edgeOfTheWorld.close();
  await stripe.stop();
});

// A DynamoDB Local of its own: sixty gifts and receipts at once measure this code, not the
// other files' load on the run's shared one (whose slow answers time out at the client's 1 s).
const dynamo = await startDynamoDbLocal();
afterAll(() => dynamo.stop());
const db = createDb({ tableName: `test-${randomUUID()}`, endpoint: dynamo.endpoint });
await ensureTable(db.client, db.tableName);
await seedDemoData(db);
const faults = injectDbFaults(db);
const app = createPaymentsApp(db, stripe);
const CAMPAIGN = { org: 'iopdhr', slug: 'refugee-rights' };

async function donate(amount: number) {
  const response = await postDonationForm(app, `/en/${CAMPAIGN.org}/${CAMPAIGN.slug}/donate`, {
    frequency: 'once',
    currency: 'USD',
    amount: String(amount),
  });
  const sessionId = /cs_test_\w+/.exec(response.headers.get('location') ?? '')?.[0];
  if (!sessionId) throw new Error(`no checkout session (status ${response.status})`);
  return { sessionId, pledgeId: await stripe.pledgeOf(sessionId) };
}

const deliver = (payload: string) =>
  app.request('/webhooks/stripe', {
    method: 'POST',
    body: payload,
    headers: { 'content-type': 'application/json', 'stripe-signature': signature(payload) },
  });

describe('a campaign that goes viral', () => {
  it('records 60 payments to it at once, each on its first delivery, without writing the campaign item', async () => {
    const count = 60;
    const before = await findCampaign(db, CAMPAIGN.org, CAMPAIGN.slug);
    const donations = await Promise.all(
      Array.from({ length: count }, (_, i) => donate(1_000 + i * 100)),
    );
    const events: string[] = [];
    for (const { sessionId } of donations)
      events.push(await stripe.pay(sessionId, { email: `donor+${sessionId}@example.org` }));
    faults.clear();

    const responses = await Promise.all(events.map((event) => deliver(event)));
    expect(responses.map((response) => response.status)).toEqual(Array(count).fill(200));
    const effects = await Promise.all(
      responses.map(async (response) => WebhookAnswer.parse(await response.json()).effect),
    );
    expect(effects).toEqual(Array(count).fill('applied'));

    // The campaign item (every language's story) is read by pages, never written by a gift.
    const campaignKey = keys.campaign(CAMPAIGN.org, CAMPAIGN.slug);
    const written = faults.writes.flatMap((write) => write.keys);
    expect(written.length).toBeGreaterThan(count * 4);
    expect(written).not.toContainEqual(campaignKey);
    // Nor does a gift take the organisation's receipt counter on the payment's path.
    expect(written.filter((key) => key.sk.startsWith('RECEIPT_SEQ#'))).toEqual([]);

    const raised = count * 1_000 + (100 * count * (count - 1)) / 2;
    const after = await findCampaign(db, CAMPAIGN.org, CAMPAIGN.slug);
    expect(after?.totals.USD?.amount).toBe((before?.totals.USD?.amount ?? 0) + raised);
    expect(after?.supporters).toBe((before?.supporters ?? 0) + count);

    // The receipts, issued all at once by the worker, are numbered without gaps or repeats.
    const pledgeIds = donations.map(({ pledgeId }) => pledgeId);
    expect(await issueReceipts(receiptWorker(db), pledgeIds)).toEqual(Array(count).fill('sent'));
    const numbers = await Promise.all(
      pledgeIds.map(async (id) => Number((await findPayment(db, id))?.receiptNumber?.slice(-6))),
    );
    expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect((await listReceiptCounters(db, CAMPAIGN.org)).get(2026)).toBe(count);
    // Sixty donors at once on a two-core runner: a generous ceiling, not a timed assertion.
  }, 120_000);
});
