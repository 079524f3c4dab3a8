import { randomUUID } from 'node:crypto';
import { createDb, type Db, ensureTable } from '@haven/db';
import { seedDemoData } from '@haven/local';
import { inject } from 'vitest';

/** A fresh table in the run's DynamoDB Local, so test files never see each other's data. */
export async function createTestDb(options: { seed?: boolean } = {}): Promise<Db> {
  const db = createDb({ tableName: `test-${randomUUID()}`, endpoint: inject('dynamoEndpoint') });
  await ensureTable(db.client, db.tableName);
  if (options.seed ?? true) await seedDemoData(db);
  return db;
}
