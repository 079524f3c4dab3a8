import { keys } from '../packages/db/src/keys';

/**
 * Only a new export job wakes the export worker; its own "done" update must not re-trigger it.
 * The prefix is the job key's own (packages/db/src/keys.ts), so the two cannot drift apart.
 */
export const exportFilter = {
  eventName: ['INSERT'],
  dynamodb: { Keys: { pk: { S: [{ prefix: keys.exportJob('').pk }] } } },
};
