export * from './campaign-update';
export * from './unsubscribe-token';
