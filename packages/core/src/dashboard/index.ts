export * from './gifts';
export * from './gifts-over-time';
