import type { Db } from '@haven/db';
import { createApp } from '@haven/web';

export const PUBLIC_URL = 'https://give.example.org';

/** The real app on a test table; `now` is fixed so dates and open/closed states are stable. */
export function createTestApp(db: Db, now = new Date('2026-11-25T12:00:00Z')) {
  return createApp({ db, publicUrl: PUBLIC_URL, now: () => now });
}
