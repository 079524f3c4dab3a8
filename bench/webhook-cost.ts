/**
 * What one one-time donation costs DynamoDB: requests and capacity units on the pledge path
 * (the form post) and on the webhook path, read from ReturnConsumedCapacity on every call.
 * Run: npm run bench -- webhook-cost. Prints figures; asserts nothing.
 */
import { randomUUID } from 'node:crypto';
import { createDb, ensureTable } from '@haven/db';
import { seedDemoData, startDynamoDbLocal } from '@haven/local';
import { formTokenOf } from '../test/support/donate-form';
import { outsideServices } from '../test/support/msw';
import { createPaymentsApp } from '../test/support/payments-app';
import { signature, startTestStripe } from '../test/support/stripe';

type Tally = {
  requests: number;
  failed: number;
  read: number;
  write: number;
  /** Items written by transactions: what the WCU figure is made of. */
  items: number;
  byCommand: Record<string, number>;
};
/** The part of DynamoDB's ConsumedCapacity this adds up (one per table, or a list per transaction). */
type Consumed = { CapacityUnits?: number };
const fresh = (): Tally => ({ requests: 0, failed: 0, read: 0, write: 0, items: 0, byCommand: {} });

async function main() {
  process.env.LOG_LEVEL = 'silent';
  const dynamo = await startDynamoDbLocal();
  const stripe = await startTestStripe();
  const server = outsideServices();
  server.listen();
  try {
    const db = createDb({ tableName: `bench-${randomUUID()}`, endpoint: dynamo.endpoint });
    await ensureTable(db.client, db.tableName);
    await seedDemoData(db);
    let tally = fresh();
    // Every command asks DynamoDB for its consumed capacity, and the answer is added up here.
    db.client.middlewareStack.add(
      (next, context) => async (args) => {
        const input = args.input as { ReturnConsumedCapacity?: string; TransactItems?: unknown[] };
        input.ReturnConsumedCapacity = 'TOTAL';
        tally.items += input.TransactItems?.length ?? 0;
        const command = context.commandName ?? '?';
        tally.requests++;
        tally.byCommand[command] = (tally.byCommand[command] ?? 0) + 1;
        try {
          const result = await next(args);
          const output = result.output as { ConsumedCapacity?: Consumed | Consumed[] };
          for (const c of [output.ConsumedCapacity ?? []].flat()) {
            const units = c.CapacityUnits ?? 0;
            if (/^(Get|Query|BatchGet|TransactGet)/.test(command)) tally.read += units;
            else tally.write += units;
          }
          return result;
        } catch (error) {
          // A refused conditional write still costs its write units; DynamoDB does not report them.
          tally.failed++;
          throw error;
        }
      },
      { step: 'initialize', name: 'consumedCapacity' },
    );
    const app = createPaymentsApp(db, stripe);
    const runs = 20;
    const pledge: Tally[] = [];
    const webhook: Tally[] = [];
    const repeat: Tally[] = [];
    const duplicate: Tally[] = [];
    // Even runs: a new person who asks for updates (the supporter records are created); odd
    // runs: that person gives again (their records only change).
    for (let i = 0; i < runs; i++) {
      const email = `supporter-${Math.floor(i / 2)}@example.org`;
      // The page first, for its form's token, as a browser does; only the post is counted.
      const formToken = await formTokenOf(app, '/en/mpm/voix-aux-nations-unies');
      tally = fresh();
      const response = await app.request('/en/mpm/voix-aux-nations-unies/donate', {
        method: 'POST',
        body: new URLSearchParams({
          formToken,
          currency: 'CHF',
          amount: '5000',
          frequency: 'once',
          updatesOptIn: 'on',
        }),
      });
      pledge.push(tally);
      const sessionId = /cs_test_\w+/.exec(response.headers.get('location') ?? '')?.[0] ?? '';
      const payload = await stripe.pay(sessionId, { email });
      tally = fresh();
      await app.request('/webhooks/stripe', {
        method: 'POST',
        body: payload,
        headers: { 'stripe-signature': signature(payload) },
      });
      (i % 2 === 0 ? webhook : repeat).push(tally);
      tally = fresh();
      await app.request('/webhooks/stripe', {
        method: 'POST',
        body: payload,
        headers: { 'stripe-signature': signature(payload) },
      });
      duplicate.push(tally);
    }
    const report = (name: string, tallies: Tally[]) => {
      const avg = (pick: (t: Tally) => number) =>
        tallies.reduce((sum, t) => sum + pick(t), 0) / tallies.length;
      const commands = tallies[0]?.byCommand ?? {};
      const figure = (pick: (t: Tally) => number, width: number) =>
        avg(pick).toFixed(1).padStart(width);
      const line = [
        name.padEnd(22),
        `requests ${figure((t) => t.requests, 4)}`,
        `refused ${figure((t) => t.failed, 3)}`,
        `RCU ${figure((t) => t.read, 5)}`,
        `WCU ${figure((t) => t.write, 5)}`,
        `txn items ${figure((t) => t.items, 4)}`,
        JSON.stringify(commands),
      ];
      process.stdout.write(`${line.join('  ')}\n`);
    };
    process.stdout.write(
      `DynamoDB cost of a one-time donation (DynamoDB Local, mean of ${runs})\n`,
    );
    report('form post (pledge)', pledge);
    report('webhook, new supporter', webhook);
    report('webhook, same supporter', repeat);
    report('duplicate webhook', duplicate);
  } finally {
    server.close();
    await stripe.stop();
    await dynamo.stop();
  }
}

await main();
