export { DEFAULT_RETRY_DELAYS_MS, nextAttemptAt } from './backoff';
export { drainOutbox } from './drain-outbox';
export { outboxDepsFromConfig } from './from-config';
export { composeReceipt } from './receipt-email';
export { type OutboxDeps, type SendResult, sendOutboxItem } from './send-outbox-item';
export { sendUpdateOutboxItem, unsubscribeUrl } from './update-email';
