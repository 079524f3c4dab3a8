import { connectionStatus, type Organisation } from '@haven/core';
import type { Finding, StripeAccountSummary } from './report';
import type { StripeReader } from './stripe-check';

/**
 * Connect: each organisation's own Stripe account, as Stripe says it is now when a reader can
 * ask (else as the table last heard). An account that cannot take charges, or that Stripe no
 * longer lets the platform reach, is a finding; an organisation never connected is only listed.
 */
export async function checkAccounts(
  orgs: readonly Organisation[],
  reader: StripeReader | undefined,
): Promise<{ summaries: StripeAccountSummary[]; findings: Finding[] }> {
  const summaries: StripeAccountSummary[] = [];
  const findings: Finding[] = [];
  for (const org of orgs) {
    const stored = org.stripeAccount;
    if (!stored) {
      summaries.push({ org: org.slug, accountId: undefined, status: 'unconnected' });
      continue;
    }
    const accountId = stored.accountId;
    const live = reader?.getAccount ? await reader.getAccount(accountId) : undefined;
    if (live && !live.reachable) {
      summaries.push({ org: org.slug, accountId, status: 'disconnected' });
      findings.push({ code: 'stripe_account_disconnected', org: org.slug, accountId });
      continue;
    }
    const chargesEnabled = live ? live.chargesEnabled : stored.chargesEnabled;
    const status = connectionStatus({ ...stored, chargesEnabled });
    summaries.push({ org: org.slug, accountId, status });
    if (!chargesEnabled) {
      findings.push({
        code: 'stripe_account_restricted',
        org: org.slug,
        accountId,
        disabledReason: live ? live.disabledReason : stored.disabledReason,
      });
    }
  }
  return { summaries, findings };
}
