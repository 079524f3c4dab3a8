/** The finance export and statement pages' words (English, the reference). */
export const en = {
  title: 'Exports',
  intro:
    'Spreadsheet files (CSV, UTF-8) of the payments you choose. Amounts are numbers in each currency’s own units, the currency in its own column.',
  from: 'From (first day)',
  to: 'To (last day)',
  campaign: 'Campaign',
  anyCampaign: 'All campaigns',
  currency: 'Currency',
  anyCurrency: 'All currencies',
  kind: 'File',
  kinds: {
    donations: 'Donations (one row per payment)',
    journal: 'Journal (every ledger line, per currency)',
    payouts: 'Payouts (what each bank transfer is made of)',
  },
  download: 'Download',
  badFilter:
    'Choose a first and a last day (the first not after the last), and a campaign and currency of this organisation.',
  background: 'Files being prepared',
  backgroundIntro: (limit: number) =>
    `An export of more than ${limit} payments is prepared in the background; its link appears here and works for a few minutes each time you open this page.`,
  queuedTitle: 'Your file is being prepared',
  queued: 'It is too large to download at once. It will be listed on the exports page when ready.',
  backToExports: 'Back to exports',
  none: 'No file prepared lately.',
  requested: 'Asked for',
  status: 'Status',
  rows: 'Rows',
  statuses: { pending: 'being prepared', done: 'ready', failed: 'failed' },
  fetch: 'Download',
  statements: {
    title: 'Yearly statements',
    intro:
      'A donor’s gifts of a year (your fiscal year, which settings start in January unless you change it; a year is named by the year it starts in), net of refunds, per currency, in the donor’s language with your deductibility wording: print it or save it as PDF.',
    email: 'Donor’s email address',
    year: 'Year',
    show: 'Show the statement',
    bad: 'Type a whole email address and a year.',
  },
};
export type ExportMessages = typeof en;
