import { describe, expect, inject, it } from 'vitest';
import { createTestDb } from '../../../test/support/db';
import { createDb } from './client';
import { pingEndpoint, pingTable } from './health';

describe('health', () => {
  it('pings a table that answers, and rejects for one that does not exist', async () => {
    const db = await createTestDb({ seed: false });
    await expect(pingTable(db)).resolves.toBeUndefined();
    const missing = createDb({ tableName: 'no-such-table', endpoint: inject('dynamoEndpoint') });
    await expect(pingTable(missing)).rejects.toThrow();
    // DynamoDB itself answers, table or not: what the local stack waits for at start.
    await expect(pingEndpoint(missing)).resolves.toBeUndefined();
  });
});
