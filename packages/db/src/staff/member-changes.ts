import {
  checkInvitation,
  checkRemoval,
  checkRoleChange,
  type Invitation,
  type Member,
  Organisation,
  type Role,
  type StaffScope,
} from '@haven/core';
import type { Db } from '../client';
import { keys } from '../keys';
import { auditPut } from './audit-repo';
import { listMembers, memberItem } from './member-repo';
import { linkPuts, type NewLink } from './staff-link-repo';
import { type TransactItem, transact } from './transact';

/**
 * Adds an invited member, their invitation link, its email and the audit entry in one write.
 * The address is not in the audit entry: the member id names who was invited.
 */
export async function inviteMember(
  db: Db,
  scope: StaffScope,
  invitation: Invitation,
  link: NewLink,
  now: Date,
): Promise<Member> {
  checkInvitation(await listMembers(db, scope), invitation);
  const member: Member = {
    orgSlug: scope.orgSlug,
    memberId: link.memberId,
    email: invitation.email,
    role: invitation.role,
    locale: invitation.locale,
    status: 'invited',
    createdAt: now.toISOString(),
  };
  await transact(
    db,
    [
      {
        Put: {
          TableName: db.tableName,
          Item: memberItem(member),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      // The address must not already be a member here (a concurrent invitation of the same
      // person): its membership index entry is unique per organisation only by this check.
      ...linkPuts(db, { ...link, orgSlug: scope.orgSlug, purpose: 'invite' }, scope.memberId),
      auditPut(
        db,
        scope,
        {
          action: 'member.invited',
          subject: member.memberId,
          after: { role: member.role },
        },
        now,
      ),
    ],
    'member already exists',
  );
  return member;
}

/** Changes a role under a condition that it is still what the rule was checked against. */
export async function changeMemberRole(
  db: Db,
  scope: StaffScope,
  memberId: string,
  role: Role,
  now: Date,
): Promise<void> {
  const members = await listMembers(db, scope);
  const member = checkRoleChange(members, memberId, role);
  if (member.role === role) return;
  await transact(
    db,
    [
      ...anotherOwnerStays(db, members, member, role),
      {
        Update: {
          TableName: db.tableName,
          Key: keys.member(scope.orgSlug, memberId),
          UpdateExpression: 'SET #role = :role',
          ConditionExpression: '#role = :was',
          ExpressionAttributeNames: { '#role': 'role' },
          ExpressionAttributeValues: { ':role': role, ':was': member.role },
        },
      },
      auditPut(
        db,
        scope,
        {
          action: 'member.role_changed',
          subject: memberId,
          before: { role: member.role },
          after: { role },
        },
        now,
      ),
    ],
    'the member changed meanwhile',
  );
}

/** Removes a member; their sessions die with the record they are checked against. */
export async function removeMember(
  db: Db,
  scope: StaffScope,
  memberId: string,
  now: Date,
): Promise<void> {
  const members = await listMembers(db, scope);
  const member = checkRemoval(members, memberId);
  await transact(
    db,
    [
      ...anotherOwnerStays(db, members, member, undefined),
      {
        Delete: {
          TableName: db.tableName,
          Key: keys.member(scope.orgSlug, memberId),
          ConditionExpression: '#role = :was',
          ExpressionAttributeNames: { '#role': 'role' },
          ExpressionAttributeValues: { ':was': member.role },
        },
      },
      auditPut(
        db,
        scope,
        { action: 'member.removed', subject: memberId, before: { role: member.role } },
        now,
      ),
    ],
    'the member changed meanwhile',
  );
}

/**
 * Two owners demoting each other at once must not leave none: an owner who stops being one
 * checks, in the same transaction, that some other owner still is. Transactions are
 * serializable, so of concurrent changes the last finds its checked owner gone and fails.
 */
function anotherOwnerStays(
  db: Db,
  members: readonly Member[],
  member: Member,
  role: Role | undefined,
): TransactItem[] {
  if (member.role !== 'owner' || role === 'owner') return [];
  const other = members.find((m) => m.role === 'owner' && m.memberId !== member.memberId);
  if (!other) return [];
  return [
    {
      ConditionCheck: {
        TableName: db.tableName,
        Key: keys.member(other.orgSlug, other.memberId),
        ConditionExpression: '#role = :owner',
        ExpressionAttributeNames: { '#role': 'role' },
        ExpressionAttributeValues: { ':owner': 'owner' },
      },
    },
  ];
}

/**
 * An organisation and its first owner, with the owner's invitation email, in one write: the
 * operator's command. Nobody is signed in yet, so there is no audit actor; the owner's first
 * action is the first entry.
 */
export async function createOrganisationWithOwner(
  db: Db,
  org: Organisation,
  owner: Member,
  link: NewLink,
): Promise<void> {
  const item = Organisation.parse(org);
  await transact(
    db,
    [
      {
        Put: {
          TableName: db.tableName,
          Item: { ...keys.org(item.slug), ...keys.orgList(item.slug), type: 'org', ...item },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName: db.tableName,
          Item: memberItem(owner),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      ...linkPuts(db, link),
    ],
    `organisation ${item.slug} already exists`,
  );
}
