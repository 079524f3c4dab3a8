export * from './statement-fanout';
export * from './statement-outbox-items';
export * from './statement-requests';
