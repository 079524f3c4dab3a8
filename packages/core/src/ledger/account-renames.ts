import type { Locale } from '../locale';
import { ACCOUNT_CODES, type AccountCode, AccountOverride, chartOfAccounts } from './accounts';

/** One account's own number and name from now on, or `null`: back to the default names. */
export type AccountRename = {
  code: AccountCode;
  before: AccountOverride | undefined;
  after: AccountOverride | null;
};

/** What the chart form posted for one account: the number and name fields, as typed. */
export type PostedAccount = { number: string; name: string };

/**
 * The renames a posted chart form asks for. The form shows each account as the member reads it
 * (their own language for a default name), so an account whose fields come back as shown is left
 * alone: saving the page in French must not pin the French default as the name in every
 * language. An empty name brings back the defaults. Any field out of bounds refuses the whole
 * form (`invalid` lists those accounts), so nothing is half-saved.
 */
export function planAccountRenames(
  overrides: readonly AccountOverride[],
  posted: Partial<Record<AccountCode, PostedAccount>>,
  locale: Locale,
): { ok: true; renames: AccountRename[] } | { ok: false; invalid: AccountCode[] } {
  const current = new Map(overrides.map((override) => [override.code, override]));
  const shown = new Map(
    chartOfAccounts(overrides, locale).map((account) => [account.code, account]),
  );
  const renames: AccountRename[] = [];
  const invalid: AccountCode[] = [];
  for (const code of ACCOUNT_CODES) {
    const fields = posted[code];
    const before = current.get(code);
    const seen = shown.get(code);
    if (!fields || !seen) continue;
    const name = fields.name.trim();
    const number = fields.number.trim();
    if (name === seen.name && number === seen.number) continue;
    if (name === '') {
      if (before) renames.push({ code, before, after: null });
      continue;
    }
    const after = AccountOverride.safeParse({ code, number, name });
    if (!after.success) invalid.push(code);
    else renames.push({ code, before, after: after.data });
  }
  return invalid.length > 0 ? { ok: false, invalid } : { ok: true, renames };
}
