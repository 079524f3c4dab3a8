import { findOutboxItem, keys } from '@haven/db';
import { HttpResponse, http } from 'msw';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createTestDb } from '../support/db';
import { tableKeys, updateItem } from '../support/raw-table';
import { outboxInsertEvent, streamRecord } from './fixtures/dynamodb-stream';
import { lambdaContext } from './fixtures/http-api';
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
let logger: typeof import('@haven/log').logger;
const context = lambdaContext('haven-dev-emailWorker');

beforeAll(async () => {
  stubLambdaEnv('emailWorker', {
    tableName: db.tableName,
    dynamoEndpoint: inject('dynamoEndpoint'),
  });
  vi.resetModules();
  ({ handler } = await import('../../functions/email-worker'));
  // The logger instance the freshly imported handler uses.
  ({ logger } = await import('@haven/log'));
});
afterAll(() => vi.unstubAllEnvs());

describe('functions/email-worker.ts on the table stream', () => {
  it('passes over a record that is not an outbox item, reporting no failure', async () => {
    const { result, calls } = await tableCallsDuring(() =>
      handler(
        { Records: [streamRecord('MODIFY', keys.campaign('mpm', 'voix-aux-nations-unies'))] },
        context,
      ),
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
      handler(outboxInsertEvent([{ ...key, kind: { S: 'receipt' } }]), context),
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

  it('reports a record it could not handle as a batch item failure, and logs its id and error name', async () => {
    // Due and pending, so it is claimed, but not an outbox item the worker can read.
    const broken = keys.outbox('receipt_pl_broken');
    await updateItem(db, broken, {
      expression: 'SET #status = :pending, dueAt = :due',
      names: { '#status': 'status' },
      values: { ':pending': 'pending', ':due': '2000-01-01T00:00:00.000Z' },
    });
    const errors = vi.spyOn(logger, 'error');
    const event = outboxInsertEvent([
      { pk: { S: broken.pk }, sk: { S: broken.sk }, kind: { S: 'receipt' } },
    ]);
    const result = await handler(event, context);
    expect(result).toEqual({
      batchItemFailures: [{ itemIdentifier: event.Records[0]?.dynamodb?.SequenceNumber }],
    });
    expect(errors).toHaveBeenCalledWith('outbox record failed', {
      outboxId: 'receipt_pl_broken',
      error: 'ZodError',
    });
    expect(sent).toEqual([]);
  });
});
