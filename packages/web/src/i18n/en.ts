import { plural } from './plural';

/** English, the reference catalogue: every other language must supply each of these keys. */
export const en = {
  siteName: 'Haven',
  languageName: 'English',
  skipToContent: 'Skip to content',
  chooseLanguage: 'Language',
  organisations: 'Organisations',
  openCampaigns: 'Open campaigns',
  noOpenCampaigns: 'There is no open campaign right now.',
  raisedOf: (raised: string, goal: string) => `${raised} raised of ${goal}`,
  percentFunded: (percent: string) => `${percent} of the goal`,
  supporters: plural({ one: '{n} supporter', other: '{n} supporters' }),
  startedOn: (date: string) => `Started on ${date}`,
  endsOn: (date: string) => `Ends on ${date}`,
  endedOn: (date: string) => `Ended on ${date}`,
  campaignClosed: 'This campaign is closed and no longer takes gifts.',
  cannotTakeGiftsYet:
    'This organisation cannot take gifts online yet: its payment account is not ready. Please come back soon.',
  otherTotals: 'Also raised',
  story: 'The story',
  donate: {
    heading: 'Give to this campaign',
    frequency: 'How often',
    once: 'Once',
    monthly: 'Monthly',
    currency: 'Currency',
    amount: 'Amount',
    customAmount: 'Other amount',
    coverFee: 'Add a little to cover the payment fee, so the whole gift reaches the organisation',
    anonymous: 'Give anonymously: your name is never shown publicly',
    dedication: 'Dedicate this gift',
    dedicationNone: 'No dedication',
    dedicationHonour: 'In honour of',
    dedicationMemory: 'In memory of',
    dedicationName: 'Name of the person',
    message: 'A message to the organisation (optional)',
    updatesOptIn: 'Send me updates about this campaign by email',
    submit: 'Continue to payment',
    notConfiguredTitle: 'Thank you: your gift is not taken yet',
    notConfigured:
      'Online payments are not configured for this service yet, so nothing was charged. Please try again later.',
    backToCampaign: 'Back to the campaign',
    errorsTitle: 'Please check the form',
  },
  errors: {
    amountRequired: 'Choose or enter an amount.',
    amountInvalid: 'Enter an amount such as 25 or 25.50.',
    amountTooSmall: (min: string) => `The smallest gift is ${min}.`,
    amountTooLarge: (max: string) => `The largest gift online is ${max}.`,
    amountStep: 'This currency takes amounts in steps of 0.010.',
    currencyNotAccepted: 'This campaign does not take that currency.',
    dedicationNameRequired: 'Enter the name of the person the gift is dedicated to.',
    tooLong: (max: number) => `Use at most ${max} characters.`,
    invalid: 'This value is not valid.',
  },
  checkout: {
    feeCoverLine: 'Processing fee covered by the donor',
    languageNoticeTitle: 'The payment page is in English',
    languageNotice:
      'Our payment provider does not offer its payment page in your language, so it will be shown in English. Your receipt will be in your language.',
    continue: 'Continue to the secure payment page',
    unavailable:
      'The payment service is not answering right now. Nothing was charged; please try again in a few minutes.',
  },
  thanks: {
    receivedTitle: 'Thank you! Your gift was received',
    received: (amount: string) =>
      `We received your gift of ${amount}. A receipt is on its way to your inbox.`,
    processingTitle: 'Thank you! Your payment is being processed',
    processing:
      'Your bank is processing the payment. This can take a few days; we will email your receipt once it has cleared.',
    failedTitle: 'The payment did not go through',
    failed:
      'Your bank did not complete the payment, and nothing was taken. You can try again with another method.',
    notCompletedTitle: 'Your gift was not completed',
    notCompleted: 'The payment was not completed, and nothing was charged.',
    tryAgain: 'Try again',
  },
  notFound: {
    title: 'Page not found',
    body: 'We could not find this page. The campaign may have moved or closed.',
    home: 'See all organisations',
  },
  guard: {
    title: 'Your gift was not sent',
    back: 'Back to the campaign',
    tooLarge:
      'The form sent more than this page accepts. Nothing was charged; please go back and try again.',
    unsupported:
      'The form was sent in a way this page does not accept. Nothing was charged; please go back and try again.',
    formExpired:
      'This form has expired or was sent from another site. Nothing was charged; please go back to the campaign and try again.',
    notSent: 'The form could not be sent. Nothing was charged; please go back and try again.',
    challengeFailed:
      'We could not confirm that a person sent this form. Nothing was charged; please go back and try again.',
    rateLimited:
      'There were many attempts from your connection in a short time. Nothing was charged; please wait a few minutes and try again.',
    busy: 'Many people are giving right now. Nothing was charged; please wait a minute and try again.',
    honeypot: 'Leave this field empty',
  },
  footer: 'Donations are processed securely by Stripe. No payment card details are stored here.',
};

export type Messages = typeof en;
