export * from './content';
export * from './publish';
export * from './translation';
