import * as z from 'zod';
import { ConflictError, ValidationError } from '../errors';
import { Locale } from '../locale';
import { Role } from './role';

/** Addresses compare lowercased and trimmed: the same person types them differently. */
export const Email = z.string().trim().toLowerCase().pipe(z.email().max(254));
export type Email = z.infer<typeof Email>;

export const MemberId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

export const Member = z.object({
  orgSlug: z.string(),
  memberId: MemberId,
  email: z.email(),
  name: z.string().min(1).max(120).optional(),
  role: Role,
  locale: Locale,
  /** Invited: the member has not signed in yet; active after the first sign-in. */
  status: z.enum(['invited', 'active']),
  createdAt: z.iso.datetime(),
});
export type Member = z.infer<typeof Member>;

/** What the service needs to know to invite someone; the owner types it on the members page. */
export const Invitation = z.object({
  email: Email,
  role: Role,
  locale: Locale,
});
export type Invitation = z.infer<typeof Invitation>;

const owners = (members: readonly Member[]) => members.filter((m) => m.role === 'owner');

/** An organisation always keeps an owner: otherwise nobody could manage it again. */
export function checkRoleChange(members: readonly Member[], memberId: string, role: Role): Member {
  const member = members.find((m) => m.memberId === memberId);
  if (!member) throw new ValidationError('no such member');
  if (member.role === 'owner' && role !== 'owner' && owners(members).length <= 1) {
    throw new ConflictError('the last owner cannot be demoted');
  }
  return member;
}

/** Removing (or leaving) follows the same rule: the last owner stays. */
export function checkRemoval(members: readonly Member[], memberId: string): Member {
  const member = members.find((m) => m.memberId === memberId);
  if (!member) throw new ValidationError('no such member');
  if (member.role === 'owner' && owners(members).length <= 1) {
    throw new ConflictError('the last owner cannot leave');
  }
  return member;
}

/** One address is one member per organisation. */
export function checkInvitation(members: readonly Member[], invitation: Invitation): void {
  if (members.some((m) => m.email === invitation.email)) {
    throw new ConflictError('already a member');
  }
}

/**
 * Who is asking, as the session says: every staff repository function takes it and builds its
 * keys from `orgSlug`, so no request can name another organisation's data.
 */
export type StaffScope = { orgSlug: string; memberId: string; role: Member['role'] };
