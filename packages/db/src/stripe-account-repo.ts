import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  type Organisation,
  type StaffScope,
  type StripeAccountState,
  StripeConnection,
} from '@haven/core';
import * as z from 'zod';
import type { Db } from './client';
import { conditionalWrite } from './conditional';
import { keys } from './keys';
import { findOrganisation } from './org-repo';
import { auditPut } from './staff/audit-repo';
import { transact } from './staff/transact';

const AccountPointer = z.object({ orgSlug: z.string() });

const connection = (state: StripeAccountState, now: Date): StripeConnection =>
  StripeConnection.parse({ ...state, updatedAt: now.toISOString() });

/**
 * Records the organisation's new Stripe account, audited, in one transaction: on the
 * organisation item (which pages read anyway) and as the account's pointer to it (what an
 * event's `account` resolves through). An organisation keeps the account it has; an account
 * belongs to one organisation.
 */
export async function connectStripeAccount(
  db: Db,
  scope: StaffScope,
  state: StripeAccountState,
  now: Date,
): Promise<StripeConnection> {
  const stripeAccount = connection(state, now);
  await transact(
    db,
    [
      {
        Update: {
          TableName: db.tableName,
          Key: keys.org(scope.orgSlug),
          UpdateExpression: 'SET stripeAccount = :account',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(stripeAccount)',
          ExpressionAttributeValues: { ':account': stripeAccount },
        },
      },
      {
        Put: {
          TableName: db.tableName,
          Item: {
            ...keys.stripeAccount(state.accountId),
            type: 'stripe_account',
            orgSlug: scope.orgSlug,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      auditPut(
        db,
        scope,
        { action: 'stripe.account_created', subject: state.accountId, after: { ...state } },
        now,
      ),
    ],
    'the organisation already has a Stripe account',
  );
  return stripeAccount;
}

/**
 * What Stripe now says of the account (read back from Stripe after `account.updated` or the
 * onboarding's return, so the order events arrive in does not matter). Written only while the
 * organisation still has this account.
 */
export async function updateStripeAccountState(
  db: Db,
  orgSlug: string,
  state: StripeAccountState,
  now: Date,
): Promise<StripeConnection> {
  const stripeAccount = connection(state, now);
  await conditionalWrite(
    () =>
      db.doc.send(
        new UpdateCommand({
          TableName: db.tableName,
          Key: keys.org(orgSlug),
          UpdateExpression: 'SET stripeAccount = :account',
          ConditionExpression: 'stripeAccount.accountId = :id',
          ExpressionAttributeValues: { ':account': stripeAccount, ':id': state.accountId },
        }),
      ),
    `organisation ${orgSlug} has another Stripe account`,
  );
  return stripeAccount;
}

/**
 * The organisation a connected account belongs to, from the account id an event carries: the
 * account's pointer, confirmed by the organisation's own record naming the same account.
 */
export async function findOrganisationByStripeAccount(
  db: Db,
  accountId: string,
): Promise<Organisation | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({
      TableName: db.tableName,
      Key: keys.stripeAccount(accountId),
      ConsistentRead: true,
    }),
  );
  if (!Item) return undefined;
  const org = await findOrganisation(db, AccountPointer.parse(Item).orgSlug);
  return org?.stripeAccount?.accountId === accountId ? org : undefined;
}

/** Demo data and tests: an organisation already connected, without a member's action. */
export async function seedStripeAccount(
  db: Db,
  orgSlug: string,
  state: StripeAccountState,
  now: Date,
): Promise<void> {
  await transact(
    db,
    [
      {
        Update: {
          TableName: db.tableName,
          Key: keys.org(orgSlug),
          UpdateExpression: 'SET stripeAccount = :account',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(stripeAccount)',
          ExpressionAttributeValues: { ':account': connection(state, now) },
        },
      },
      {
        Put: {
          TableName: db.tableName,
          Item: { ...keys.stripeAccount(state.accountId), type: 'stripe_account', orgSlug },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ],
    `organisation ${orgSlug} already has a Stripe account`,
  );
}

/** An owner's Stripe step that changes nothing in the table but is worth the audit log. */
export async function auditStripeStep(
  db: Db,
  scope: StaffScope,
  step: { action: 'stripe.onboarding_started' | 'stripe.account_updated'; accountId: string },
  after: Record<string, unknown>,
  now: Date,
): Promise<void> {
  await transact(
    db,
    [auditPut(db, scope, { action: step.action, subject: step.accountId, after }, now)],
    'audit entry exists',
  );
}
