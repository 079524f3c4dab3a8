export * from './accounts';
export * from './book';
export * from './campaign-effect';
export * from './entry';
