import type { IndexName } from '../packages/db/src/table';
import type { FunctionName } from './platform';

/** One IAM statement; `Resource` is always a list of ARNs, never `*`. */
export type Statement = {
  Effect: 'Allow';
  Action: string[];
  Resource: string[];
};

type TableAction =
  | 'GetItem'
  | 'BatchGetItem'
  | 'Query'
  | 'PutItem'
  | 'UpdateItem'
  | 'DeleteItem'
  | 'ConditionCheckItem';

/**
 * What one function may do to the table: `actions` on the table itself, and Query (the only
 * thing an index serves) on each index it reads, named one by one.
 */
export type TableGrant = { actions: readonly TableAction[]; indexes: readonly IndexName[] };

/**
 * Each function's grant, read from the code it runs (packages/db and the routes that call it).
 * Transactions need no action of their own: IAM checks each item's Put, Update, Delete or
 * ConditionCheck against PutItem, UpdateItem, DeleteItem or ConditionCheckItem, so the Stripe
 * event id and its effects are covered by the same list. Only the staff pages' role change and
 * removal use a ConditionCheck item (another owner still is one), so only staff grants it.
 */
export const tableGrants = {
  // Public pages and health: organisations by key, a campaign with its totals' shards (a Query
  // on the organisation's partition), lists on GSI1. They write nothing.
  http: { actions: ['GetItem', 'Query'], indexes: ['gsi1'] },
  // The staff pages: members, passkeys and audit entries by organisation partition (Query);
  // sign-in links, sessions, members, settings and campaigns written (Put, Update; Delete for a
  // used link, a signed-out session, a removed member; ConditionCheck for the last-owner rule);
  // an address's memberships and an organisation's campaigns on GSI1. Finance exports read a
  // campaign's payments on GSI2.
  staff: {
    actions: ['GetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem', 'ConditionCheckItem'],
    indexes: ['gsi1', 'gsi2'],
  },
  // The public JSON API reads the same as the pages (campaigns with their shards). No writes.
  jsonApi: { actions: ['GetItem', 'Query'], indexes: ['gsi1'] },
  // The pledge (Put, then Update with the session id) and, on the thank-you page, the same
  // fulfilment as the webhook (event Put; pledge and totals shard Updates). It reads the
  // organisation and pledge by key, the campaign with its shards by Query.
  payments: { actions: ['GetItem', 'Query', 'PutItem', 'UpdateItem'], indexes: [] },
  stripeWebhook: { actions: ['GetItem', 'PutItem', 'UpdateItem'], indexes: [] },
  // One outbox item by key: claim, number the receipt (counter and payment Updates), read the
  // payment/organisation by key and the campaign by Query, mark sent or failed.
  emailWorker: { actions: ['GetItem', 'Query', 'UpdateItem'], indexes: [] },
  // The same per item, after listing what is due on GSI2.
  outboxSweep: { actions: ['GetItem', 'Query', 'UpdateItem'], indexes: ['gsi2'] },
  // Reads organisations, campaigns and payments (GSI1) against the totals, the receipt counters
  // (a Query on an organisation's partition), the outbox's pending and failed (GSI2); writes
  // only to record a paid session whose webhook was lost (the webhook's Puts and Updates).
  reconcile: {
    actions: ['GetItem', 'Query', 'PutItem', 'UpdateItem'],
    indexes: ['gsi1', 'gsi2'],
  },
  // One export job by key, the payments it exports (an organisation's on GSI1, a campaign's on
  // GSI2), then the job marked done or failed.
  exportWorker: { actions: ['GetItem', 'Query', 'UpdateItem'], indexes: ['gsi1', 'gsi2'] },
} as const satisfies Record<FunctionName, TableGrant>;

export function tableStatements(tableArn: string, grant: TableGrant): Statement[] {
  const statements: Statement[] = [
    { Effect: 'Allow', Action: grant.actions.map((a) => `dynamodb:${a}`), Resource: [tableArn] },
  ];
  if (grant.indexes.length > 0) {
    statements.push({
      Effect: 'Allow',
      Action: ['dynamodb:Query'],
      Resource: grant.indexes.map((index) => `${tableArn}/index/${index}`),
    });
  }
  return statements;
}

/** What the email worker's role needs to be driven by the table's stream. */
export function streamStatements(tableArn: string): Statement[] {
  return [
    {
      Effect: 'Allow',
      Action: [
        'dynamodb:DescribeStream',
        'dynamodb:GetRecords',
        'dynamodb:GetShardIterator',
        'dynamodb:ListStreams',
      ],
      Resource: [`${tableArn}/stream/*`],
    },
  ];
}
