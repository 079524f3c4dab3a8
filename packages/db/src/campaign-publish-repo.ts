import { TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  type Campaign,
  type CampaignContent,
  checkCoverOwner,
  NotFoundError,
  planClose,
  planPublish,
  planPublishedEdit,
} from '@haven/core';
import { getCampaignDraft } from './campaign-draft-repo';
import { campaignToItem } from './campaign-item';
import { findCampaign } from './campaign-repo';
import type { Db } from './client';
import { conditionalTransaction, conditionalWrite } from './conditional';
import { keys, partitions } from './keys';
import type { OrgScope } from './org-scope';
import type { TransactItem } from './staff/transact';

/**
 * Publishes a draft as it was at `expectedVersion`: the open campaign is written under a
 * condition that its key is new and the draft deleted under a condition on its version, in one
 * transaction, so a draft is published once and never with content nobody reviewed.
 */
export async function publishCampaignDraft(
  db: Db,
  scope: OrgScope,
  slug: string,
  publish: { expectedVersion: number; now: Date; audit?: TransactItem },
): Promise<Campaign> {
  const draft = await getCampaignDraft(db, scope, slug);
  const campaign = planPublish(draft, publish.now);
  const at = publish.now.toISOString();
  await conditionalTransaction(
    () =>
      db.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: db.tableName,
                Item: {
                  ...campaignToItem(campaign),
                  version: draft.version + 1,
                  updatedAt: at,
                  publishedAt: at,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Delete: {
                TableName: db.tableName,
                Key: keys.campaignDraft(scope.orgSlug, slug),
                ConditionExpression: 'version = :expected',
                ExpressionAttributeValues: { ':expected': publish.expectedVersion },
              },
            },
            ...(publish.audit ? [publish.audit] : []),
          ],
        }),
      ),
    `draft ${scope.orgSlug}/${slug} changed since version ${publish.expectedVersion}`,
  );
  return campaign;
}

/** A published campaign's edit counter; campaigns written before editing existed count as 0. */
const versionCondition = (expected: number) =>
  expected === 0 ? '(attribute_not_exists(version) OR version = :expected)' : 'version = :expected';

/**
 * Saves an edit of a published (open or closed) campaign. Only the fields a fundraiser writes
 * are SET: the totals (`raised_*`) and `supporters` belong to fulfilment and are never part of
 * this update, and the slug, being the key, cannot change. A ConflictError when someone saved
 * since `expectedVersion`.
 */
export async function savePublishedCampaign(
  db: Db,
  scope: OrgScope,
  slug: string,
  edit: { content: CampaignContent; expectedVersion: number; now: Date; audit?: TransactItem },
): Promise<void> {
  const campaign = await findCampaign(db, scope.orgSlug, slug);
  if (!campaign || campaign.status === 'draft') {
    throw new NotFoundError(`campaign ${scope.orgSlug}/${slug} not found`);
  }
  checkCoverOwner(edit.content, scope.orgSlug);
  const published = planPublishedEdit(campaign, edit.content);
  const { endsAt, ...fields } = published;
  const set: Record<string, unknown> = {
    ...fields,
    // The status index is sorted by start date: a new start moves the campaign in it.
    gsi1sk: keys.campaignsByStatus(scope.orgSlug, campaign.status, published.startsAt, slug).gsi1sk,
    updatedAt: edit.now.toISOString(),
    version: edit.expectedVersion + 1,
    ...(endsAt ? { endsAt } : {}),
  };
  const names = Object.keys(set);
  await updateAudited(
    db,
    {
      TableName: db.tableName,
      Key: keys.campaign(scope.orgSlug, slug),
      UpdateExpression: `SET ${names.map((_, i) => `#f${i} = :f${i}`).join(', ')}${endsAt ? '' : ' REMOVE endsAt'}`,
      ConditionExpression: `#status IN (:open, :closed) AND ${versionCondition(edit.expectedVersion)}`,
      ExpressionAttributeNames: {
        '#status': 'status',
        ...Object.fromEntries(names.map((name, i) => [`#f${i}`, name])),
      },
      ExpressionAttributeValues: {
        ':open': 'open',
        ':closed': 'closed',
        ':expected': edit.expectedVersion,
        ...Object.fromEntries(names.map((name, i) => [`:f${i}`, set[name]])),
      },
    },
    edit.audit,
    `campaign ${scope.orgSlug}/${slug} changed since version ${edit.expectedVersion}`,
  );
}

/**
 * Closes an open campaign: it leaves the open list for the closed one, and gifts are refused
 * from then on (a pledge needs an open campaign). Closing twice is a ConflictError.
 */
export async function closeCampaign(
  db: Db,
  scope: OrgScope,
  slug: string,
  now: Date,
  audit?: TransactItem,
) {
  const campaign = await findCampaign(db, scope.orgSlug, slug);
  if (!campaign) throw new NotFoundError(`campaign ${scope.orgSlug}/${slug} not found`);
  const status = planClose(campaign);
  await updateAudited(
    db,
    {
      TableName: db.tableName,
      Key: keys.campaign(scope.orgSlug, slug),
      UpdateExpression:
        'SET #status = :closed, gsi1pk = :list, closedAt = :now, updatedAt = :now ADD version :one',
      ConditionExpression: '#status = :open',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':closed': status,
        ':open': 'open',
        ':list': partitions.campaignsByStatus(scope.orgSlug, status),
        ':now': now.toISOString(),
        ':one': 1,
      },
    },
    audit,
    `campaign ${scope.orgSlug}/${slug} is not open`,
  );
}

type Update = NonNullable<TransactItem['Update']>;

/** One conditional update, with the staff change's audit entry in the same transaction if given. */
async function updateAudited(
  db: Db,
  update: Update,
  audit: TransactItem | undefined,
  conflict: string,
) {
  if (!audit) {
    await conditionalWrite(() => db.doc.send(new UpdateCommand(update)), conflict);
    return;
  }
  await conditionalTransaction(
    () => db.doc.send(new TransactWriteCommand({ TransactItems: [{ Update: update }, audit] })),
    conflict,
  );
}
