import {
  ConflictError,
  type EmailOptOut,
  PaymentProviderError,
  TemporarilyUnavailableError,
} from '@haven/core';
import { donorDataItems, findDonorGift, listDonorGifts, saveEmailOptOut } from '@haven/db';
import { eraseDonor } from '@haven/donations';
import { Hono } from 'hono';
import * as z from 'zod';
import type { AppDeps } from '../../deps';
import { LANG, notFound } from '../../routes/page-paths';
import { type DonorEnv, localeOf, requireDonor } from '../access';
import { giftViews } from '../gift-views';
import { DonorMessagePage, donorPageContext, donorPath } from '../layout';
import { ReceiptPage } from '../pages/receipt-page';
import { clearDonorCookie } from '../session-cookie';
import { showGifts } from './show-gifts';

const PledgeParam = z.string().regex(/^plg_[0-9a-z]{20,40}$/);

/** The signed-in donor's pages: gifts, receipts, email choices, their data, erasure. */
export function donorSpaceRoutes(deps: AppDeps) {
  const app = new Hono<DonorEnv>();
  const guard = requireDonor(deps);

  app.get(`/${LANG}/donor/gifts`, guard, (c) => showGifts(deps, c));

  app.get(`/${LANG}/donor/gifts/:pledge/receipts/:number`, guard, async (c) => {
    const pledgeId = PledgeParam.safeParse(c.req.param('pledge'));
    if (!pledgeId.success) return notFound(c, deps);
    const gift = await findDonorGift(deps.db, c.var.donor.emailKey, pledgeId.data);
    const payment = gift?.payments.find((p) => p.receiptNumber === c.req.param('number'));
    if (!gift || !payment) return notFound(c, deps);
    const ctx = donorPageContext(localeOf(c), '/gifts', c.var.donor.csrfToken);
    const [view] = await giftViews(deps.db, [gift], ctx.locale);
    if (!view) return notFound(c, deps);
    const back = { href: donorPath(ctx.locale, '/gifts'), label: ctx.t.back };
    return c.html(<ReceiptPage ctx={ctx} gift={view} payment={payment} back={back} />);
  });

  // Unticked boxes are absent from a form post: what is not sent is opted out.
  app.post(`/${LANG}/donor/emails`, guard, async (c) => {
    const { donor } = c.var;
    const body = await c.req.parseBody({ all: true });
    const listed = (value: unknown) =>
      z.array(z.string()).catch([]).parse([value].flat().filter(Boolean));
    const allowedOrgs = new Set(listed(body.org));
    const allowedCampaigns = new Set(listed(body.campaign));
    const gifts = await listDonorGifts(deps.db, donor.emailKey);
    // Only organisations and campaigns this person gave to: anything else in the post is ignored.
    const campaignsByOrg = new Map<string, Set<string>>();
    for (const { pledge } of gifts) {
      const set = campaignsByOrg.get(pledge.orgSlug) ?? new Set<string>();
      set.add(pledge.campaignSlug);
      campaignsByOrg.set(pledge.orgSlug, set);
    }
    const updatedAt = deps.now().toISOString();
    for (const [orgSlug, campaigns] of campaignsByOrg) {
      const optOut: EmailOptOut = {
        orgSlug,
        wholeOrganisation: !allowedOrgs.has(orgSlug),
        campaigns: [...campaigns].filter((slug) => !allowedCampaigns.has(`${orgSlug}/${slug}`)),
        updatedAt,
      };
      await saveEmailOptOut(deps.db, donor.emailKey, optOut);
    }
    return showGifts(deps, c, { notice: donorPageContext(localeOf(c), '').t.emails.saved });
  });

  app.get(`/${LANG}/donor/data`, guard, async (c) => {
    const { gifts, own } = await donorDataItems(deps.db, c.var.donor.emailKey);
    c.header('Content-Disposition', 'attachment; filename="haven-donor-data.json"');
    return c.json({ exportedAt: deps.now().toISOString(), gifts, kept: own });
  });

  app.post(`/${LANG}/donor/erase`, guard, async (c) => {
    const ctx = donorPageContext(localeOf(c), '');
    const confirmed = (await c.req.parseBody()).confirm === 'yes';
    if (!confirmed) return showGifts(deps, c, { error: ctx.t.data.mustConfirm, status: 422 });
    try {
      await eraseDonor(
        { db: deps.db, now: deps.now(), payments: deps.payments },
        { emailKey: c.var.donor.emailKey, sessionHash: c.var.donor.sessionHash },
      );
    } catch (error) {
      // A monthly gift could not be stopped first: nothing was erased, the donor may retry.
      const stuck = [ConflictError, PaymentProviderError, TemporarilyUnavailableError];
      if (!stuck.some((type) => error instanceof type)) throw error;
      return showGifts(deps, c, { error: ctx.t.monthly.unavailable, status: 503 });
    }
    clearDonorCookie(c);
    return c.html(
      <DonorMessagePage
        ctx={ctx}
        title={ctx.t.data.erasedTitle}
        body={ctx.t.data.erased}
        link={{ href: donorPath(ctx.locale, ''), label: ctx.t.link.askAgain }}
      />,
    );
  });

  return app;
}
