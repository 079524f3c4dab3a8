import * as z from 'zod';
import { Locale } from '../locale';
import { Role } from '../staff/role';
import { ExportFilter } from './export-filter';

export const ExportKind = z.enum(['donations', 'journal', 'payouts']);
export type ExportKind = z.infer<typeof ExportKind>;

/**
 * An export too large for one response, prepared in the background: who asked (the file is
 * masked for their role, as a direct download would be), what, and where the file is once
 * written. The file and the record both expire after `EXPORT_KEEP_DAYS`.
 */
export const ExportJob = z.object({
  orgSlug: z.string(),
  id: z.string(),
  kind: ExportKind,
  filter: ExportFilter,
  requestedBy: z.object({ memberId: z.string(), role: Role, locale: Locale }),
  status: z.enum(['pending', 'done', 'failed']),
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().optional(),
  rows: z.number().int().nonnegative().optional(),
  objectKey: z.string().optional(),
});
export type ExportJob = z.infer<typeof ExportJob>;

/** How long a prepared file and its record are kept: the bucket's lifecycle rule says the same. */
export const EXPORT_KEEP_DAYS = 3;

/**
 * Above this many rows an export is prepared in the background. A donations row is about
 * 300 bytes (ids, an address, a name), so 10 000 rows are about 3 MB: half of Lambda's 6 MB
 * response limit, leaving room for long names and addresses.
 */
export const DIRECT_EXPORT_ROWS = 10_000;
