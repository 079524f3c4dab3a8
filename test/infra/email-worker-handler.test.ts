import { findOutboxItem, keys } from '@haven/db';
import { HttpResponse, http } from 'msw';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createTestDb } from '../support/db';
import { tableKeys } from '../support/raw-table';
import { outboxInsertEvent, streamRecord } from './fixtures/dynamodb-stream';
import { stubLambdaEnv } from './support/lambda-env';
import { expectGranted, refuseOutsideRequests, tableCallsDuring } from './support/outside';

// Neither case may send anything; a send would be counted here, any other request fails.
const sent: unknown[] = [];
refuseOutsideRequests(
  inject('dynamoEndpoint'),
  http.post('https://api.resend.com/emails', async ({ request }) => {
    sent.push(await request.json());
    return HttpResponse.json({ id: 'email_unexpected' });
  }),
);

const db = await createTestDb();
let handler: typeof import('../../functions/email-worker').handler;

beforeAll(async () => {
  stubLambdaEnv('emailWorker', {
    tableName: db.tableName,
    dynamoEndpoint: inject('dynamoEndpoint'),
  });
  vi.resetModules();
  ({ handler } = await import('../../functions/email-worker'));
});
afterAll(() => vi.unstubAllEnvs());

describe('functions/email-worker.ts on the table stream', () => {
  it('passes over a record that is not an outbox item, reporting no failure', async () => {
    const { result, calls } = await tableCallsDuring(() =>
      handler({
        Records: [streamRecord('MODIFY', keys.campaign('mpm', 'voix-aux-nations-unies'))],
      }),
    );
    expect(result).toEqual({ batchItemFailures: [] });
    expect(calls).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('processes an outbox key that does not exist without sending, creating or failing it', async () => {
    const before = await tableKeys(db);
    const { pk, sk } = keys.outbox('receipt_pl_missing');
    const key = { pk: { S: pk }, sk: { S: sk } };
    const { result, calls } = await tableCallsDuring(() =>
      handler(outboxInsertEvent([{ ...key, kind: { S: 'receipt' } }])),
    );
    expect(result).toEqual({ batchItemFailures: [] });
    // It tried to claim the item (a conditional update, refused because there is none) …
    expect(calls).toEqual([{ action: 'UpdateItem' }]);
    expectGranted('emailWorker', calls);
    // … which created nothing and sent nothing.
    expect(await findOutboxItem(db, 'receipt_pl_missing')).toBeUndefined();
    expect(await tableKeys(db)).toEqual(before);
    expect(sent).toEqual([]);
  });
});
