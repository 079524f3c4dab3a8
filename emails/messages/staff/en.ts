/** The staff link emails' words; English is the reference the others satisfy. */
export const en = {
  signInSubject: (orgName: string) => `Your sign-in link for ${orgName}`,
  signInHeading: 'Sign in to Haven',
  signInIntro: (orgName: string) =>
    `Someone (we hope you) asked to sign in to ${orgName}'s staff pages with this address.`,
  inviteSubject: (orgName: string) => `You are invited to join ${orgName} on Haven`,
  inviteHeading: 'You are invited',
  inviteIntro: (orgName: string, role: string) =>
    `You have been invited to join ${orgName}'s staff as ${role}.`,
  button: 'Open the sign-in page',
  validity: (minutes: number) =>
    `The link works once, within ${minutes} minutes. It opens a page where you confirm the sign-in.`,
  validityDays: (days: number) => `The link works once, within ${days} days.`,
  ignore: 'If you did not ask for it, ignore this email: nobody can sign in without the link.',
  roles: { owner: 'owner', fundraiser: 'fundraiser', finance: 'finance', viewer: 'viewer' },
};
export type StaffMessages = typeof en;
