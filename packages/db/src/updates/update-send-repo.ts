import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { CampaignSupporter, EmailOptOut, mayEmail, type UpdateEmailCounts } from '@haven/core';
import * as z from 'zod';
import { getItems } from '../batch-get';
import type { Db } from '../client';
import { FanoutCursor, fanoutPageAdvance } from '../fanout-page';
import { keys, supporterKeys, supporterPartitions } from '../keys';
import type { OrgScope } from '../org-scope';
import { type TransactItem, transact } from '../staff/transact';
import type { SentUpdateEmail } from './sent-update-email';
import type { UpdateBatchOutboxItem, UpdateFanoutOutboxItem } from './update-outbox-items';

/**
 * Recipients per batch: one Resend batch call (at most 100 emails), two BatchGetItem requests
 * at once for their marks, address states, send markers and opt-outs (4 × 33 keys) and one
 * transaction to claim them and one to record them sent with Resend's ids (33 markers, 33
 * pointers and the count: 67 of a transaction's 100 items).
 */
export const UPDATE_BATCH_SIZE = 33;

export const fanoutOutboxId = (updateId: string) => `updfan_${updateId}`;
const batchOutboxId = (updateId: string, page: number) =>
  `updbat_${updateId}_${String(page).padStart(6, '0')}`;

/** Asks for the update's email at `sendAt`: once per update, and only once it is published. */
export async function scheduleUpdateEmail(
  db: Db,
  scope: OrgScope,
  input: { campaignSlug: string; id: string; sendAt: Date; now: Date },
  audit: TransactItem,
) {
  const outboxId = fanoutOutboxId(input.id);
  const dueAt = input.sendAt.toISOString();
  await transact(
    db,
    [
      {
        Update: {
          TableName: db.tableName,
          Key: supporterKeys.update(scope.orgSlug, input.campaignSlug, input.id),
          UpdateExpression: 'SET sendAt = :due',
          ConditionExpression: '#status = :published AND attribute_not_exists(sendAt)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':due': dueAt, ':published': 'published' },
        },
      },
      {
        Put: {
          TableName: db.tableName,
          Item: {
            ...keys.outbox(outboxId),
            ...keys.outboxDue('pending', dueAt, outboxId),
            type: 'outbox',
            id: outboxId,
            kind: 'update-fanout',
            orgSlug: scope.orgSlug,
            campaignSlug: input.campaignSlug,
            updateId: input.id,
            pages: 0,
            status: 'pending',
            attempts: 0,
            dueAt,
            createdAt: input.now.toISOString(),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      audit,
    ],
    'update not published, or its email already asked for',
  );
}

/**
 * Queues the next page of consenting supporters as one batch item, in one transaction with the
 * cursor's move (conditioned on the page number it read) and the queued count: a page is queued
 * once, however often the worker stops and starts. Answers false when no one is left.
 */
export async function queueNextUpdateBatch(
  db: Db,
  item: UpdateFanoutOutboxItem,
  now: Date,
): Promise<{ more: boolean; item: UpdateFanoutOutboxItem }> {
  const page = await db.doc.send(
    new QueryCommand({
      TableName: db.tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: {
        ':pk': supporterPartitions.subscribers(item.orgSlug, item.campaignSlug),
      },
      ProjectionExpression: 'gsi1sk',
      Limit: UPDATE_BATCH_SIZE,
      ...(item.cursor ? { ExclusiveStartKey: item.cursor } : {}),
    }),
  );
  const recipients = (page.Items ?? []).map((row) => z.string().parse(row.gsi1sk));
  if (recipients.length === 0) return { more: false, item };
  const batchId = batchOutboxId(item.updateId, item.pages);
  const next = page.LastEvaluatedKey ? FanoutCursor.parse(page.LastEvaluatedKey) : undefined;
  const at = now.toISOString();
  await db.doc.send(
    new TransactWriteCommand({
      TransactItems: [
        fanoutPageAdvance(db, item, next),
        {
          Put: {
            TableName: db.tableName,
            Item: {
              ...keys.outbox(batchId),
              ...keys.outboxDue('pending', at, batchId),
              type: 'outbox',
              id: batchId,
              kind: 'update-batch',
              orgSlug: item.orgSlug,
              campaignSlug: item.campaignSlug,
              updateId: item.updateId,
              recipients,
              status: 'pending',
              attempts: 0,
              dueAt: at,
              createdAt: at,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        addCounts(db, item, { queued: recipients.length }),
      ],
    }),
  );
  const moved = { ...item, pages: item.pages + 1, cursor: next };
  return { more: next !== undefined, item: moved };
}

const addCounts = (
  db: Db,
  ref: { orgSlug: string; campaignSlug: string; updateId: string },
  counts: Partial<UpdateEmailCounts>,
): TransactItem => {
  const entries = Object.entries(counts).filter(([, n]) => n !== undefined && n > 0);
  return {
    Update: {
      TableName: db.tableName,
      Key: supporterKeys.update(ref.orgSlug, ref.campaignSlug, ref.updateId),
      UpdateExpression: `ADD ${entries.map(([name]) => `#${name} :${name}`).join(', ')}`,
      ExpressionAttributeNames: Object.fromEntries(entries.map(([name]) => [`#${name}`, name])),
      ExpressionAttributeValues: Object.fromEntries(entries.map(([name, n]) => [`:${name}`, n])),
    },
  };
};

/** One of the update's recipients as their batch finds them. */
export type BatchRecipient = {
  person: string;
  supporter: CampaignSupporter | undefined;
  /**
   * The address bounced or its owner complained (never mailed again), or the person opted out
   * of this organisation's or campaign's emails in their donor space.
   */
  blocked: boolean;
  send: { status: 'claimed' | 'sent' | 'failed' | 'suppressed'; batchId: string } | undefined;
};

const SendMarker = z.object({
  sk: z.string(),
  status: z.enum(['claimed', 'sent', 'failed', 'suppressed']),
  batchId: z.string(),
});

/**
 * A batch's recipients with their consent, address state, send marker and opt-out: 4 × 33 keys,
 * two BatchGetItem requests made at once.
 */
export async function readUpdateBatch(
  db: Db,
  item: UpdateBatchOutboxItem,
): Promise<BatchRecipient[]> {
  const wanted = item.recipients.flatMap((person) => [
    supporterKeys.campaignSupporter(item.orgSlug, person, item.campaignSlug),
    supporterKeys.emailStatus(person),
    supporterKeys.updateSend(item.updateId, person),
    // The choice a donor made in their own space: no email from this organisation or campaign.
    keys.emailOptOut(person, item.orgSlug),
  ]);
  const found = await getItems(db, wanted);
  const byKey = new Map(found.map((row) => [`${row.pk}|${row.sk}`, row]));
  const at = (key: { pk: string; sk: string }) => byKey.get(`${key.pk}|${key.sk}`);
  return item.recipients.map((person) => {
    const mark = at(supporterKeys.campaignSupporter(item.orgSlug, person, item.campaignSlug));
    const state = at(supporterKeys.emailStatus(person));
    const marker = at(supporterKeys.updateSend(item.updateId, person));
    const optOut = at(keys.emailOptOut(person, item.orgSlug));
    return {
      person,
      supporter: mark ? CampaignSupporter.parse(mark) : undefined,
      blocked:
        (state !== undefined &&
          (state.bouncedAt !== undefined || state.complainedAt !== undefined)) ||
        (optOut !== undefined && !mayEmail(EmailOptOut.parse(optOut), item.campaignSlug)),
      send: marker ? SendMarker.parse(marker) : undefined,
    };
  });
}

/**
 * Claims the people this batch will mail and records those it must not, each under a condition
 * that no other batch has them: a person in two batches (a page that shifted while the worker was
 * stopped) is mailed by one. Re-claiming one's own claim is allowed: that is the restart after a
 * crash between Resend's answer and `recordUpdateBatchOutcome`. False when another batch won a race.
 */
export async function claimUpdateRecipients(
  db: Db,
  item: UpdateBatchOutboxItem,
  claim: readonly string[],
  suppress: readonly string[],
  now: Date,
): Promise<boolean> {
  const marker = (person: string, status: 'claimed' | 'suppressed'): TransactItem => ({
    Put: {
      TableName: db.tableName,
      Item: {
        ...supporterKeys.updateSend(item.updateId, person),
        type: 'update_send',
        status,
        batchId: item.id,
        at: now.toISOString(),
      },
      ConditionExpression: 'attribute_not_exists(pk) OR (batchId = :me AND #status = :claimed)',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':me': item.id, ':claimed': 'claimed' },
    },
  });
  const items = [
    ...claim.map((person) => marker(person, 'claimed')),
    ...suppress.map((person) => marker(person, 'suppressed')),
    ...(suppress.length > 0 ? [addCounts(db, item, { suppressed: suppress.length })] : []),
  ];
  if (items.length === 0) return true;
  try {
    await db.doc.send(new TransactWriteCommand({ TransactItems: items }));
    return true;
  } catch (error) {
    if (error instanceof TransactionCanceledException) return false;
    throw error;
  }
}

/** How long Resend's email id leads back to its update: bounces and complaints come within days. */
const EMAIL_POINTER_DAYS = 90;

/**
 * The claimed people were mailed (or failed for good): their markers and the count, at once.
 * When sent, `accepted.emailIds` are Resend's ids for the same people in the same order (its batch
 * answer keeps the order of the request): each goes on the person's marker, with a pointer from the id
 * back to the update and person, so a bounce webhook finds both with one GetItem. 33 markers, 33
 * pointers and the count stay within a transaction's 100 items.
 */
export async function recordUpdateBatchOutcome(
  db: Db,
  item: UpdateBatchOutboxItem,
  people: readonly string[],
  outcome: 'sent' | 'failed',
  accepted?: { emailIds: readonly string[]; at: Date },
) {
  if (people.length === 0) return;
  const emailIds = accepted?.emailIds ?? [];
  if (emailIds.length > 0 && emailIds.length !== people.length) {
    throw new Error(`${emailIds.length} email ids for ${people.length} people`);
  }
  const expiresAt = Math.floor((accepted?.at.getTime() ?? 0) / 1000) + EMAIL_POINTER_DAYS * 86_400;
  await transact(
    db,
    [
      ...people.flatMap((person, i): TransactItem[] => {
        const emailId = emailIds[i];
        const marker: TransactItem = {
          Update: {
            TableName: db.tableName,
            Key: supporterKeys.updateSend(item.updateId, person),
            UpdateExpression: emailId
              ? 'SET #status = :outcome, emailId = :emailId'
              : 'SET #status = :outcome',
            ConditionExpression: 'batchId = :me AND #status = :claimed',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':me': item.id,
              ':claimed': 'claimed',
              ':outcome': outcome,
              ...(emailId ? { ':emailId': emailId } : {}),
            },
          },
        };
        if (!emailId) return [marker];
        const pointer: SentUpdateEmail = {
          orgSlug: item.orgSlug,
          campaignSlug: item.campaignSlug,
          updateId: item.updateId,
          person,
        };
        return [
          marker,
          {
            Put: {
              TableName: db.tableName,
              Item: {
                ...supporterKeys.resendEmail(emailId),
                type: 'resend_email',
                ...pointer,
                expiresAt,
              },
            },
          },
        ];
      }),
      addCounts(db, item, { [outcome]: people.length }),
    ],
    'update batch recorded already',
  );
}
