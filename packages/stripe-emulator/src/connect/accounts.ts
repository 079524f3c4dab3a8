import type Stripe from 'stripe';
import * as z from 'zod';
import type { Emulator } from '../emulator';
import { invalidRequest, resourceMissing } from '../errors';
import { newId } from '../ids';
import { buildAccount, onboarded, setCharges } from '../objects/account';
import { buildAccountUpdatedEvent } from '../objects/event';
import type { AccountRecord } from './account-record';

const Metadata = z.record(z.string(), z.string().max(500));

/** `POST /v1/accounts`: the parameters a platform sends to create a Standard account. */
export const AccountCreateParams = z.strictObject({
  type: z.literal('standard'),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .default('CH'),
  email: z.email().optional(),
  business_profile: z
    .strictObject({ name: z.string().max(200).optional(), url: z.url().optional() })
    .optional(),
  metadata: Metadata.optional(),
  expand: z.array(z.string()).optional(),
});
export type AccountCreateParams = z.infer<typeof AccountCreateParams>;

/** `POST /v1/account_links`: onboarding links only. */
export const AccountLinkCreateParams = z.strictObject({
  account: z.string().startsWith('acct_'),
  type: z.literal('account_onboarding'),
  refresh_url: z.url(),
  return_url: z.url(),
  collect: z.enum(['currently_due', 'eventually_due']).optional(),
});
export type AccountLinkCreateParams = z.infer<typeof AccountLinkCreateParams>;

/** Stripe's Account Links are short-lived and single-use: 300 seconds. */
const LINK_LIFETIME_SECONDS = 300;
const now = () => Math.floor(Date.now() / 1000);

/**
 * Connected accounts (Standard) and their onboarding. Onboarding ends on the emulator's own
 * page (`/connect/onboarding/:token`) or the control API; each change of `charges_enabled`,
 * `details_submitted` or `requirements` sends `account.updated` to the Connect endpoint.
 */
export class ConnectAccounts {
  constructor(
    private readonly emulator: Emulator,
    private readonly baseUrl: () => string,
  ) {}

  private get accounts() {
    return this.emulator.store.accounts;
  }

  create(
    params: Omit<AccountCreateParams, 'expand'>,
    id = newId.account(),
    /** An account that comes onboarded (demo data, tests): no `account.updated` for it. */
    alreadyOnboarded = false,
  ): Stripe.Account {
    if (this.accounts.has(id)) throw invalidRequest(`Account ${id} already exists.`, 'id');
    const account = buildAccount({
      id,
      created: now(),
      country: params.country,
      email: params.email ?? null,
      metadata: params.metadata ?? {},
    });
    if (params.business_profile) {
      account.business_profile = {
        mcc: null,
        minority_owned_business_designation: null,
        name: params.business_profile.name ?? null,
        support_address: null,
        support_email: null,
        support_phone: null,
        specified_commercial_transactions_act_url: null,
        support_url: null,
        url: params.business_profile.url ?? null,
      };
    }
    if (alreadyOnboarded) onboarded(account);
    this.accounts.set(id, { account, links: new Map() });
    return account;
  }

  list(): AccountRecord[] {
    return [...this.accounts.values()];
  }

  find(id: string): AccountRecord | undefined {
    return this.accounts.get(id);
  }

  get(id: string): AccountRecord {
    const record = this.accounts.get(id);
    if (!record) throw resourceMissing('account', id, 'account');
    return record;
  }

  createLink(params: AccountLinkCreateParams): Stripe.AccountLink {
    const record = this.get(params.account);
    const token = newId.accountLink();
    const created = now();
    const expiresAt = created + LINK_LIFETIME_SECONDS;
    record.links.set(token, {
      token,
      expiresAt,
      returnUrl: params.return_url,
      refreshUrl: params.refresh_url,
    });
    return {
      object: 'account_link',
      created,
      expires_at: expiresAt,
      url: `${this.baseUrl()}/connect/onboarding/${params.account}/${token}`,
    };
  }

  /**
   * What the onboarding page's button does: a live link completes onboarding and answers the
   * return URL; an expired or used one answers the refresh URL, where the platform makes a new one.
   */
  completeByLink(accountId: string, token: string): { redirect: string } {
    const record = this.get(accountId);
    const link = record.links.get(token);
    if (!link) throw resourceMissing('account_link', token, 'token');
    record.links.delete(token);
    if (now() >= link.expiresAt) return { redirect: link.refreshUrl };
    this.complete(accountId);
    return { redirect: link.returnUrl };
  }

  /** Onboarding finished (the page's button, or the control API): charges and payouts on. */
  complete(accountId: string): Stripe.Account {
    return this.change(accountId, onboarded);
  }

  /** Charges off (Stripe paused the account) or back on. */
  setCharges(accountId: string, enabled: boolean): Stripe.Account {
    return this.change(accountId, (account) => setCharges(account, enabled));
  }

  private change(accountId: string, apply: (account: Stripe.Account) => void): Stripe.Account {
    const { account } = this.get(accountId);
    const before = {
      charges_enabled: account.charges_enabled,
      details_submitted: account.details_submitted,
      payouts_enabled: account.payouts_enabled,
      requirements: structuredClone(account.requirements),
    } satisfies Partial<Stripe.Account>;
    apply(account);
    const previous: Partial<Stripe.Account> = {};
    if (before.charges_enabled !== account.charges_enabled)
      previous.charges_enabled = before.charges_enabled;
    if (before.details_submitted !== account.details_submitted)
      previous.details_submitted = before.details_submitted;
    if (before.payouts_enabled !== account.payouts_enabled)
      previous.payouts_enabled = before.payouts_enabled;
    if (JSON.stringify(before.requirements) !== JSON.stringify(account.requirements))
      previous.requirements = before.requirements;
    if (Object.keys(previous).length > 0) {
      const event = buildAccountUpdatedEvent(
        newId.event(),
        account,
        previous,
        now(),
        this.emulator.pendingWebhooks(account.id),
      );
      this.emulator.send(event, account.id, null);
    }
    return account;
  }
}
