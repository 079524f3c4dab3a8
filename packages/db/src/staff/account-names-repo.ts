import { AccountOverride, type AccountRename, type StaffScope } from '@haven/core';
import type { Db } from '../client';
import { keys } from '../keys';
import type { OrgScope } from '../org-scope';
import { queryItems } from '../query';
import { auditPut } from './audit-repo';
import { type TransactItem, transact } from './transact';

/** The accounts the organisation renamed, in its own number and name (the rest keep defaults). */
export async function listAccountOverrides(db: Db, scope: OrgScope): Promise<AccountOverride[]> {
  const { pk, skPrefix } = keys.accounts(scope.orgSlug);
  const overrides: AccountOverride[] = [];
  for await (const item of queryItems(db, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
  })) {
    overrides.push(AccountOverride.parse(item));
  }
  return overrides;
}

/**
 * Renames accounts and audits each rename, all in one transaction: entries hold codes, never
 * names, so nothing else changes. Each write is conditioned on the name read before, so two
 * people renaming at once never silently undo each other: the second is told to look again.
 */
export async function renameAccounts(
  db: Db,
  scope: StaffScope,
  renames: readonly AccountRename[],
  now: Date,
) {
  if (renames.length === 0) return;
  const items = renames.flatMap(({ code, before, after }): TransactItem[] => {
    const Key = keys.account(scope.orgSlug, code);
    const unchanged = before
      ? {
          ConditionExpression: '#name = :name AND #number = :number',
          ExpressionAttributeNames: { '#name': 'name', '#number': 'number' },
          ExpressionAttributeValues: { ':name': before.name, ':number': before.number },
        }
      : { ConditionExpression: 'attribute_not_exists(pk)' };
    const write: TransactItem = after
      ? {
          Put: {
            TableName: db.tableName,
            Item: { ...Key, type: 'account', ...after, renamedAt: now.toISOString() },
            ...unchanged,
          },
        }
      : { Delete: { TableName: db.tableName, Key, ...unchanged } };
    const audit = auditPut(
      db,
      scope,
      {
        action: 'finance.account_renamed',
        subject: code,
        ...(before ? { before: { number: before.number, name: before.name } } : {}),
        ...(after ? { after: { number: after.number, name: after.name } } : {}),
      },
      now,
    );
    return [write, audit];
  });
  await transact(db, items, 'the accounts were renamed meanwhile');
}
