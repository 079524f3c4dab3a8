/**
 * The personal data a gift carries, on its pledge and its payments: what erasure removes. The
 * rest (amounts, dates, receipt number, campaign, organisation) is the financial record the law
 * asks the organisation to keep, and stays.
 */
export const ERASABLE_FIELDS = ['donorName', 'donorEmail', 'dedication', 'message'] as const;
export type ErasableField = (typeof ERASABLE_FIELDS)[number];

/**
 * What erasing one record does: the fields it held that go, and the list kept in their place so
 * a receipt reproduced later marks each one as erased rather than silently leaving it out.
 * A record erased before keeps its earlier list: erasing twice changes nothing.
 */
export function planRecordErasure(record: Readonly<Record<string, unknown>>): {
  remove: ErasableField[];
  erasedFields: ErasableField[];
} {
  const remove = ERASABLE_FIELDS.filter((field) => record[field] !== undefined);
  const earlier: unknown[] = Array.isArray(record.erasedFields) ? record.erasedFields : [];
  const erasedFields = ERASABLE_FIELDS.filter(
    (field) => remove.includes(field) || earlier.includes(field),
  );
  return { remove, erasedFields };
}
