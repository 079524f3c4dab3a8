/** What the bulk sending reads of one payment: who gave, if anyone can still be written to. */
export type StatementRecipientRow = {
  donorEmail?: string | undefined;
  emailKey: string | undefined;
};

/**
 * The people one page of a period's payments adds to a bulk statement sending: each address
 * once, in the order met, leaving out payments without an address (never given, or erased at
 * the donor's request) and people already sent this period's statement (`marked`). Anonymous
 * donors stay in: anonymity hides them from the public, not from their own statement.
 */
export function statementRecipients(
  rows: readonly StatementRecipientRow[],
  marked: ReadonlySet<string>,
): string[] {
  const people = new Set<string>();
  for (const row of rows) {
    if (!row.donorEmail || !row.emailKey || marked.has(row.emailKey)) continue;
    people.add(row.emailKey);
  }
  return [...people];
}
