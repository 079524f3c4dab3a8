export * from './email-status-repo';
export * from './fulfilment-supporter';
export * from './supporter-items';
export * from './supporter-repo';
export * from './unsubscribe-repo';
