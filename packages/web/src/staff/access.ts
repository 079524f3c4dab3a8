import {
  type Action,
  can,
  LOCALES,
  type Locale,
  type Organisation,
  pickText,
  type Role,
  type StaffScope,
  sessionAlive,
} from '@haven/core';
import {
  deleteStaffSession,
  findMemberRecord,
  findStaffSession,
  getOrganisation,
  type StaffSession,
  touchStaffSession,
} from '@haven/db';
import type { Context, MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppDeps } from '../deps';
import { chooseLocale } from '../routes/campaign-context';
import { staffPage } from './render';
import { readSessionCookie } from './session-cookie';
import { sameSecret, sha256 } from './tokens';

/** Who is signed in, as a staff handler sees it. */
export type StaffMember = { memberId: string; orgSlug: string; role: Role; locale: Locale };

export type StaffEnv = {
  Variables: {
    staffDeps: AppDeps;
    member: StaffMember;
    staff: {
      /** Pass this to every @haven/db staff function: it builds its keys from `orgSlug`. */
      scope: StaffScope;
      session: StaffSession;
      sessionHash: string;
      org: Organisation;
    };
  };
};

/**
 * Every staff route's guard. `requireStaff(action)` answers, before the handler runs:
 * - no live session: GET goes to the sign-in page (303), anything else gets 401;
 * - a role that must use a passkey and has not in this session: to the passkey page (303);
 * - a state-changing request without this session's CSRF token (`_csrf` form field or
 *   `x-csrf-token` header): 403;
 * - a role without `action` (see core's permission table): 403.
 * Then `c.var.member` and `c.var.staff.scope` are set. A handler reads and writes only through
 * @haven/db functions that take `c.var.staff.scope`, loads the record its URL names first
 * (another organisation's id is then a NotFoundError, a 404) and only then reads the body.
 *
 * Mount staff routes inside `staffRoutes` (it sets the dependencies this reads); the isolation
 * test (test/integration/staff-isolation.test.ts) finds every `/staff/` route and checks it.
 */
export function requireStaff(
  action: Action,
  options: { passkeyExempt?: boolean } = {},
): MiddlewareHandler<StaffEnv> {
  const guard = createMiddleware<StaffEnv>(async (c, next) => {
    const deps = c.var.staffDeps;
    const now = deps.now();
    const sessionId = readSessionCookie(c);
    const sessionHash = sessionId ? sha256(sessionId) : undefined;
    const session = sessionHash ? await findStaffSession(deps.db, sessionHash) : undefined;
    if (!sessionHash || !session) return unauthenticated(c);
    if (!sessionAlive(session, now)) {
      await deleteStaffSession(deps.db, sessionHash);
      return unauthenticated(c);
    }
    const record = await findMemberRecord(deps.db, session.orgSlug, session.memberId);
    if (!record || record.generation !== session.generation) return unauthenticated(c);
    const org = await getOrganisation(deps.db, record.orgSlug);
    const member: StaffMember = {
      memberId: record.memberId,
      orgSlug: record.orgSlug,
      role: record.role,
      locale: record.locale,
    };
    const mustUsePasskey = (org.passkeyRequiredFor ?? []).some((role) => role === record.role);
    if (mustUsePasskey && !session.passkeyVerified && !options.passkeyExempt) {
      return c.redirect('/staff/passkey', 303);
    }
    if (!['GET', 'HEAD'].includes(c.req.method) && !(await csrfTokenMatches(c, session))) {
      return forbidden(c, member, org, session);
    }
    if (!can(member.role, action)) return forbidden(c, member, org, session);
    await touchStaffSession(deps.db, sessionHash, session, now);
    c.set('member', member);
    c.set('staff', { scope: member, session, sessionHash, org });
    await next();
  });
  guards.set(guard, action);
  return guard;
}

/** The action a `requireStaff` guard was made for; undefined for any other handler. */
export const guardedAction = (handler: unknown): Action | undefined =>
  typeof handler === 'function' ? guards.get(handler) : undefined;
const guards = new WeakMap<object, Action>();

async function csrfTokenMatches(c: Context<StaffEnv>, session: StaffSession): Promise<boolean> {
  const header = c.req.header('x-csrf-token');
  if (header) return sameSecret(header, session.csrfToken);
  const type = c.req.header('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/.test(type)) return false;
  const body = await c.req.parseBody();
  const sent = body._csrf;
  return typeof sent === 'string' && sameSecret(sent, session.csrfToken);
}

function unauthenticated(c: Context<StaffEnv>) {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return c.redirect('/staff/sign-in', 303);
  return staffPage(c, { locale: chooseLocale(c, LOCALES, 'en') }, 401, (t) => ({
    title: t.signIn.signedOutTitle,
    body: t.signIn.signedOut,
    link: { href: '/staff/sign-in', label: t.signIn.title },
  }));
}

function forbidden(
  c: Context<StaffEnv>,
  member: StaffMember,
  org: Organisation,
  session: StaffSession,
) {
  return staffPage(c, signedInAs(member, org, session), 403, (t) => ({
    title: t.errors.forbiddenTitle,
    body: t.errors.forbidden,
    link: { href: '/staff', label: t.errors.back },
  }));
}

/** The page context of a signed-in member: their language, organisation and forms' token. */
export const signedInAs = (member: StaffMember, org: Organisation, session: StaffSession) => ({
  locale: member.locale,
  signedIn: {
    orgName: pickText(org.name, member.locale, org.defaultLocale),
    csrfToken: session.csrfToken,
    canManage: can(member.role, 'org.settings.edit'),
    canAudit: can(member.role, 'audit.read'),
    canExport: can(member.role, 'finance.export'),
  },
});

/** The page context of the request being handled (after `requireStaff`). */
export const staffContextOf = (c: Context<StaffEnv>) =>
  signedInAs(c.var.member, c.var.staff.org, c.var.staff.session);
