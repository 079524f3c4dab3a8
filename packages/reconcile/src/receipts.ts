import { parseReceiptNumber } from '@haven/core';
import type { PaymentFigures } from './payments';
import type { Finding, ReceiptYearSummary } from './report';

/**
 * Receipt numbers run 1, 2, 3… per organisation and year without gaps or repeats, and the year's
 * counter holds the last one issued. A repeat is a legal problem (two receipts, one number); a
 * gap is what an auditor asks about; a counter behind the highest number would hand out a
 * number again, a counter ahead means numbers were taken by payments that no longer exist.
 */
export function checkReceipts(
  org: string,
  payments: Iterable<PaymentFigures>,
  counters: ReadonlyMap<number, number>,
): { summaries: ReceiptYearSummary[]; findings: Finding[] } {
  const tally = receiptTally(org);
  for (const payment of payments) tally.add(payment);
  if (tally.hasDuplicates()) for (const payment of payments) tally.addHolder(payment);
  return tally.check(counters);
}

/** The receipt numbers of one year as a bitmap: one bit per number, not one object per payment. */
class Sequences {
  private bits = new Uint8Array(1024);
  issued = 0;
  highest = 0;

  /** Marks `sequence`; false when it was marked already (a repeat). */
  mark(sequence: number): boolean {
    const byte = sequence >> 3;
    if (byte >= this.bits.length) {
      const grown = new Uint8Array(Math.max(byte + 1, this.bits.length * 2));
      grown.set(this.bits);
      this.bits = grown;
    }
    const mask = 1 << (sequence & 7);
    this.issued += 1;
    this.highest = Math.max(this.highest, sequence);
    if ((this.bits[byte] ?? 0) & mask) return false;
    this.bits[byte] = (this.bits[byte] ?? 0) | mask;
    return true;
  }

  has(sequence: number): boolean {
    return ((this.bits[sequence >> 3] ?? 0) & (1 << (sequence & 7))) !== 0;
  }
}

/**
 * The receipt check fed one payment at a time, in constant memory per receipt number. A repeat
 * is seen when its second holder arrives; who held the number first takes a second pass over
 * the payments (`addHolder`), made only when there is a repeat.
 */
export function receiptTally(org: string) {
  const findings: Finding[] = [];
  const years = new Map<number, Sequences>();
  /** `year:sequence` of each repeated number → its receipt number and holders. */
  const repeats = new Map<string, { year: number; receiptNumber: string; pledgeIds: string[] }>();
  return {
    add(payment: PaymentFigures): void {
      // Numbered when its receipt is issued: one not issued yet is the outbox check's to report.
      if (payment.receiptNumber === undefined) return;
      const parsed = parseReceiptNumber(payment.receiptNumber);
      if (!parsed) {
        findings.push({
          code: 'receipt_malformed',
          org,
          pledgeId: payment.pledgeId,
          receiptNumber: payment.receiptNumber,
        });
        return;
      }
      const sequences = years.get(parsed.year) ?? new Sequences();
      years.set(parsed.year, sequences);
      if (!sequences.mark(parsed.sequence)) {
        repeats.set(`${parsed.year}:${parsed.sequence}`, {
          year: parsed.year,
          receiptNumber: payment.receiptNumber,
          pledgeIds: [],
        });
      }
    },
    hasDuplicates: (): boolean => repeats.size > 0,
    /** The second pass: collects every holder of a repeated number. */
    addHolder(payment: PaymentFigures): void {
      if (payment.receiptNumber === undefined) return;
      const parsed = parseReceiptNumber(payment.receiptNumber);
      const repeat = parsed && repeats.get(`${parsed.year}:${parsed.sequence}`);
      if (repeat) repeat.pledgeIds.push(payment.pledgeId);
    },
    check(counters: ReadonlyMap<number, number>): {
      summaries: ReceiptYearSummary[];
      findings: Finding[];
    } {
      const all = [...findings];
      const sorted = [...repeats.entries()].sort(([a], [b]) =>
        a.localeCompare(b, 'en', { numeric: true }),
      );
      for (const [, { year, receiptNumber, pledgeIds }] of sorted) {
        all.push({
          code: 'receipt_duplicate',
          org,
          year,
          receiptNumber,
          pledgeIds: [...pledgeIds].sort(),
        });
      }
      const known = [...new Set([...years.keys(), ...counters.keys()])].sort((a, b) => a - b);
      const summaries = known.map((year): ReceiptYearSummary => {
        const sequences = years.get(year) ?? new Sequences();
        const { highest, issued } = sequences;
        const counter = counters.get(year) ?? 0;
        let gapFrom: number | undefined;
        for (let sequence = 1; sequence <= highest + 1; sequence++) {
          const present = sequence <= highest && sequences.has(sequence);
          if (!present && sequence <= highest && gapFrom === undefined) gapFrom = sequence;
          if ((present || sequence > highest) && gapFrom !== undefined) {
            all.push({ code: 'receipt_gap', org, year, from: gapFrom, to: sequence - 1 });
            gapFrom = undefined;
          }
        }
        if (counter < highest)
          all.push({ code: 'receipt_counter_behind', org, year, counter, highest });
        if (counter > highest)
          all.push({ code: 'receipt_counter_ahead', org, year, counter, highest });
        return { org, year, issued, highest, counter };
      });
      return { summaries, findings: all };
    },
  };
}
