import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** How long a rendered form may be posted: long enough to read a story and decide. */
export const FORM_TOKEN_TTL_SECONDS = 2 * 60 * 60;

const mac = (key: string, text: string): string =>
  createHmac('sha256', key).update(text).digest('base64url');

const sameText = (a: string, b: string): boolean => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/**
 * The donation form's token: which campaign it was rendered for, when, and a nonce, signed.
 * A post must carry one that verifies for the same campaign: a form on another site cannot
 * (it never saw one), and one copied from our page expires.
 */
export function issueFormToken(key: string, campaign: string, now: Date): string {
  const body = `${Math.floor(now.getTime() / 1000)}.${randomBytes(12).toString('base64url')}`;
  return `${body}.${mac(key, `${campaign}|${body}`)}`;
}

/** The token's nonce when it verifies for `campaign` at `now`, else undefined. */
export function verifyFormToken(
  key: string,
  campaign: string,
  token: string | undefined,
  now: Date,
): string | undefined {
  const [issued, nonce, signature, ...rest] = (token ?? '').split('.');
  if (!issued || !nonce || !signature || rest.length > 0 || !/^\d{1,12}$/.test(issued)) {
    return undefined;
  }
  if (!sameText(signature, mac(key, `${campaign}|${issued}.${nonce}`))) return undefined;
  const age = now.getTime() / 1000 - Number(issued);
  // A minute of clock skew between the function that rendered the form and this one.
  return age >= -60 && age <= FORM_TOKEN_TTL_SECONDS ? nonce : undefined;
}

/**
 * The idempotency key of one press of Donate: the same token, from the same address, with the
 * same gift is the same donation (a double click, a resubmitted page), so it reuses the pledge
 * and its Checkout session. Anything different is a new donation.
 */
export function submissionKey(key: string, nonce: string, ip: string, gift: string): string {
  return mac(key, `submission|${nonce}|${ip}|${gift}`);
}
