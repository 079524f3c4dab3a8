import * as z from 'zod';
import { Currency } from '../money';
import { Slug } from '../org';

const day = z.iso.date();

/**
 * What a finance export covers: payments made from `from` to `to` (whole UTC days, both
 * included), optionally of one campaign and one currency. Empty form fields mean "all".
 */
export const ExportFilter = z
  .object({
    from: day,
    to: day,
    campaign: z.preprocess((v) => (v === '' ? undefined : v), z.optional(Slug)),
    currency: z.preprocess((v) => (v === '' ? undefined : v), z.optional(Currency)),
  })
  .refine((filter) => filter.from <= filter.to, { message: 'from must not be after to' });
export type ExportFilter = z.infer<typeof ExportFilter>;

/** The instants bounding a filter's days, as the payments' index sorts them (`<paidAt>#<id>`). */
export const exportPeriod = (filter: Pick<ExportFilter, 'from' | 'to'>) => ({
  from: `${filter.from}T00:00:00.000Z`,
  to: `${filter.to}T23:59:59.999Z`,
});

/** A filename that says what is inside and carries nothing a header could be broken by. */
export function exportFilename(kind: string, orgSlug: string, filter: ExportFilter): string {
  const parts = [orgSlug, kind, filter.from, filter.to, filter.campaign, filter.currency];
  const name = parts.filter((part) => part !== undefined).join('_');
  return `${name.replace(/[^A-Za-z0-9._-]/g, '-')}.csv`;
}

/** The same days as a ledger period: from the first instant, up to the day after the last. */
export function exportLedgerPeriod(filter: Pick<ExportFilter, 'from' | 'to'>) {
  const after = new Date(`${filter.to}T00:00:00.000Z`);
  after.setUTCDate(after.getUTCDate() + 1);
  return { from: `${filter.from}T00:00:00.000Z`, to: after.toISOString() };
}
