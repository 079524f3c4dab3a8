import type * as Aws from '@pulumi/aws';
import { attributeNames, tableDefinition } from '../packages/db/src/table';
import { isPersistentStage, type Platform, physicalName } from './platform';

/**
 * The single table, read field by field from the definition the local stack creates its
 * table from (packages/db/src/table.ts), so keys, indexes, TTL and stream cannot drift.
 */
export function createTable({ aws, app }: Platform): Aws.dynamodb.Table {
  const { partitionKey, sortKey, globalIndexes, ttlAttribute, stream, billing } = tableDefinition;
  const persistent = isPersistentStage(app.stage);
  return new aws.dynamodb.Table(
    'Table',
    {
      name: physicalName(app),
      billingMode: billing,
      hashKey: partitionKey,
      rangeKey: sortKey,
      attributes: attributeNames().map((name) => ({ name, type: 'S' })),
      globalSecondaryIndexes: Object.entries(globalIndexes).map(([name, index]) => ({
        name,
        hashKey: index.partitionKey,
        rangeKey: index.sortKey,
        projectionType: 'ALL',
      })),
      ttl: { attributeName: ttlAttribute, enabled: true },
      // The outbox worker is driven by this stream (outbox.ts).
      streamEnabled: true,
      streamViewType: stream,
      pointInTimeRecovery: { enabled: true },
      deletionProtectionEnabled: persistent,
    },
    { retainOnDelete: persistent },
  );
}
