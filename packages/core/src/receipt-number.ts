import * as z from 'zod/mini';
import type { Organisation } from './org';

/** An organisation's own receipt prefix, as it may set it. */
export const ReceiptPrefix = z.string().check(z.regex(/^[A-Z0-9]{2,12}$/));
export type ReceiptPrefix = z.infer<typeof ReceiptPrefix>;

/**
 * The prefix an organisation's receipt numbers carry: its own, else its slug in capitals without
 * the dashes. Slugs run to 64 characters, so a derived prefix may be longer than one it sets.
 */
export const receiptPrefix = (org: Pick<Organisation, 'slug' | 'receiptPrefix'>): string =>
  org.receiptPrefix ?? org.slug.toUpperCase().replace(/[^A-Z0-9]/g, '');

/** `PREFIX-YEAR-000001`: numbered from 1 per organisation and calendar year, at least six digits. */
export const formatReceiptNumber = (prefix: string, year: number, sequence: number): string =>
  `${prefix}-${year}-${String(sequence).padStart(6, '0')}`;

// Prefix up to 64: the longest a slug-derived prefix can be (see receiptPrefix).
const RECEIPT_NUMBER = /^([A-Z0-9]{2,64})-(\d{4})-(\d{6,})$/;

/** The parts of a receipt number formatReceiptNumber made, or undefined for anything else. */
export function parseReceiptNumber(
  text: string,
): { prefix: string; year: number; sequence: number } | undefined {
  const match = RECEIPT_NUMBER.exec(text);
  if (!match) return undefined;
  const [, prefix = '', year = '', sequence = ''] = match;
  return { prefix, year: Number(year), sequence: Number(sequence) };
}
