import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function base62(length: number): string {
  let out = '';
  for (const byte of randomBytes(length)) out += ALPHABET[byte % ALPHABET.length];
  return out;
}

/** Ids with Stripe's prefixes, so code that switches on a prefix (`cs_`, `pi_`, `evt_`) works. */
export const newId = {
  session: () => `cs_test_a1${base62(56)}`,
  paymentIntent: () => `pi_3${base62(23)}`,
  paymentMethod: () => `pm_1${base62(23)}`,
  charge: () => `ch_3${base62(23)}`,
  balanceTransaction: () => `txn_3${base62(23)}`,
  event: () => `evt_1${base62(23)}`,
  request: () => `req_${base62(14)}`,
  refund: () => `re_3${base62(23)}`,
  dispute: () => `du_1${base62(23)}`,
  payout: () => `po_1${base62(23)}`,
};
