import type { Role } from './role';

/** A sign-in link works once, for 15 minutes (issue 8). */
export const SIGN_IN_LINK_TTL_MS = 15 * 60_000;
/** An invitation link: an invitee may read their email days later, so a week. */
export const INVITE_LINK_TTL_MS = 7 * 24 * 3_600_000;
/**
 * A session ends after 2 hours without a request (a shared office computer left signed in)
 * and 12 hours after sign-in whatever happens (a working day; a stolen cookie's worth).
 */
export const SESSION_IDLE_MS = 2 * 3_600_000;
export const SESSION_ABSOLUTE_MS = 12 * 3_600_000;

export type SessionTimes = { createdAt: string; lastSeenAt: string };

/** Whether a session is still alive at `now`: neither idle nor absolute limit passed. */
export function sessionAlive(session: SessionTimes, now: Date): boolean {
  const t = now.getTime();
  return (
    t < Date.parse(session.lastSeenAt) + SESSION_IDLE_MS &&
    t < Date.parse(session.createdAt) + SESSION_ABSOLUTE_MS
  );
}

/** When the table may delete the session (TTL, epoch seconds): its absolute end. */
export const sessionExpiresAt = (createdAt: string): number =>
  Math.ceil((Date.parse(createdAt) + SESSION_ABSOLUTE_MS) / 1000);

/** Roles an owner can oblige to add a passkey as second factor. */
export const PASSKEY_ROLES: readonly Role[] = ['owner', 'finance'];
