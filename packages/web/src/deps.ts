import type { Db } from '@haven/db';

/** What the app is built from; each entry point (Lambda, dev server, tests) supplies its own. */
export type AppDeps = {
  db: Db;
  publicUrl: string;
  now?: () => Date;
};
