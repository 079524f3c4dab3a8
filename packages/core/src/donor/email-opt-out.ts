import * as z from 'zod';

/**
 * What a person asked of one organisation's emails (updates, appeals; never receipts): none at
 * all, or none about some campaigns. No item means they have not opted out of anything.
 * Update sending reads it with @haven/db's `findEmailOptOut(db, emailKey(address), org)`
 * and asks `mayEmail`.
 */
export const EmailOptOut = z.object({
  orgSlug: z.string(),
  /** True: no email from this organisation at all. */
  wholeOrganisation: z.boolean(),
  /** Campaigns whose emails this person does not want (when the organisation's are welcome). */
  campaigns: z.array(z.string()),
  updatedAt: z.iso.datetime(),
});
export type EmailOptOut = z.infer<typeof EmailOptOut>;

/** Whether an organisation may email this person about a campaign (or at all, without one). */
export function mayEmail(optOut: EmailOptOut | undefined, campaignSlug?: string): boolean {
  if (!optOut) return true;
  if (optOut.wholeOrganisation) return false;
  return campaignSlug === undefined || !optOut.campaigns.includes(campaignSlug);
}
