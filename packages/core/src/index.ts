export * from './campaign';
export * from './errors';
export * from './locale';
export * from './money';
export * from './org';
