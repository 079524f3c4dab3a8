import { ExportFilter, ExportKind } from '@haven/core';
import * as z from 'zod';

/** The export form as posted: which file, and the filter (see core's ExportFilter). */
export const ExportRequest = z.object({
  kind: ExportKind.default('donations'),
  filter: ExportFilter,
});
export type ExportRequest = z.infer<typeof ExportRequest>;

export const parseExportRequest = (body: Record<string, unknown>) =>
  ExportRequest.safeParse({
    kind: body.kind === '' ? undefined : body.kind,
    filter: { from: body.from, to: body.to, campaign: body.campaign, currency: body.currency },
  });
