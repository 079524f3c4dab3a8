/** Only new outbox items wake the worker; its own "sent" update must not re-trigger it. */
export const outboxFilter = {
  eventName: ['INSERT'],
  dynamodb: { Keys: { pk: { S: [{ prefix: 'OUTBOX#' }] } } },
};
