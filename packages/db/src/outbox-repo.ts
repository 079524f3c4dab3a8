import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { Locale } from '@haven/core';
import * as z from 'zod';
import type { Db } from './client';
import { isConditionFailed } from './conditional';
import { keys, partitions } from './keys';
import { queryItems } from './query';
import {
  StatementFanoutOutboxItem,
  StatementOutboxItem,
} from './statements/statement-outbox-items';
import { UpdateBatchOutboxItem, UpdateFanoutOutboxItem } from './updates/update-outbox-items';

const OutboxState = {
  id: z.string(),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number().int().nonnegative(),
  dueAt: z.iso.datetime(),
  leaseUntil: z.iso.datetime().optional(),
  lastError: z.string().optional(),
  providerId: z.string().optional(),
  sentAt: z.iso.datetime().optional(),
};

export const ReceiptOutboxItem = z.object({
  ...OutboxState,
  kind: z.literal('receipt'),
  pledgeId: z.string(),
  /** An instalment's receipt: the invoice its payment is keyed by. */
  invoiceId: z.string().optional(),
});
export type ReceiptOutboxItem = z.infer<typeof ReceiptOutboxItem>;

/**
 * A staff sign-in or invitation link. The token is here in clear only until the email leaves
 * (marking the item sent or failed removes it); the link's own record holds its hash alone.
 */
export const StaffLinkOutboxItem = z.object({
  ...OutboxState,
  kind: z.literal('staff-link'),
  purpose: z.enum(['sign-in', 'invite']),
  orgSlug: z.string(),
  memberId: z.string(),
  linkToken: z.string().optional(),
  /** Who asked: the inviting member (for the email's wording), absent for a sign-in. */
  invitedBy: z.string().optional(),
});
export type StaffLinkOutboxItem = z.infer<typeof StaffLinkOutboxItem>;

/**
 * A donor's link to their own space. It holds the person's emailKey, never their address (the
 * worker finds that from their latest payment), and the token only until the email leaves.
 */
export const DonorLinkOutboxItem = z.object({
  ...OutboxState,
  kind: z.literal('donor-link'),
  emailKey: z.string(),
  locale: Locale,
  linkToken: z.string().optional(),
});
export type DonorLinkOutboxItem = z.infer<typeof DonorLinkOutboxItem>;

/** A monthly gift's instalment the card did not pay: the donor is told how to fix the card. */
export const CardFailedOutboxItem = z.object({
  ...OutboxState,
  kind: z.literal('card-failed'),
  pledgeId: z.string(),
  invoiceId: z.string(),
  /** The processor's page where the donor pays this instalment with another card. */
  fixUrl: z.url().optional(),
});
export type CardFailedOutboxItem = z.infer<typeof CardFailedOutboxItem>;
/** The donor's notice of a refund (and, for a partial one, the reissued receipt). */
export const RefundOutboxItem = z.object({
  ...OutboxState,
  kind: z.literal('refund'),
  pledgeId: z.string(),
  refundId: z.string(),
  /** The refund's amount, in the gift's currency. */
  amount: z.number().int().positive(),
});
export type RefundOutboxItem = z.infer<typeof RefundOutboxItem>;

export const OutboxItem = z.discriminatedUnion('kind', [
  ReceiptOutboxItem,
  StaffLinkOutboxItem,
  DonorLinkOutboxItem,
  CardFailedOutboxItem,
  RefundOutboxItem,
  UpdateFanoutOutboxItem,
  UpdateBatchOutboxItem,
  StatementOutboxItem,
  StatementFanoutOutboxItem,
]);
export type OutboxItem = z.infer<typeof OutboxItem>;

export async function findOutboxItem(db: Db, id: string): Promise<OutboxItem | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.outbox(id), ConsistentRead: true }),
  );
  return Item ? OutboxItem.parse(Item) : undefined;
}

/** Pending items whose time has come, oldest first (a Query on GSI2, never a Scan). */
export async function listDueOutbox(db: Db, now: Date, limit = 25): Promise<OutboxItem[]> {
  const { Items = [] } = await db.doc.send(
    new QueryCommand({
      TableName: db.tableName,
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pending AND gsi2sk <= :now',
      ExpressionAttributeValues: {
        ':pending': partitions.outboxDue('pending'),
        ':now': `${now.toISOString()}~`,
      },
      Limit: limit,
    }),
  );
  return Items.map((item) => OutboxItem.parse(item));
}

/**
 * Every item in one status's list (GSI2, paged through), or with `dueBefore` only those due
 * before then: what reconciliation reports as failed or stuck. Sent items are in no list.
 */
export async function listOutboxItems(
  db: Db,
  status: 'pending' | 'failed',
  dueBefore?: Date,
): Promise<OutboxItem[]> {
  const items: OutboxItem[] = [];
  const rows = queryItems(db, {
    IndexName: 'gsi2',
    KeyConditionExpression: dueBefore ? 'gsi2pk = :pk AND gsi2sk < :before' : 'gsi2pk = :pk',
    ExpressionAttributeValues: {
      ':pk': partitions.outboxDue(status),
      ...(dueBefore ? { ':before': dueBefore.toISOString() } : {}),
    },
  });
  for await (const row of rows) items.push(OutboxItem.parse(row));
  return items;
}

/**
 * Takes a pending item for `leaseMs`, so two workers never send it at the same time. A worker
 * that dies mid-send leaves the lease to expire and the item to be taken again; the email
 * provider's idempotency key then keeps the donor from getting it twice.
 */
export async function claimOutboxItem(
  db: Db,
  id: string,
  now: Date,
  leaseMs: number,
): Promise<OutboxItem | undefined> {
  try {
    const { Attributes } = await db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.outbox(id),
        UpdateExpression: 'SET leaseUntil = :until',
        ConditionExpression:
          '#status = :pending AND dueAt <= :now AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':pending': 'pending',
          ':now': now.toISOString(),
          ':until': new Date(now.getTime() + leaseMs).toISOString(),
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return OutboxItem.parse(Attributes);
  } catch (error) {
    if (isConditionFailed(error)) return undefined;
    throw error;
  }
}

/** Sent: the item leaves the due index for good, and a link's token leaves the table. */
export async function markOutboxSent(db: Db, id: string, providerId: string, now: Date) {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.tableName,
      Key: keys.outbox(id),
      UpdateExpression:
        'SET #status = :sent, providerId = :provider, sentAt = :now, attempts = attempts + :one REMOVE gsi2pk, gsi2sk, leaseUntil, linkToken',
      ConditionExpression: '#status = :pending',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':sent': 'sent',
        ':pending': 'pending',
        ':provider': providerId,
        ':now': now.toISOString(),
        ':one': 1,
      },
    }),
  );
}

/** Not sent this time: due again at `retryAt`, or failed for good (kept, listed apart) when null. */
export async function markOutboxAttemptFailed(
  db: Db,
  item: OutboxItem,
  errorCode: string,
  retryAt: Date | null,
) {
  const status = retryAt ? 'pending' : 'failed';
  const dueAt = (retryAt ?? new Date(item.dueAt)).toISOString();
  const due = keys.outboxDue(status, dueAt, item.id);
  await db.doc.send(
    new UpdateCommand({
      TableName: db.tableName,
      Key: keys.outbox(item.id),
      UpdateExpression:
        'SET #status = :status, attempts = attempts + :one, dueAt = :due, lastError = :error, gsi2pk = :gsi2pk, gsi2sk = :gsi2sk REMOVE leaseUntil',
      ConditionExpression: '#status = :pending',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':status': status,
        ':pending': 'pending',
        ':one': 1,
        ':due': dueAt,
        ':error': errorCode,
        ':gsi2pk': due.gsi2pk,
        ':gsi2sk': due.gsi2sk,
      },
    }),
  );
}
