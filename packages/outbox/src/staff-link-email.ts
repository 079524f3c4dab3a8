import { INVITE_LINK_TTL_MS, NotFoundError, pickText, SIGN_IN_LINK_TTL_MS } from '@haven/core';
import { type Db, findMemberRecord, getOrganisation, type StaffLinkOutboxItem } from '@haven/db';
import { type RenderedEmail, renderStaffLink } from '@haven/emails';

/** The sign-in page a staff link opens: a GET shows a button, only its POST signs in. */
export const staffLinkUrl = (publicUrl: string, token: string) =>
  `${publicUrl}/staff/sign-in/${encodeURIComponent(token)}`;

/** A sign-in or invitation email for one membership, in that member's language. */
export async function composeStaffLink(
  db: Db,
  publicUrl: string,
  item: StaffLinkOutboxItem,
): Promise<{ to: string | undefined; email: RenderedEmail | undefined }> {
  const member = await findMemberRecord(db, item.orgSlug, item.memberId);
  // Removed since, or the token already left with an earlier send: nothing to send.
  if (!member || !item.linkToken) return { to: undefined, email: undefined };
  const org = await getOrganisation(db, item.orgSlug).catch((error: unknown) => {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  });
  if (!org) return { to: undefined, email: undefined };
  const email = await renderStaffLink({
    locale: member.locale,
    purpose: item.purpose,
    orgName: pickText(org.name, member.locale, org.defaultLocale),
    role: member.role,
    url: staffLinkUrl(publicUrl, item.linkToken),
    validMinutes: (item.purpose === 'invite' ? INVITE_LINK_TTL_MS : SIGN_IN_LINK_TTL_MS) / 60_000,
  });
  return { to: member.email, email };
}
