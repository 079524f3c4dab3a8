import { GetCommand, type TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { SupporterWrites } from '@haven/core';
import type { Db } from '../client';
import { emailKey } from '../email-key';
import { supporterKeys } from '../keys';
import { firstGiftSupporterItems } from './supporter-items';

type TransactItem = NonNullable<
  ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']
>[number];

/**
 * Whether this person has given to the campaign before, read strongly before the fulfilment
 * transaction. The transaction then puts the mark only if it is still absent (first gift: the
 * campaign gains a supporter) or updates it only if it is still there (not counted again); two
 * first gifts at once leave one transaction cancelled, which reads again and takes the other path.
 */
export async function campaignSupporterExists(db: Db, writes: SupporterWrites): Promise<boolean> {
  const { Item } = await db.doc.send(
    new GetCommand({
      TableName: db.tableName,
      Key: markKey(writes),
      ConsistentRead: true,
      ProjectionExpression: 'pk',
    }),
  );
  return Item !== undefined;
}

const markKey = (writes: SupporterWrites) =>
  supporterKeys.campaignSupporter(writes.orgSlug, emailKey(writes.email), writes.campaignSlug);

/** The supporter's record and campaign mark, as transaction items for fulfilment. */
export function supporterItems(db: Db, writes: SupporterWrites, known: boolean): TransactItem[] {
  const person = emailKey(writes.email);
  const { orgSlug, campaignSlug, email, locale, pledgeId, giftAt, consent } = writes;
  const record: TransactItem = {
    Update: {
      TableName: db.tableName,
      Key: supporterKeys.supporter(orgSlug, person),
      UpdateExpression:
        'SET #type = :type, orgSlug = :org, emailKey = :person, email = :email, locale = :locale, latestGiftAt = :at, latestPledgeId = :pledge, firstGiftAt = if_not_exists(firstGiftAt, :at), firstPledgeId = if_not_exists(firstPledgeId, :pledge)',
      ExpressionAttributeNames: { '#type': 'type' },
      ExpressionAttributeValues: {
        ':type': 'supporter',
        ':org': orgSlug,
        ':person': person,
        ':email': email,
        ':locale': locale,
        ':at': giftAt,
        ':pledge': pledgeId,
      },
    },
  };
  if (!known) {
    return [
      record,
      {
        Put: {
          TableName: db.tableName,
          Item: firstGiftSupporterItems(writes).mark,
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ];
  }
  // A later gift: the language follows the latest one; a ticked box consents again (after an
  // unsubscribe too), an unticked one withdraws nothing.
  const values: Record<string, unknown> = { ':email': email, ':locale': locale, ':at': giftAt };
  let update = 'SET email = :email, locale = :locale, latestGiftAt = :at';
  if (consent) {
    const listed = supporterKeys.subscriber(orgSlug, campaignSlug, person);
    update += ', consent = :consent, gsi1pk = :gsi1pk, gsi1sk = :gsi1sk REMOVE unsubscribedAt';
    Object.assign(values, {
      ':consent': consent,
      ':gsi1pk': listed.gsi1pk,
      ':gsi1sk': listed.gsi1sk,
    });
  }
  return [
    record,
    {
      Update: {
        TableName: db.tableName,
        Key: markKey(writes),
        UpdateExpression: update,
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: values,
      },
    },
  ];
}

/** The person's key on the payment, so reconciliation can count people without an address. */
export const supporterKeyOf = (writes: SupporterWrites | undefined) =>
  writes ? emailKey(writes.email) : undefined;
