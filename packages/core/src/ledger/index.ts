export * from './account-renames';
export * from './accounts';
export * from './book';
export * from './campaign-effect';
export * from './entry';
export * from './gateway';
export * from './money-plan';
export * from './stripe-match';
