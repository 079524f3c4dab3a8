/** The bench's rows, as the terminal prints them and as README shows them (markdown). */
export type Row = {
  row: string;
  value: string;
  anchor: string;
  /** The project's figure over its anchor's, where the two compare. */
  ratio: number | null;
  goal: string;
  /** true met, false missed (`verdict` says by how much), null where no goal applies. */
  met: boolean | null;
  verdict: string;
};

const cell = (text: string) => text.replaceAll('|', '\\|');

export function markdownTable(rows: readonly Row[]): string {
  const lines = [
    '| | project | anchor (same run) | ratio | goal | |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${cell(row.row)} | ${cell(row.value)} | ${cell(row.anchor)} | ${row.ratio === null ? '—' : `${row.ratio.toFixed(2)}×`} | ${cell(row.goal)} | ${cell(row.verdict)} |`,
    ),
  ];
  return lines.join('\n');
}

export function textTable(rows: readonly Row[]): string {
  return rows
    .map(
      (row) =>
        `${row.row}\n    project ${row.value}\n    anchor  ${row.anchor}${row.ratio === null ? '' : `\n    ratio   ${row.ratio.toFixed(2)}×`}\n    goal    ${row.goal}: ${row.verdict}`,
    )
    .join('\n');
}

export const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
export const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
export const ms = (value: number) => `${Math.round(value)} ms`;

/** "met" or "missed by N%" for a figure that should be at most (or least) `limit`. */
export function verdict(value: number, limit: number, direction: 'at most' | 'at least') {
  const met = direction === 'at most' ? value <= limit : value >= limit;
  if (met) return { met, verdict: 'met' };
  const off = direction === 'at most' ? value / limit - 1 : 1 - value / limit;
  return { met, verdict: `missed by ${Math.round(off * 100)}%` };
}
