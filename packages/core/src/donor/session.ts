/**
 * A donor's link works once, for 30 minutes: longer than a staff link's 15, since a donor may
 * wait on a slow free mail service, and what it opens (one person's own gifts) is far less.
 */
export const DONOR_LINK_TTL_MS = 30 * 60_000;
/**
 * A donor session is short: 30 minutes without a request, 2 hours at most. Donors come to do
 * one thing (a receipt, a change, an erasure), often on a shared or borrowed device.
 */
export const DONOR_SESSION_IDLE_MS = 30 * 60_000;
export const DONOR_SESSION_ABSOLUTE_MS = 2 * 3_600_000;
/** At most this many link requests per address, and per client, in a quarter of an hour. */
export const DONOR_LINK_REQUESTS_PER_WINDOW = 5;
export const DONOR_LINK_CLIENT_REQUESTS_PER_WINDOW = 20;
export const DONOR_LINK_WINDOW_MS = 15 * 60_000;

type SessionTimes = { createdAt: string; lastSeenAt: string };

/** Whether a donor session is alive at `now`: neither its idle nor its absolute limit passed. */
export function donorSessionAlive(session: SessionTimes, now: Date): boolean {
  const t = now.getTime();
  return (
    t < Date.parse(session.lastSeenAt) + DONOR_SESSION_IDLE_MS &&
    t < Date.parse(session.createdAt) + DONOR_SESSION_ABSOLUTE_MS
  );
}

/** When the table may delete the session (TTL, epoch seconds): its absolute end. */
export const donorSessionExpiresAt = (createdAt: string): number =>
  Math.ceil((Date.parse(createdAt) + DONOR_SESSION_ABSOLUTE_MS) / 1000);
