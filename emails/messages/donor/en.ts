/** The donor's link email (English, the reference for the others' shape). */
export const en = {
  subject: 'Your link to your gifts',
  heading: 'Your gifts and receipts',
  intro:
    'Someone (we hope you) asked for a link to the gifts made with this address: receipts, monthly gifts, emails you receive, and your personal data.',
  button: 'Open my donor space',
  validity: (minutes: number) =>
    `The link works once, within ${minutes} minutes. It opens a page where you confirm with a button.`,
  ignore: 'If you did not ask, ignore this email: nobody can open your space without the link.',
};

export type DonorMessages = typeof en;
