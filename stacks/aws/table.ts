import { attributeNames, tableDefinition } from '../../packages/db/src/table';
import { type App, isPersistentStage, physicalName } from '../platform';

/** The definition's stream view in the spelling SST's Dynamo component takes. */
const streamViews = { NEW_AND_OLD_IMAGES: 'new-and-old-images' } as const;

/**
 * The single table, SST's Dynamo component read field by field from the definition the local
 * stack creates its table from (packages/db/src/table.ts), so keys, indexes, TTL and stream
 * cannot drift. The component turns on point-in-time recovery and on-demand billing itself;
 * the transform keeps the physical name `haven-<stage>` and says again which billing the
 * definition wants, so a change there cannot be silently ignored here.
 */
export function createTable(app: App): sst.aws.Dynamo {
  const { partitionKey, sortKey, globalIndexes, ttlAttribute, stream, billing } = tableDefinition;
  const persistent = isPersistentStage(app.stage);
  return new sst.aws.Dynamo('Table', {
    fields: Object.fromEntries(attributeNames().map((name) => [name, 'string' as const])),
    primaryIndex: { hashKey: partitionKey, rangeKey: sortKey },
    globalIndexes: Object.fromEntries(
      Object.entries(globalIndexes).map(([name, index]) => [
        name,
        { hashKey: index.partitionKey, rangeKey: index.sortKey },
      ]),
    ),
    ttl: ttlAttribute,
    // The outbox worker is driven by this stream (outbox.ts).
    stream: streamViews[stream],
    deletionProtection: persistent,
    transform: {
      table: (args, opts) => {
        args.name = physicalName(app);
        args.billingMode = billing;
        // `sst remove` keeps a persistent stage's data even if its removal policy changes.
        opts.retainOnDelete = persistent;
      },
    },
  });
}
