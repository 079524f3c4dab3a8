export * from './campaign-repo';
export * from './client';
export * from './conditional';
export * from './create-table';
export * from './keys';
export * from './org-repo';
export * from './table';
