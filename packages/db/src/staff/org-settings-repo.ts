import { Organisation, type StaffScope } from '@haven/core';
import type { Db } from '../client';
import { keys } from '../keys';
import { getOrganisation } from '../org-repo';
import { auditPut } from './audit-repo';
import { transact } from './transact';

export type OrgSettingsPatch = Partial<Omit<Organisation, 'slug' | 'createdAt'>>;

/** The fields that differ, before and after: what the audit entry keeps. */
function diff(before: Record<string, unknown>, after: Record<string, unknown>) {
  const changed = Object.keys({ ...before, ...after }).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  return {
    before: Object.fromEntries(changed.map((key) => [key, before[key]])),
    after: Object.fromEntries(changed.map((key) => [key, after[key]])),
    changed,
  };
}

/**
 * Changes the scope's organisation's settings and appends the audit entry in one write. Only
 * owners edit settings and they rarely do it at once: the last save wins, both are audited.
 */
export async function updateOrgSettings(
  db: Db,
  scope: StaffScope,
  patch: OrgSettingsPatch,
  now: Date,
  action: 'org.settings_changed' | 'security.passkey_policy_changed' = 'org.settings_changed',
): Promise<Organisation> {
  const before = await getOrganisation(db, scope.orgSlug);
  const after = Organisation.parse({ ...before, ...patch, slug: before.slug });
  const change = diff(before, after);
  if (change.changed.length === 0) return before;
  await transact(
    db,
    [
      {
        Put: {
          TableName: db.tableName,
          Item: { ...keys.org(after.slug), ...keys.orgList(after.slug), type: 'org', ...after },
          // The Stripe account's state is written by its webhook, not by this form: a save must
          // not put back a state read before Stripe changed it.
          ...(before.stripeAccount
            ? {
                ConditionExpression: 'attribute_exists(pk) AND stripeAccount.updatedAt = :stripeAt',
                ExpressionAttributeValues: { ':stripeAt': before.stripeAccount.updatedAt },
              }
            : {
                ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(stripeAccount)',
              }),
        },
      },
      auditPut(
        db,
        scope,
        { action, subject: scope.orgSlug, before: change.before, after: change.after },
        now,
      ),
    ],
    'the settings changed meanwhile',
  );
  return after;
}
