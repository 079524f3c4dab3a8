/** Sending statements by email, on the statements page (English, the reference). */
export const en = {
  period: (label: string) => `Period: ${label}`,
  sendOne: 'Send this statement to the donor by email',
  sentOne: 'The statement is on its way to the donor, in their language.',
  bulkTitle: 'Send every donor their statement',
  bulkIntro: (label: string) =>
    `Every person who gave in ${label} gets one email with their statement, in their language. Sending again only reaches donors not sent it yet. Erased donors and gifts without an address get nothing.`,
  bulkSend: 'Send to every donor',
  bulkQueued: 'Sending has started: the counts below grow as the emails leave.',
  counts: (c: { queued: number; sent: number; failed: number }) =>
    `${c.queued} queued, ${c.sent} sent, ${c.failed} not sent`,
  notYet: 'Not sent to every donor yet.',
  noGift: 'This address gave nothing in that year: no statement was sent.',
  badYear: 'Choose a year between 2000 and 2100.',
};
export type StatementSendMessages = typeof en;
