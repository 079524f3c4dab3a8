import * as z from 'zod';
import type { Db } from '../client';
import { keys } from '../keys';
import { findLiveLink, linkAndEmailPuts, requestLinks } from '../links/single-use-link';
import type { TransactItem } from './transact';

/** A link about to be emailed: its record keeps the token's hash, the outbox item the token. */
export type NewLink = {
  token: string;
  tokenHash: string;
  orgSlug: string;
  memberId: string;
  purpose: 'sign-in' | 'invite';
  expiresAt: Date;
  outboxId: string;
  dueAt: Date;
};

export const StaffLink = z.object({
  orgSlug: z.string(),
  memberId: z.string(),
  purpose: z.enum(['sign-in', 'invite']),
  linkExpiresAt: z.iso.datetime(),
});
export type StaffLink = z.infer<typeof StaffLink>;

/** The link's record and its email, for the caller's transaction. */
export function linkPuts(db: Db, link: NewLink, invitedBy?: string): TransactItem[] {
  return linkAndEmailPuts(db, {
    key: keys.staffLink(link.tokenHash),
    record: {
      type: 'staff_link',
      orgSlug: link.orgSlug,
      memberId: link.memberId,
      purpose: link.purpose,
    },
    expiresAt: link.expiresAt,
    outboxId: link.outboxId,
    dueAt: link.dueAt,
    email: {
      kind: 'staff-link',
      purpose: link.purpose,
      orgSlug: link.orgSlug,
      memberId: link.memberId,
      linkToken: link.token,
      ...(invitedBy ? { invitedBy } : {}),
    },
  });
}

/** At most this many link requests per address in a quarter of an hour: no mail-bombing. */
export const LINK_REQUESTS_PER_WINDOW = 5;
const WINDOW_MS = 15 * 60_000;

/**
 * Records a sign-in request for an address (known or not) and queues its links: the same one
 * write whether the address has memberships or none, so the answer's timing says little.
 * Returns false when the address asked too often (nothing queued).
 */
export function requestStaffLinks(
  db: Db,
  emailHash: string,
  links: NewLink[],
  now: Date,
): Promise<boolean> {
  const windowStart = Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS;
  return requestLinks(db, {
    rateKey: keys.staffLinkRate(`${emailHash}#${windowStart}`),
    max: LINK_REQUESTS_PER_WINDOW,
    windowStart,
    windowMs: WINDOW_MS,
    writes: links.flatMap((link) => linkPuts(db, link)),
    decoy: { key: keys.staffLinkDecoy, type: 'staff_link_decoy' },
  });
}

/** A link that exists and has not expired. */
export function findLiveStaffLink(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<StaffLink | undefined> {
  return findLiveLink(db, keys.staffLink(tokenHash), StaffLink, now);
}
