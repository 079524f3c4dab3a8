import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { DONOR_LINK_WINDOW_MS, Pledge, planRecordErasure } from '@haven/core';
import * as z from 'zod';
import type { Db } from '../client';
import { deleteDevEmailsTo } from '../dev-mail-repo';
import { keys, partitions, supporterKeys } from '../keys';
import { queryItems } from '../query';
import { pledgePartition } from './donor-gifts';
import { donorLinkWindowStart } from './donor-link-repo';

const ItemKey = z.object({ pk: z.string(), sk: z.string() });

/**
 * Erases a person: their name, address, messages and dedications leave every pledge and payment
 * they made (each record keeps the list of what it lost, so a receipt reproduced later says so),
 * their gifts leave the donor index (their key no longer finds them), the emails kept of them
 * and their link counters go, and the erasure itself is recorded with its time and their key
 * alone. Amounts, dates, receipt numbers, campaigns and the totals stay: the organisation's
 * books must. Each step is idempotent and the index entry goes last, so a retry after a failure
 * finds what is left and finishes it.
 */
export async function eraseDonorData(
  db: Db,
  emailKey: string,
  now: Date,
): Promise<{ gifts: number }> {
  const at = now.toISOString();
  const pledgeIds: string[] = [];
  const orgs = new Set<string>();
  for await (const item of queryItems(db, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :donor',
    ExpressionAttributeValues: { ':donor': partitions.donorPledges(emailKey) },
  })) {
    pledgeIds.push(Pledge.shape.id.parse(item.id));
    orgs.add(Pledge.shape.orgSlug.parse(item.orgSlug));
  }
  // Before the pledges, whose index entries tell which organisations they gave to.
  for (const org of orgs) await eraseSupporter(db, org, emailKey, at);
  for (const pledgeId of pledgeIds) {
    const items = await pledgePartition(db, pledgeId);
    // Payments first, the pledge (and with it the index entry) last.
    const ordered = [
      ...items.filter((i) => i.type !== 'pledge'),
      ...items.filter((i) => i.type === 'pledge'),
    ];
    for (const item of ordered) await eraseRecord(db, item, emailKey, at);
  }
  await deleteDevEmailsTo(db, emailKey);
  const window = donorLinkWindowStart(now);
  for (const start of [window, window - DONOR_LINK_WINDOW_MS]) {
    await db.doc.send(
      new DeleteCommand({ TableName: db.tableName, Key: keys.donorLinkRate(emailKey, start) }),
    );
  }
  await db.doc.send(
    new PutCommand({
      TableName: db.tableName,
      Item: { ...keys.erasure(emailKey, at), type: 'erasure', emailKey, erasedAt: at },
    }),
  );
  return { gifts: pledgeIds.length };
}

async function eraseRecord(db: Db, item: Record<string, unknown>, emailKey: string, at: string) {
  const key = ItemKey.parse(item);
  const { remove, erasedFields } = planRecordErasure(item);
  // A payment's gsi1 is its organisation's list by date and stays; only the donor index goes.
  const leavesDonorIndex = item.gsi1pk === partitions.donorPledges(emailKey);
  const removed = [...remove, ...(leavesDonorIndex ? ['gsi1pk', 'gsi1sk'] : [])];
  if (removed.length === 0) return;
  await db.doc.send(
    new UpdateCommand({
      TableName: db.tableName,
      Key: { pk: key.pk, sk: key.sk },
      UpdateExpression: `SET erasedFields = :fields, erasedAt = :at REMOVE ${removed.join(', ')}`,
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':fields': erasedFields, ':at': at },
    }),
  );
}

/**
 * A supporter's record and campaign marks lose the address and every subscription; the marks
 * themselves stay (keyed by the emailKey alone), so the campaigns still count the person once.
 */
async function eraseSupporter(db: Db, org: string, emailKey: string, at: string) {
  const { pk } = supporterKeys.supporter(org, emailKey);
  for await (const item of queryItems(db, {
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': pk },
  })) {
    const key = ItemKey.parse(item);
    await db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: { pk: key.pk, sk: key.sk },
        UpdateExpression: 'REMOVE email, gsi1pk, gsi1sk SET erasedAt = :at',
        ExpressionAttributeValues: { ':at': at },
      }),
    );
  }
}
