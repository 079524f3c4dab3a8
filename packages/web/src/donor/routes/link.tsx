import {
  DONOR_LINK_CLIENT_REQUESTS_PER_WINDOW,
  DONOR_LINK_TTL_MS,
  DONOR_LINK_WINDOW_MS,
  Email,
} from '@haven/core';
import {
  deleteDonorSession,
  donorIsKnown,
  emailKey,
  findLiveDonorLink,
  hitRateLimit,
  newDonorLink,
  redeemDonorLink,
  requestDonorLink,
} from '@haven/db';
import { logger } from '@haven/log';
import { type Context, Hono } from 'hono';
import type { AppDeps } from '../../deps';
import { ipSubject } from '../../guard/admission';
import { guardOf } from '../../guard/guard-of';
import { EmailLinkForm } from '../../pages/email-link-form';
import { LANG } from '../../routes/page-paths';
import { randomToken, sha256 } from '../../staff/tokens';
import { type DonorEnv, localeOf, requireDonor } from '../access';
import {
  DonorLayout,
  DonorMessagePage,
  type DonorPageContext,
  donorPageContext,
  donorPath,
} from '../layout';
import { clearDonorCookie, setDonorCookie } from '../session-cookie';

/**
 * The way in: ask for a link, open it, press the button. The request answers the same page for
 * any valid address, after the same query and a write of the same shape (requestDonorLink).
 */
export function donorLinkRoutes(deps: AppDeps) {
  const app = new Hono<DonorEnv>();

  app.get(`/${LANG}/donor`, (c) => {
    const ctx = donorPageContext(localeOf(c), '');
    return c.html(<RequestForm ctx={ctx} />);
  });

  app.post(`/${LANG}/donor`, async (c) => {
    const locale = localeOf(c);
    const ctx = donorPageContext(locale, '');
    const email = Email.safeParse((await c.req.parseBody()).email);
    if (!email.success)
      return c.html(<RequestForm ctx={ctx} error={ctx.t.request.invalidEmail} />, 422);
    const now = deps.now();
    const guard = guardOf(deps);
    const ip = guard.clientIp(c);
    if (ip) {
      // Per client as well as per address: one machine asking for many addresses is refused.
      const hit = await hitRateLimit(deps.db, {
        scope: 'donor-link-ip',
        subject: ipSubject(guard, ip),
        max: DONOR_LINK_CLIENT_REQUESTS_PER_WINDOW,
        windowSeconds: DONOR_LINK_WINDOW_MS / 1000,
        now,
      });
      if (!hit.allowed) {
        c.header('Retry-After', String(hit.retryAfterSeconds));
        return c.html(
          <DonorMessagePage
            ctx={ctx}
            title={ctx.t.request.tooManyTitle}
            body={ctx.t.request.tooMany}
          />,
          429,
        );
      }
    }
    const key = emailKey(email.data);
    const known = await donorIsKnown(deps.db, key);
    const link = known
      ? newDonorLink({ emailKey: key, locale, validForMs: DONOR_LINK_TTL_MS, now })
      : undefined;
    const queued = await requestDonorLink(deps.db, key, link, now);
    if (!queued) logger.warn('donor link rate limited', { requestId: c.get('requestId') });
    return c.html(
      <DonorMessagePage ctx={ctx} title={ctx.t.request.sentTitle} body={ctx.t.request.sent} />,
    );
  });

  // A GET only shows a button: mail scanners that fetch links cannot use one up.
  app.get(`/${LANG}/donor/link/:token`, async (c) => {
    c.header('Referrer-Policy', 'no-referrer');
    const ctx = donorPageContext(localeOf(c), '');
    const link = await findLiveDonorLink(deps.db, sha256(c.req.param('token')), deps.now());
    if (!link) return expired(c, ctx);
    return c.html(
      <DonorLayout ctx={ctx} title={ctx.t.link.landingTitle}>
        <p>{ctx.t.link.landing}</p>
        <form method="post">
          <button type="submit">{ctx.t.link.confirm}</button>
        </form>
      </DonorLayout>,
    );
  });

  app.post(`/${LANG}/donor/link/:token`, async (c) => {
    c.header('Referrer-Policy', 'no-referrer');
    const sessionId = randomToken();
    const session = await redeemDonorLink(
      deps.db,
      sha256(c.req.param('token')),
      { idHash: sha256(sessionId), csrfToken: randomToken() },
      deps.now(),
    );
    if (!session) return expired(c, donorPageContext(localeOf(c), ''));
    setDonorCookie(c, sessionId);
    return c.redirect(donorPath(localeOf(c), '/gifts'), 303);
  });

  app.post(`/${LANG}/donor/sign-out`, requireDonor(deps), async (c) => {
    await deleteDonorSession(deps.db, c.var.donor.sessionHash);
    clearDonorCookie(c);
    const ctx = donorPageContext(localeOf(c), '');
    return c.html(
      <DonorMessagePage
        ctx={ctx}
        title={ctx.t.signedOutTitle}
        body={ctx.t.signedOut}
        link={{ href: donorPath(ctx.locale, ''), label: ctx.t.link.askAgain }}
      />,
    );
  });

  return app;
}

const expired = (c: Context, ctx: DonorPageContext) =>
  c.html(
    <DonorMessagePage
      ctx={ctx}
      title={ctx.t.link.expiredTitle}
      body={ctx.t.link.expired}
      link={{ href: donorPath(ctx.locale, ''), label: ctx.t.link.askAgain }}
    />,
    410,
  );

function RequestForm(props: { ctx: DonorPageContext; error?: string }) {
  const { t, locale } = props.ctx;
  return (
    <DonorLayout ctx={props.ctx} title={t.request.title}>
      <p>{t.request.intro}</p>
      <EmailLinkForm
        action={donorPath(locale, '')}
        label={t.request.email}
        submit={t.request.submit}
        error={props.error}
      />
    </DonorLayout>
  );
}
