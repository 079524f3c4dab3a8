import {
  type ConnectGateway,
  type ConnectWebhookEvent,
  type StripeAccountState,
  WebhookSignatureError,
} from '@haven/core';
import type Stripe from 'stripe';
import { callStripe } from './call';
import { toWebhookEvent } from './webhook-event';

/** Stripe Connect (Standard accounts, Account Links, the Connect endpoint) behind the domain's port. */
export function connectGateway(
  stripe: Stripe,
  options: { connectWebhookSecret?: string | undefined },
): ConnectGateway {
  return {
    async createAccount(input) {
      const account = await callStripe(() =>
        stripe.accounts.create(
          {
            type: 'standard',
            country: input.country,
            ...(input.email ? { email: input.email } : {}),
            business_profile: { name: input.name },
            metadata: { orgSlug: input.orgSlug },
          },
          // One account per organisation, even when the owner presses twice.
          { idempotencyKey: `connect-account-${input.orgSlug}` },
        ),
      );
      return accountState(account);
    },
    async createOnboardingLink(input) {
      const link = await callStripe(() =>
        stripe.accountLinks.create({
          account: input.accountId,
          type: 'account_onboarding',
          return_url: input.returnUrl,
          refresh_url: input.refreshUrl,
        }),
      );
      return { url: link.url };
    },
    async getAccount(accountId) {
      return accountState(await callStripe(() => stripe.accounts.retrieve(accountId)));
    },
    parseWebhook(payload, signatureHeader): ConnectWebhookEvent {
      if (!options.connectWebhookSecret) throw new Error('no Connect webhook secret configured');
      if (!signatureHeader) throw new WebhookSignatureError('missing Stripe-Signature header');
      let event: Stripe.Event;
      try {
        event = stripe.webhooks.constructEvent(
          payload,
          signatureHeader,
          options.connectWebhookSecret,
        );
      } catch (error) {
        throw new WebhookSignatureError('webhook signature did not verify', { cause: error });
      }
      const account = event.account;
      // A Connect endpoint only receives connected accounts' events; one without is not ours.
      if (!account) return { id: event.id, type: 'other', stripeType: event.type, account };
      if (event.type === 'account.updated') return { id: event.id, type: event.type, account };
      return { ...toWebhookEvent(event), account };
    },
  };
}

function accountState(account: Stripe.Account): StripeAccountState {
  const reason = account.requirements?.disabled_reason;
  return {
    accountId: account.id,
    chargesEnabled: account.charges_enabled,
    detailsSubmitted: account.details_submitted,
    ...(reason && !account.charges_enabled ? { disabledReason: reason } : {}),
  };
}
