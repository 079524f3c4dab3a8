export * from './dynamodb-local';
export * from './free-port';
export * from './seed/index';
