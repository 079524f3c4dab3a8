import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { NotFoundError, Organisation } from '@haven/core';
import type { Db } from './client';
import { conditionalWrite } from './conditional';
import { keys, partitions } from './keys';
import { queryItems } from './query';

/** Stores a new organisation; one that already exists is a ConflictError. */
export async function createOrganisation(db: Db, org: Organisation): Promise<void> {
  const item = Organisation.parse(org);
  await conditionalWrite(
    () =>
      db.doc.send(
        new PutCommand({
          ConditionExpression: 'attribute_not_exists(pk)',
          TableName: db.tableName,
          Item: { ...keys.org(item.slug), ...keys.orgList(item.slug), type: 'org', ...item },
        }),
      ),
    `organisation ${item.slug} already exists`,
  );
}

export async function findOrganisation(db: Db, slug: string): Promise<Organisation | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.org(slug) }),
  );
  return Item ? Organisation.parse(Item) : undefined;
}

export async function getOrganisation(db: Db, slug: string): Promise<Organisation> {
  const org = await findOrganisation(db, slug);
  if (!org) throw new NotFoundError(`organisation ${slug} not found`);
  return org;
}

export async function listOrganisations(db: Db): Promise<Organisation[]> {
  const orgs: Organisation[] = [];
  const items = queryItems(db, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': partitions.orgs() },
  });
  for await (const item of items) orgs.push(Organisation.parse(item));
  return orgs;
}
