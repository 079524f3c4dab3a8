import { DONOR_LINK_TTL_MS } from '@haven/core';
import { type Db, type DonorLinkOutboxItem, findDonorAddress } from '@haven/db';
import { type RenderedEmail, renderDonorLink } from '@haven/emails';

/** The page a donor's link opens: a GET shows a button, only its POST opens the space. */
export const donorLinkUrl = (publicUrl: string, locale: string, token: string) =>
  `${publicUrl}/${locale}/donor/link/${encodeURIComponent(token)}`;

/** A donor's link, in the language they asked in, to the address of their latest payment. */
export async function composeDonorLink(
  db: Db,
  publicUrl: string,
  item: DonorLinkOutboxItem,
): Promise<{ to: string | undefined; email: RenderedEmail | undefined }> {
  // The token already left with an earlier send, or the person was erased since: nothing to send.
  const to = item.linkToken ? await findDonorAddress(db, item.emailKey) : undefined;
  if (!to || !item.linkToken) return { to: undefined, email: undefined };
  const email = await renderDonorLink({
    locale: item.locale,
    url: donorLinkUrl(publicUrl, item.locale, item.linkToken),
    validMinutes: DONOR_LINK_TTL_MS / 60_000,
  });
  return { to, email };
}
