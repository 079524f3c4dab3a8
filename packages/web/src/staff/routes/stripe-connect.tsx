import {
  ConflictError,
  type ConnectGateway,
  connectionStatus,
  type Organisation,
  PaymentProviderError,
  type StripeConnection,
} from '@haven/core';
import {
  auditStripeStep,
  connectStripeAccount,
  getOrganisation,
  updateStripeAccountState,
} from '@haven/db';
import { type Context, Hono } from 'hono';
import { connectMode } from '../../deps';
import { stripeMessagesFor } from '../../i18n/staff-stripe';
import { requireStaff, type StaffEnv, staffContextOf } from '../access';
import { StripePage } from '../pages/stripe-page';
import { staffPage } from '../render';

/**
 * The owner connects the organisation's own Stripe account (Connect, Standard): the first press
 * creates the account (once: Stripe's idempotency key is the organisation's), every press opens
 * a fresh onboarding link; Stripe sends the owner back to `/staff/stripe/return`, which reads
 * the account from Stripe, or to `/refresh` when the link expired. Each step is audited.
 */
export function stripeConnectRoutes() {
  const app = new Hono<StaffEnv>();
  const owners = requireStaff('payments.connect');

  app.get('/stripe', owners, (c) => page(c, c.var.staff.org.stripeAccount));

  // Stripe calls this when a link expired or was used: the page's button makes a new one.
  app.get('/stripe/refresh', owners, (c) => c.redirect('/staff/stripe', 303));

  app.post('/stripe/connect', owners, async (c) => {
    const deps = c.var.staffDeps;
    const connect = deps.payments?.connect;
    if (!connect) return page(c, c.var.staff.org.stripeAccount, 409);
    const { scope } = c.var.staff;
    try {
      const account = await ensureAccount(c, connect);
      const link = await connect.createOnboardingLink({
        accountId: account.accountId,
        returnUrl: `${deps.publicUrl}/staff/stripe/return`,
        refreshUrl: `${deps.publicUrl}/staff/stripe/refresh`,
      });
      await auditStripeStep(
        deps.db,
        scope,
        { action: 'stripe.onboarding_started', accountId: account.accountId },
        {},
        deps.now(),
      );
      return c.redirect(link.url, 303);
    } catch (error) {
      if (!(error instanceof PaymentProviderError)) throw error;
      return unavailable(c);
    }
  });

  app.get('/stripe/return', owners, async (c) => {
    const deps = c.var.staffDeps;
    const before = c.var.staff.org.stripeAccount;
    const connect = deps.payments?.connect;
    if (!connect || !before) return c.redirect('/staff/stripe', 303);
    let state: Awaited<ReturnType<ConnectGateway['getAccount']>>;
    try {
      state = await connect.getAccount(before.accountId);
    } catch (error) {
      if (!(error instanceof PaymentProviderError)) throw error;
      return unavailable(c);
    }
    const after = await updateStripeAccountState(
      deps.db,
      c.var.staff.scope.orgSlug,
      state,
      deps.now(),
    );
    if (connectionStatus(after) !== connectionStatus(before)) {
      await auditStripeStep(
        deps.db,
        c.var.staff.scope,
        { action: 'stripe.account_updated', accountId: after.accountId },
        { status: connectionStatus(after) },
        deps.now(),
      );
    }
    return page(c, after, 200, true);
  });

  return app;
}

/** The organisation's account, created on the first press (a second press at once finds it). */
async function ensureAccount(
  c: Context<StaffEnv>,
  connect: ConnectGateway,
): Promise<StripeConnection> {
  const deps = c.var.staffDeps;
  const org: Organisation = c.var.staff.org;
  if (org.stripeAccount) return org.stripeAccount;
  const state = await connect.createAccount({
    orgSlug: org.slug,
    country: org.country.toUpperCase(),
    name: org.legalName,
  });
  try {
    return await connectStripeAccount(deps.db, c.var.staff.scope, state, deps.now());
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const stored = (await getOrganisation(deps.db, org.slug)).stripeAccount;
    if (!stored) throw error;
    return stored;
  }
}

function page(
  c: Context<StaffEnv>,
  connection: StripeConnection | undefined,
  status: 200 | 409 = 200,
  returned = false,
) {
  return c.html(
    <StripePage
      who={staffContextOf(c)}
      connection={connection}
      connectMode={connectMode(c.var.staffDeps)}
      returned={returned}
    />,
    status,
  );
}

const unavailable = (c: Context<StaffEnv>) =>
  staffPage(c, staffContextOf(c), 503, () => {
    const m = stripeMessagesFor(c.var.member.locale);
    return { title: m.unavailableTitle, body: m.unavailable };
  });
