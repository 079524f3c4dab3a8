import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { HttpResponse, http } from 'msw';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createTestDb } from '../support/db';
import { outboxInsertEvent, streamRecord } from './fixtures/dynamodb-stream';
import { lambdaContext } from './fixtures/http-api';
import { stubLambdaEnv } from './support/lambda-env';
import {
  expectGranted,
  refuseOutsideRequests,
  tableCallsDuring,
  tableKeys,
} from './support/outside';

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
        {
          Records: [
            streamRecord('MODIFY', { pk: 'ORG#mpm', sk: 'CAMPAIGN#voix-aux-nations-unies' }),
          ],
        },
        context,
      ),
    );
    expect(result).toEqual({ batchItemFailures: [] });
    expect(calls).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('processes an outbox key that does not exist without sending, creating or failing it', async () => {
    const before = await tableKeys(db);
    const key = { pk: { S: 'OUTBOX#receipt_pl_missing' }, sk: { S: '#OUTBOX' } };
    const { result, calls } = await tableCallsDuring(() =>
      handler(outboxInsertEvent([{ ...key, kind: { S: 'receipt' } }]), context),
    );
    expect(result).toEqual({ batchItemFailures: [] });
    // It tried to claim the item (a conditional update, refused because there is none) …
    expect(calls).toEqual([{ action: 'UpdateItem' }]);
    expectGranted('emailWorker', calls);
    // … which created nothing and sent nothing.
    const { Item } = await db.doc.send(
      new GetCommand({ TableName: db.tableName, Key: { pk: key.pk.S, sk: key.sk.S } }),
    );
    expect(Item).toBeUndefined();
    expect(await tableKeys(db)).toEqual(before);
    expect(sent).toEqual([]);
  });

  it('reports a record it could not handle as a batch item failure, and logs its id and error name', async () => {
    // Due and pending, so it is claimed, but not an outbox item the worker can read.
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: {
          pk: 'OUTBOX#receipt_pl_broken',
          sk: '#OUTBOX',
          status: 'pending',
          dueAt: '2000-01-01T00:00:00.000Z',
        },
      }),
    );
    const errors = vi.spyOn(logger, 'error');
    const event = outboxInsertEvent([
      { pk: { S: 'OUTBOX#receipt_pl_broken' }, sk: { S: '#OUTBOX' }, kind: { S: 'receipt' } },
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
