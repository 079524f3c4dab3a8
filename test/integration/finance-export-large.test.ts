import { randomUUID } from 'node:crypto';
import { createDb, ensureTable } from '@haven/db';
import { seedDemoData, startDynamoDbLocal } from '@haven/local';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../support/app';
import { csvRecords } from '../support/csv-download';
import { generatedPayment, paymentItem } from '../support/generated-payments';
import { batchPutItems } from '../support/raw-table';
import { formPost, signIn } from '../support/staff';

const COUNT = 100_000;
const options = {
  orgSlug: 'mpm',
  campaigns: ['voix-aux-nations-unies', 'archive-2025', 'urgence'],
  currencies: ['CHF', 'EUR', 'JPY', 'KWD'],
};

// A DynamoDB Local of its own: 100 000 items written into the run's shared one slowed every
// other file, and that one's size (every file's tables) slowed these writes several times over.
const dynamo = await startDynamoDbLocal();
afterAll(() => dynamo.stop());
const db = createDb({ tableName: `test-${randomUUID()}`, endpoint: dynamo.endpoint });
await ensureTable(db.client, db.tableName);
await seedDemoData(db);
const now = new Date('2026-11-25T12:00:00Z');
const app = createTestApp(db, now);
const finance = await signIn(app, db, 'finance@mpm.example.org', now);

function* generated() {
  for (let i = 0; i < COUNT; i++) yield paymentItem(generatedPayment(i, options));
}

describe('a donations export of 100 000 payments', () => {
  it('streams every payment from DynamoDB Local, row by row, in date order', async () => {
    await batchPutItems(db, generated(), 16);
    const response = await app.request(
      '/staff/finance/exports',
      formPost({ _csrf: finance.csrf, from: '2026-01-01', to: '2026-12-31' }, finance.cookie),
    );
    expect(response.status).toBe(200);
    let i = 0;
    for await (const row of csvRecords(response.body)) {
      const payment = generatedPayment(i, options);
      const exponent = payment.currency === 'JPY' ? 0 : payment.currency === 'KWD' ? 3 : 2;
      const major = (minor: number) => (minor / 10 ** exponent).toFixed(exponent);
      expect(row.pledge_id).toBe(payment.pledgeId);
      expect(row.paid_at).toBe(payment.paidAt);
      expect(row.receipt_number).toBe(payment.receiptNumber);
      expect(row.campaign).toBe(payment.campaignSlug);
      expect(row.currency).toBe(payment.currency);
      expect([row.gift, row.gross, row.fee, row.net]).toEqual(
        [payment.gift, payment.gross, payment.fee, payment.net].map(major),
      );
      expect(row.donor_name).toBe(payment.donorName);
      expect(row.anonymous).toBe(payment.anonymous ? 'yes' : 'no');
      i += 1;
    }
    expect(i).toBe(COUNT);
  }, 1_800_000);
});
