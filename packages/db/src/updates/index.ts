export * from './sent-update-email';
export * from './update-outbox-items';
export * from './update-repo';
export * from './update-send-repo';
