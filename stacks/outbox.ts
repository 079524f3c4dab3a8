import { keys } from '../packages/db/src/keys';

/**
 * Only new outbox items wake the worker; its own "sent" update must not re-trigger it. The
 * prefix is the outbox key's own (packages/db/src/keys.ts), so the two cannot drift apart.
 */
export const outboxFilter = {
  eventName: ['INSERT'],
  dynamodb: { Keys: { pk: { S: [{ prefix: keys.outbox('').pk }] } } },
};
