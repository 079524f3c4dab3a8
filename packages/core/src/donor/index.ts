export * from './email-opt-out';
export * from './erasure';
export * from './session';
