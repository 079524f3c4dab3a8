import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { Member, NotFoundError, type StaffScope } from '@haven/core';
import * as z from 'zod';
import type { Db } from '../client';
import { conditionalWrite } from '../conditional';
import { keys, partitions } from '../keys';
import { queryItems } from '../query';

/** A member as stored: `generation` moves on "sign out everywhere", ending older sessions. */
export const MemberRecord = Member.extend({ generation: z.number().int().nonnegative() });
export type MemberRecord = z.infer<typeof MemberRecord>;

export const memberItem = (member: Member, generation = 0) => ({
  ...keys.member(member.orgSlug, member.memberId),
  ...keys.memberByEmail(member.email, member.orgSlug),
  type: 'member',
  ...Member.parse(member),
  generation,
});

/** Unscoped on purpose: sign-in and sessions find a member before there is a scope. */
export async function findMemberRecord(
  db: Db,
  orgSlug: string,
  memberId: string,
): Promise<MemberRecord | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({
      TableName: db.tableName,
      Key: keys.member(orgSlug, memberId),
      ConsistentRead: true,
    }),
  );
  return Item ? MemberRecord.parse(Item) : undefined;
}

/** Every membership of an address (one per organisation), for the sign-in request. */
export async function findMembershipsByEmail(db: Db, email: string): Promise<MemberRecord[]> {
  const { Items = [] } = await db.doc.send(
    new QueryCommand({
      TableName: db.tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': partitions.membershipsOfEmail(email) },
    }),
  );
  return Items.map((item) => MemberRecord.parse(item));
}

/** The members of the scope's organisation. */
export async function listMembers(db: Db, scope: StaffScope): Promise<MemberRecord[]> {
  const { pk, skPrefix } = keys.members(scope.orgSlug);
  const members: MemberRecord[] = [];
  const rows = queryItems(db, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
    ConsistentRead: true,
  });
  for await (const row of rows) members.push(MemberRecord.parse(row));
  return members;
}

/** A member of the scope's organisation; another organisation's id is simply not found. */
export async function getMember(
  db: Db,
  scope: StaffScope,
  memberId: string,
): Promise<MemberRecord> {
  const member = await findMemberRecord(db, scope.orgSlug, memberId);
  if (!member) throw new NotFoundError('member not found');
  return member;
}

/**
 * Stores a member outside any session: for the operator's command that creates an organisation
 * with its first owner, and the demo data. An existing member is a ConflictError.
 */
export async function createMember(db: Db, member: Member): Promise<void> {
  await conditionalWrite(
    () =>
      db.doc.send(
        new PutCommand({
          TableName: db.tableName,
          Item: memberItem(member),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    `member ${member.memberId} already exists`,
  );
}
