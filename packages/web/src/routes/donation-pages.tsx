import {
  ChargesDisabledError,
  ConflictError,
  canTakeGifts,
  chargedAmount,
  formatMoney,
  isOpen,
  PaymentProviderBusyError,
  PaymentProviderError,
  type PledgeStatus,
  TemporarilyUnavailableError,
} from '@haven/core';
import { findPledge } from '@haven/db';
import { settleCheckout, startDonation } from '@haven/donations';
import { errorFields, logger } from '@haven/log';
import { Hono } from 'hono';
import { type AppDeps, connectMode } from '../deps';
import { parseDonationForm } from '../donation-form';
import { admitCheckout } from '../guard/admission';
import { isCrossSite } from '../guard/cross-site';
import { checkDonationPost, submissionKeyFor } from '../guard/donation-post';
import { formGuardFor } from '../guard/form-fields';
import { refuse } from '../guard/refusal';
import { loadMarkdown } from '../markdown-on-demand';
import { CampaignPage } from '../pages/campaign-page';
import { CheckoutNoticePage } from '../pages/checkout-notice-page';
import { MessagePage } from '../pages/message-page';
import { localizedPath, type PageContext } from '../pages/page-context';
import { RETRY_AFTER_SECONDS } from '../retry-after';
import { chooseCurrency, loadCampaignPage } from './campaign-context';
import { knownLanguage, LANG, notFound } from './page-paths';

const SESSION_ID = /^cs_[A-Za-z0-9_]{1,250}$/;

/** The donation form's target, and the thank-you page Checkout sends the donor back to. */
export function donationPageRoutes(deps: AppDeps) {
  const app = new Hono();
  const known = knownLanguage(deps);

  app.post(`/${LANG}/:org/:campaign/donate`, known, async (c) => {
    if (isCrossSite(c, deps.publicUrl)) return refuse(c, deps, 'cross_site');
    const page = await loadCampaignPage(c, deps);
    if (!page) return notFound(c, deps);
    const { org, campaign, ctx, rest } = page;
    const back = { href: localizedPath(ctx.locale, rest), label: ctx.t.donate.backToCampaign };
    if (!isOpen(campaign, deps.now())) {
      return c.html(
        <MessagePage
          ctx={ctx}
          title={ctx.t.donate.errorsTitle}
          body={ctx.t.campaignClosed}
          back={back}
        />,
        409,
      );
    }
    if (!canTakeGifts(connectMode(deps), org)) return c.html(cannotTakeGifts(ctx, back), 409);
    const body = await c.req.parseBody();
    const fields = Object.fromEntries(
      Object.entries(body).flatMap(([key, value]) =>
        typeof value === 'string' ? [[key, value]] : [],
      ),
    );
    const result = parseDonationForm(fields, campaign, ctx.locale, ctx.t, ctx.intlLocale);
    if (!result.ok) {
      const currency = chooseCurrency(campaign, fields.currency);
      return c.html(
        <CampaignPage
          ctx={ctx}
          org={org}
          campaign={campaign}
          currency={currency}
          now={deps.now()}
          values={result.values}
          errors={result.errors}
          guard={formGuardFor(deps, campaign)}
          renderMarkdown={await loadMarkdown()}
        />,
        422,
      );
    }
    if (!deps.payments) {
      // Without a payment processor configured, say so honestly; nothing was stored.
      return c.html(
        <MessagePage
          ctx={ctx}
          title={ctx.t.donate.notConfiguredTitle}
          body={ctx.t.donate.notConfigured}
          back={back}
        />,
        503,
      );
    }
    // The gift is read first (a mistake is shown back, nothing stored); only a post that would
    // open a Checkout session must prove it came from our form, and count against the limits.
    const guarded = await checkDonationPost(c, deps, campaign, fields);
    if (guarded.refused) return refuse(c, deps, guarded.refused);
    const admitted = await admitCheckout(deps, guarded.guard, {
      org: org.slug,
      campaign: campaign.slug,
      ip: guarded.ip,
    });
    if (admitted) return refuse(c, deps, admitted.refusal, admitted.retryAfter);
    try {
      const started = await startDonation(
        { db: deps.db, payments: deps.payments, publicUrl: deps.publicUrl, now: deps.now() },
        {
          org,
          campaign,
          request: result.request,
          feeCoverLabel: ctx.t.checkout.feeCoverLine,
          submissionKey: submissionKeyFor(guarded, result.request),
        },
      );
      // Checkout cannot speak every language we do: tell the donor before they leave.
      if (started.checkoutLocale !== ctx.locale) {
        return c.html(
          <CheckoutNoticePage ctx={ctx} checkoutUrl={started.checkoutUrl} back={back} />,
        );
      }
      return c.redirect(started.checkoutUrl, 303);
    } catch (error) {
      // The form was already used for a gift that has moved on (paid, expired): start afresh.
      if (error instanceof ConflictError) return refuse(c, deps, 'form_expired');
      // Stripe restricted the account since the page was read.
      if (error instanceof ChargesDisabledError) return c.html(cannotTakeGifts(ctx, back), 409);
      if (!(error instanceof PaymentProviderError || error instanceof TemporarilyUnavailableError))
        throw error;
      const busy = error instanceof PaymentProviderBusyError;
      c.header('Retry-After', busy ? '30' : RETRY_AFTER_SECONDS);
      return c.html(
        <MessagePage
          ctx={ctx}
          title={ctx.t.donate.errorsTitle}
          body={busy ? ctx.t.guard.busy : ctx.t.checkout.unavailable}
          back={back}
        />,
        503,
      );
    }
  });

  app.get(`/${LANG}/:org/:campaign/thanks`, known, async (c) => {
    const page = await loadCampaignPage(c, deps);
    const sessionId = c.req.query('session_id') ?? '';
    if (!page || !deps.payments || !SESSION_ID.test(sessionId)) return notFound(c, deps);
    const { campaign, ctx, rest } = page;
    c.header('Cache-Control', 'no-store');
    const back = { href: localizedPath(ctx.locale, rest), label: ctx.t.donate.backToCampaign };
    let settled: Awaited<ReturnType<typeof settleCheckout>>;
    // Connect: the session is on the page's organisation's own account, and only its pledges move.
    const accountId = page.org.stripeAccount?.accountId;
    const account =
      deps.payments.connect && accountId ? { accountId, orgSlug: page.org.slug } : undefined;
    try {
      // The same idempotent step the webhook takes: the page never claims more than Stripe says.
      settled = await settleCheckout(
        { db: deps.db, payments: deps.payments, now: deps.now() },
        {
          eventKey: account ? `return:${accountId}:${sessionId}` : `return:${sessionId}`,
          sessionId,
          asyncPaymentFailed: false,
          ...(account ? { account } : {}),
        },
      );
    } catch (error) {
      // The donor may well have paid: whatever failed here, the webhook will finish the job, so
      // say "processing" (true either way) rather than show an error or "nothing was charged".
      logger.error('thank-you page could not settle', {
        requestId: c.get('requestId'),
        ...errorFields(error),
      });
      return c.html(
        <MessagePage
          ctx={ctx}
          title={ctx.t.thanks.processingTitle}
          body={ctx.t.thanks.processing}
          back={back}
        />,
      );
    }
    const pledgeId = settled.state?.pledgeId;
    const pledge = pledgeId ? await findPledge(deps.db, pledgeId) : undefined;
    if (
      !pledge ||
      settled.effect === 'not_ours' ||
      pledge.campaignSlug !== campaign.slug ||
      pledge.orgSlug !== page.org.slug
    ) {
      return notFound(c, deps);
    }
    const retry = {
      href: `${localizedPath(ctx.locale, rest)}#donate`,
      label: ctx.t.thanks.tryAgain,
    };
    const { thanks } = ctx.t;
    const charged = formatMoney(
      { amount: chargedAmount(pledge), currency: pledge.currency },
      ctx.intlLocale,
    );
    const notCompleted = {
      title: thanks.notCompletedTitle,
      body: thanks.notCompleted,
      back: retry,
    };
    // What the page says follows the pledge's state, which only Stripe's word can move.
    const messages: Record<PledgeStatus, { title: string; body: string; back: typeof back }> = {
      paid: { title: thanks.receivedTitle, body: thanks.received(charged), back },
      processing: { title: thanks.processingTitle, body: thanks.processing, back },
      failed: { title: thanks.failedTitle, body: thanks.failed, back: retry },
      pending: notCompleted,
      expired: notCompleted,
    };
    // Stripe says paid but we have not recorded it (its figures are not ready, or the amount
    // needs a person's eye): the money is taken, so the honest word is "processing".
    const recordedLater = settled.state?.paymentStatus === 'paid' && pledge.status !== 'paid';
    const message = recordedLater ? messages.processing : messages[pledge.status];
    return c.html(<MessagePage ctx={ctx} {...message} />);
  });

  return app;
}

/** Connect: the organisation's Stripe account cannot take charges, so nothing is stored. */
function cannotTakeGifts(ctx: PageContext, back: { href: string; label: string }) {
  return (
    <MessagePage
      ctx={ctx}
      title={ctx.t.donate.notConfiguredTitle}
      body={ctx.t.cannotTakeGiftsYet}
      back={back}
    />
  );
}
