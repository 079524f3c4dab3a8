export * from './campaign';
export * from './donation';
export * from './errors';
export * from './locale';
export * from './money';
export * from './org';
