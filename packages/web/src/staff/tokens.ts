import { timingSafeEqual } from 'node:crypto';
import { hashToken } from '@haven/db';

export { hashToken as sha256, randomToken } from '@haven/db';

/** Compares two secrets without telling, by its timing, how much of a guess was right. */
export function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(Buffer.from(hashToken(a)), Buffer.from(hashToken(b)));
}
