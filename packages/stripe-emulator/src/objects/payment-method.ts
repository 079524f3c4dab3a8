/** What the customer paid with, as the emulator needs it to build PaymentIntents and Charges. */
export type PaymentMethodUsed =
  | { type: 'card'; id: string; brand: string; last4: string; country: string; funding: string }
  | { type: 'sepa_debit'; id: string; last4: string; bankCode: string; country: string };

export type Payer = { email: string; name: string | null };
