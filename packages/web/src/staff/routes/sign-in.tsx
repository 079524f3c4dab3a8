import { Email, LOCALES, SIGN_IN_LINK_TTL_MS } from '@haven/core';
import {
  deleteStaffSession,
  findLiveStaffLink,
  findMembershipsByEmail,
  newStaffLink,
  redeemStaffLink,
  requestStaffLinks,
} from '@haven/db';
import { logger } from '@haven/log';
import { Hono } from 'hono';
import { EmailLinkForm } from '../../pages/email-link-form';
import { chooseLocale } from '../../routes/campaign-context';
import { requireStaff, type StaffEnv } from '../access';
import { StaffLayout, staffPageContext } from '../layout';
import { staffPage } from '../render';
import { clearSessionCookie, setSessionCookie } from '../session-cookie';
import { randomToken, sha256 } from '../tokens';

/**
 * Passwordless sign-in. An address with several memberships gets one email per organisation,
 * each in that membership's language with its own link: a link signs in to one organisation,
 * so a session never spans two.
 */
export function signInRoutes() {
  const app = new Hono<StaffEnv>();

  app.get('/sign-in', (c) => {
    const ctx = staffPageContext(chooseLocale(c, LOCALES, 'en'));
    return c.html(<SignInForm ctx={ctx} />);
  });

  // Known address or not, one query and one write, then the same page: the answer tells
  // nobody whether an address belongs to a member.
  app.post('/sign-in', async (c) => {
    const deps = c.var.staffDeps;
    const ctx = staffPageContext(chooseLocale(c, LOCALES, 'en'));
    const body = await c.req.parseBody();
    const email = Email.safeParse(body.email);
    if (!email.success)
      return c.html(<SignInForm ctx={ctx} error={ctx.t.signIn.invalidEmail} />, 422);
    const now = deps.now();
    const memberships = await findMembershipsByEmail(deps.db, email.data);
    const links = memberships.map((member) =>
      newStaffLink({
        orgSlug: member.orgSlug,
        memberId: member.memberId,
        purpose: 'sign-in',
        validForMs: SIGN_IN_LINK_TTL_MS,
        now,
      }),
    );
    const queued = await requestStaffLinks(deps.db, sha256(email.data), links, now);
    if (!queued) logger.warn('staff sign-in rate limited', { requestId: c.get('requestId') });
    return staffPage(c, ctx, 200, (t) => ({ title: t.signIn.sentTitle, body: t.signIn.sent }));
  });

  // A GET only shows a button: mail scanners that fetch links cannot use one up.
  app.get('/sign-in/:token', async (c) => {
    const deps = c.var.staffDeps;
    c.header('Referrer-Policy', 'no-referrer');
    const ctx = staffPageContext(chooseLocale(c, LOCALES, 'en'));
    const link = await findLiveStaffLink(deps.db, sha256(c.req.param('token')), deps.now());
    if (!link) return expired(c, ctx);
    return c.html(
      <StaffLayout ctx={ctx} title={ctx.t.signIn.landingTitle}>
        <p>{ctx.t.signIn.landing}</p>
        <form method="post">
          <button type="submit">{ctx.t.signIn.confirm}</button>
        </form>
      </StaffLayout>,
    );
  });

  app.post('/sign-in/:token', async (c) => {
    const deps = c.var.staffDeps;
    c.header('Referrer-Policy', 'no-referrer');
    const sessionId = randomToken();
    const session = await redeemStaffLink(
      deps.db,
      sha256(c.req.param('token')),
      { idHash: sha256(sessionId), csrfToken: randomToken() },
      deps.now(),
    );
    if (!session) return expired(c, staffPageContext(chooseLocale(c, LOCALES, 'en')));
    setSessionCookie(c, sessionId);
    return c.redirect('/staff', 303);
  });

  app.post('/sign-out', requireStaff('security.self', { passkeyExempt: true }), async (c) => {
    await deleteStaffSession(c.var.staffDeps.db, c.var.staff.sessionHash);
    clearSessionCookie(c);
    return staffPage(c, { locale: c.var.member.locale }, 200, (t) => ({
      title: t.signIn.signedOutTitle,
      body: t.signIn.signedOut,
      link: { href: '/staff/sign-in', label: t.signIn.title },
    }));
  });

  return app;
}

const expired = (c: Parameters<typeof staffPage>[0], ctx: ReturnType<typeof staffPageContext>) =>
  staffPage(c, ctx, 410, (t) => ({
    title: t.signIn.expiredTitle,
    body: t.signIn.expired,
    link: { href: '/staff/sign-in', label: t.signIn.askAgain },
  }));

function SignInForm(props: { ctx: ReturnType<typeof staffPageContext>; error?: string }) {
  const { t } = props.ctx;
  return (
    <StaffLayout ctx={props.ctx} title={t.signIn.title}>
      <p>{t.signIn.intro}</p>
      <EmailLinkForm
        action={'/staff/sign-in'}
        label={t.signIn.email}
        submit={t.signIn.submit}
        error={props.error}
      />
    </StaffLayout>
  );
}
