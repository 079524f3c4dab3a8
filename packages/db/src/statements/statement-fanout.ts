import { randomUUID } from 'node:crypto';
import { QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError, statementRecipients } from '@haven/core';
import * as z from 'zod';
import { getItems } from '../batch-get';
import type { Db } from '../client';
import { emailKey } from '../email-key';
import { FanoutCursor, fanoutPageAdvance } from '../fanout-page';
import { keys, partitions } from '../keys';
import { type TransactItem, transact } from '../staff/transact';
import type { StatementFanoutOutboxItem, StatementOutboxItem } from './statement-outbox-items';
import { outboxFields, putNew } from './statement-writes';

/**
 * Payments read per page: at most as many new people, each a marker and an outbox item, with the
 * cursor's move and the run's count: 2 × 40 + 2 items, inside a transaction's 100.
 */
export const STATEMENT_PAGE_SIZE = 40;

const PaymentRow = z.object({ donorEmail: z.string().optional() });

/**
 * Queues the next page of the period's payments: one statement item per person not yet marked,
 * each with its send marker under `attribute_not_exists`, in one transaction with the cursor's
 * move (conditioned on the page number read) and the queued count. Two fan-outs of one period
 * racing for a person: one transaction fails and its item is retried, finding the marker.
 */
export async function queueNextStatementPage(
  db: Db,
  item: StatementFanoutOutboxItem,
  now: Date,
): Promise<{ more: boolean; item: StatementFanoutOutboxItem }> {
  const page = await db.doc.send(
    new QueryCommand({
      TableName: db.tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':pk': partitions.paymentsByDate(item.orgSlug),
        ':from': `${item.from}T00:00:00.000Z`,
        // Sort keys are `<paidAt>#<pledgeId>`: '~' sorts after every instant of the last day.
        ':to': `${item.to}T23:59:59.999Z~`,
      },
      ProjectionExpression: 'donorEmail',
      Limit: STATEMENT_PAGE_SIZE,
      ...(item.cursor ? { ExclusiveStartKey: item.cursor } : {}),
    }),
  );
  const rows = (page.Items ?? []).map((row) => {
    const { donorEmail } = PaymentRow.parse(row);
    return { donorEmail, emailKey: donorEmail ? emailKey(donorEmail) : undefined };
  });
  const next = page.LastEvaluatedKey ? FanoutCursor.parse(page.LastEvaluatedKey) : undefined;
  const marked = await markedPeople(
    db,
    item,
    rows.flatMap((r) => (r.emailKey ? [r.emailKey] : [])),
  );
  const people = statementRecipients(rows, marked);
  const at = now.toISOString();
  await db.doc.send(
    new TransactWriteCommand({
      TransactItems: [
        fanoutPageAdvance(db, item, next),
        ...people.flatMap((person) => {
          // The marker, written once, keeps this item once: its id need not name the person.
          const id = `stmtbulk_${randomUUID()}`;
          return [
            putNew(db, {
              ...keys.statementSend(item.orgSlug, item.from, person),
              type: 'statement_send',
              emailKey: person,
              outboxId: id,
              at,
            }),
            putNew(db, {
              ...outboxFields(id, at),
              kind: 'statement',
              orgSlug: item.orgSlug,
              emailKey: person,
              from: item.from,
              to: item.to,
              bulk: true,
            }),
          ];
        }),
        ...(people.length > 0 ? [addToRun(db, item, 'queued', people.length)] : []),
      ],
    }),
  );
  return { more: next !== undefined, item: { ...item, pages: item.pages + 1, cursor: next } };
}

async function markedPeople(
  db: Db,
  item: StatementFanoutOutboxItem,
  people: readonly string[],
): Promise<Set<string>> {
  const unique = [...new Set(people)];
  const found = await getItems(
    db,
    unique.map((person) => keys.statementSend(item.orgSlug, item.from, person)),
  );
  return new Set(found.map((row) => z.string().parse(row.emailKey)));
}

const addToRun = (
  db: Db,
  ref: { orgSlug: string; from: string },
  count: 'queued' | 'sent' | 'failed',
  n: number,
): TransactItem => ({
  Update: {
    TableName: db.tableName,
    Key: keys.statementRun(ref.orgSlug, ref.from),
    UpdateExpression: 'ADD #count :n',
    ExpressionAttributeNames: { '#count': count },
    ExpressionAttributeValues: { ':n': n },
  },
});

/**
 * A bulk statement left (or failed for good): its marker says so and the run counts it, at once
 * and only the first time, so an item sent again after a crash is not counted twice.
 */
export async function recordStatementOutcome(
  db: Db,
  item: StatementOutboxItem,
  outcome: 'sent' | 'failed',
  now: Date,
) {
  if (!item.bulk) return;
  try {
    await transact(
      db,
      [
        {
          Update: {
            TableName: db.tableName,
            Key: keys.statementSend(item.orgSlug, item.from, item.emailKey),
            UpdateExpression: 'SET outcome = :outcome, outcomeAt = :at',
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(outcome)',
            ExpressionAttributeValues: { ':outcome': outcome, ':at': now.toISOString() },
          },
        },
        addToRun(db, item, outcome, 1),
      ],
      'statement counted already',
    );
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
  }
}
