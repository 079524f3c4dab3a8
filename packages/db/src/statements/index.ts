export * from './statement-outbox-items';
export * from './statement-send-repo';
