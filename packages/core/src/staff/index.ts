export * from './audit';
export * from './member';
export * from './permissions';
export * from './role';
export * from './session';
