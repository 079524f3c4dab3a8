import { DONOR_SESSION_IDLE_MS, donorSessionExpiresAt, Locale } from '@haven/core';
import * as z from 'zod';
import type { Db } from '../client';
import { keys } from '../keys';
import { deleteSession, findSession, redeemLinkForSession, touchSession } from '../links/sessions';
import { findLiveDonorLink } from './donor-link-repo';

/** A donor's session: who (their emailKey alone), in which language, and its forms' token. */
export const DonorSession = z.object({
  emailKey: z.string(),
  locale: Locale,
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  csrfToken: z.string(),
});
export type DonorSession = z.infer<typeof DonorSession>;

/**
 * Uses a link up and opens a session in one transaction: the link's delete is conditional on it
 * still being there, so two redemptions of one link open one session.
 */
export async function redeemDonorLink(
  db: Db,
  tokenHash: string,
  session: { idHash: string; csrfToken: string },
  now: Date,
): Promise<DonorSession | undefined> {
  const link = await findLiveDonorLink(db, tokenHash, now);
  if (!link) return undefined;
  const at = now.toISOString();
  const created = DonorSession.parse({
    emailKey: link.emailKey,
    locale: link.locale,
    createdAt: at,
    lastSeenAt: at,
    csrfToken: session.csrfToken,
  });
  const opened = await redeemLinkForSession(db, {
    linkKey: keys.donorLink(tokenHash),
    session: {
      key: keys.donorSession(session.idHash),
      type: 'donor_session',
      item: created,
      expiresAt: donorSessionExpiresAt(at),
    },
  });
  return opened ? created : undefined;
}

export function findDonorSession(db: Db, idHash: string): Promise<DonorSession | undefined> {
  return findSession(db, keys.donorSession(idHash), DonorSession);
}

/** Records activity for the idle limit (at most one write a minute). */
export function touchDonorSession(
  db: Db,
  idHash: string,
  session: DonorSession,
  now: Date,
): Promise<void> {
  return touchSession(db, keys.donorSession(idHash), session, DONOR_SESSION_IDLE_MS, now);
}

export function deleteDonorSession(db: Db, idHash: string): Promise<void> {
  return deleteSession(db, keys.donorSession(idHash));
}
