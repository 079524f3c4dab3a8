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
  payments: readonly PaymentFigures[],
  counters: ReadonlyMap<number, number>,
): { summaries: ReceiptYearSummary[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const byYear = new Map<number, Map<number, { receiptNumber: string; pledgeIds: string[] }>>();
  for (const { pledgeId, receiptNumber } of payments) {
    // Numbered when its receipt is issued: one not issued yet is the outbox check's to report.
    if (receiptNumber === undefined) continue;
    const parsed = parseReceiptNumber(receiptNumber);
    if (!parsed) {
      findings.push({ code: 'receipt_malformed', org, pledgeId, receiptNumber });
      continue;
    }
    const { year, sequence } = parsed;
    const numbers = byYear.get(year) ?? new Map();
    const holders = numbers.get(sequence) ?? { receiptNumber, pledgeIds: [] };
    holders.pledgeIds.push(pledgeId);
    numbers.set(sequence, holders);
    byYear.set(year, numbers);
  }

  const years = [...new Set([...byYear.keys(), ...counters.keys()])].sort((a, b) => a - b);
  const summaries = years.map((year): ReceiptYearSummary => {
    const numbers =
      byYear.get(year) ?? new Map<number, { receiptNumber: string; pledgeIds: string[] }>();
    const sequences = [...numbers.keys()].sort((a, b) => a - b);
    const highest = sequences.at(-1) ?? 0;
    const counter = counters.get(year) ?? 0;
    for (const sequence of sequences) {
      const holders = numbers.get(sequence);
      if (holders && holders.pledgeIds.length > 1) {
        findings.push({
          code: 'receipt_duplicate',
          org,
          year,
          receiptNumber: holders.receiptNumber,
          pledgeIds: [...holders.pledgeIds].sort(),
        });
      }
    }
    let next = 1;
    for (const sequence of sequences) {
      if (sequence > next)
        findings.push({ code: 'receipt_gap', org, year, from: next, to: sequence - 1 });
      next = sequence + 1;
    }
    if (counter < highest)
      findings.push({ code: 'receipt_counter_behind', org, year, counter, highest });
    if (counter > highest)
      findings.push({ code: 'receipt_counter_ahead', org, year, counter, highest });
    const issued = [...numbers.values()].reduce(
      (sum, holders) => sum + holders.pledgeIds.length,
      0,
    );
    return { org, year, issued, highest, counter };
  });
  return { summaries, findings };
}
