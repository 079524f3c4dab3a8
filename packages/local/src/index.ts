export * from './dev-mailbox';
export { devMailboxRoutes } from './dev-mailbox-routes';
export * from './dynamodb-local';
export * from './free-port';
export { type LocalStack, type LocalStackOptions, startLocalStack } from './local-stack';
export * from './s3-local';
export * from './seed/index';
