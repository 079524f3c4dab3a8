import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '@haven/core';
import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/support/db';
import { conditionalWrite, isConditionFailed } from './conditional';

const db = await createTestDb({ seed: false });
const putNew = () =>
  db.doc.send(
    new PutCommand({
      TableName: db.tableName,
      Item: { pk: 'CONDITION_TEST', sk: 'CONDITION_TEST' },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );

describe('a refused condition, through the document client against DynamoDB Local', () => {
  it('is recognised by isConditionFailed, and nothing else is', async () => {
    await putNew();
    const refused = await putNew().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(isConditionFailed(refused)).toBe(true);
    // An error that only borrows the name is not DynamoDB's refusal.
    const lookalike = Object.assign(new Error('x'), { name: 'ConditionalCheckFailedException' });
    expect(isConditionFailed(lookalike)).toBe(false);
    expect(isConditionFailed(new Error('throttled'))).toBe(false);
  });

  it('becomes a ConflictError in conditionalWrite', async () => {
    await expect(conditionalWrite(putNew, 'already there')).rejects.toThrow(ConflictError);
  });
});
