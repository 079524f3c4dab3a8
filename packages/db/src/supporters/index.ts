export * from './fulfilment-supporter';
export * from './supporter-repo';
export * from './unsubscribe-repo';
