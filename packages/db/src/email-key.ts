import { createHash } from 'node:crypto';

/**
 * The key that stands for a person's email address wherever an item must be found by it
 * (supporters, the donor space, erasure): the address itself never becomes a key or an index
 * value, so it does not show in keys, index projections, metrics or logs of keys. Addresses are
 * compared case-insensitively after trimming, as mail providers treat them in practice.
 */
export function emailKey(email: string): string {
  const normalised = email.trim().toLowerCase();
  return createHash('sha256').update(`haven-email-key-v1\u0000${normalised}`).digest('base64url');
}
