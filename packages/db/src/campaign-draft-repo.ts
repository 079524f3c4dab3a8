import { DeleteCommand, GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { CampaignContent, CampaignDraft, checkCoverOwner, NotFoundError } from '@haven/core';
import type { Db } from './client';
import { conditionalTransaction, conditionalWrite } from './conditional';
import { keys } from './keys';
import type { OrgScope } from './org-scope';
import type { TransactItem } from './staff/transact';

const draftItem = (draft: CampaignDraft) => ({
  ...keys.campaignDraft(draft.orgSlug, draft.slug),
  type: 'campaign_draft',
  ...CampaignDraft.parse(draft),
});

/** No campaign, draft or published, may hold the slug: a draft is stored apart from campaigns. */
const slugIsFree = (db: Db, scope: OrgScope, slug: string) => ({
  ConditionCheck: {
    TableName: db.tableName,
    Key: keys.campaign(scope.orgSlug, slug),
    ConditionExpression: 'attribute_not_exists(pk)',
  },
});

/** A new draft; a slug already taken in this organisation is a ConflictError. */
export async function createCampaignDraft(
  db: Db,
  scope: OrgScope,
  content: CampaignContent,
  now: Date,
  /** The staff change's audit entry (auditPut), written in the same transaction. */
  audit?: TransactItem,
): Promise<CampaignDraft> {
  checkCoverOwner(content, scope.orgSlug);
  const at = now.toISOString();
  const draft = CampaignDraft.parse({
    ...CampaignContent.parse(content),
    orgSlug: scope.orgSlug,
    status: 'draft',
    version: 1,
    createdAt: at,
    updatedAt: at,
  });
  await conditionalTransaction(
    () =>
      db.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: db.tableName,
                Item: draftItem(draft),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            slugIsFree(db, scope, draft.slug),
            ...(audit ? [audit] : []),
          ],
        }),
      ),
    `campaign ${scope.orgSlug}/${draft.slug} already exists`,
  );
  return draft;
}

export async function findCampaignDraft(
  db: Db,
  scope: OrgScope,
  slug: string,
): Promise<CampaignDraft | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({
      TableName: db.tableName,
      Key: keys.campaignDraft(scope.orgSlug, slug),
      ConsistentRead: true,
    }),
  );
  return Item ? CampaignDraft.parse(Item) : undefined;
}

export async function getCampaignDraft(db: Db, scope: OrgScope, slug: string) {
  const draft = await findCampaignDraft(db, scope, slug);
  if (!draft) throw new NotFoundError(`draft ${scope.orgSlug}/${slug} not found`);
  return draft;
}

/**
 * Saves a draft as the editor left it, complete or not, if nobody saved it since the editor
 * opened it (`expectedVersion`); otherwise a ConflictError, so a save never silently discards
 * another's. A new slug moves the draft, if that slug is free: a draft has no public links yet.
 */
export async function saveCampaignDraft(
  db: Db,
  scope: OrgScope,
  slug: string,
  edit: { content: CampaignContent; expectedVersion: number; now: Date; audit?: TransactItem },
): Promise<CampaignDraft> {
  checkCoverOwner(edit.content, scope.orgSlug);
  const current = await getCampaignDraft(db, scope, slug);
  const draft = CampaignDraft.parse({
    ...CampaignContent.parse(edit.content),
    orgSlug: scope.orgSlug,
    status: 'draft',
    version: edit.expectedVersion + 1,
    createdAt: current.createdAt,
    updatedAt: edit.now.toISOString(),
  });
  const sameVersion = {
    ConditionExpression: 'version = :expected',
    ExpressionAttributeValues: { ':expected': edit.expectedVersion },
  };
  const conflict = `draft ${scope.orgSlug}/${slug} changed since version ${edit.expectedVersion}, or the slug is taken`;
  const audit = edit.audit;
  if (draft.slug === slug && audit) {
    const put = { TableName: db.tableName, Item: draftItem(draft), ...sameVersion };
    await conditionalTransaction(
      () => db.doc.send(new TransactWriteCommand({ TransactItems: [{ Put: put }, audit] })),
      conflict,
    );
    return draft;
  }
  if (draft.slug === slug) {
    await conditionalWrite(
      () =>
        db.doc.send(
          new PutCommand({ TableName: db.tableName, Item: draftItem(draft), ...sameVersion }),
        ),
      conflict,
    );
    return draft;
  }
  await conditionalTransaction(
    () =>
      db.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Delete: {
                TableName: db.tableName,
                Key: keys.campaignDraft(scope.orgSlug, slug),
                ...sameVersion,
              },
            },
            {
              Put: {
                TableName: db.tableName,
                Item: draftItem(draft),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            slugIsFree(db, scope, draft.slug),
            ...(edit.audit ? [edit.audit] : []),
          ],
        }),
      ),
    conflict,
  );
  return draft;
}

/** Deletes a draft (never a published campaign), if unchanged since `expectedVersion`. */
export async function deleteCampaignDraft(
  db: Db,
  scope: OrgScope,
  slug: string,
  expectedVersion: number,
): Promise<void> {
  await conditionalWrite(
    () =>
      db.doc.send(
        new DeleteCommand({
          TableName: db.tableName,
          Key: keys.campaignDraft(scope.orgSlug, slug),
          ConditionExpression: 'version = :expected',
          ExpressionAttributeValues: { ':expected': expectedVersion },
        }),
      ),
    `draft ${scope.orgSlug}/${slug} changed or is gone`,
  );
}
