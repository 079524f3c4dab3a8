// Defined in core, where fulfilment plans it; re-exported for the callers of this package's reads.
export { Payment } from '@haven/core';
export * from './campaign-repo';
export * from './client';
export * from './conditional';
export * from './create-table';
export * from './fulfilment';
export * from './keys';
export * from './org-repo';
export * from './outbox-repo';
export * from './payment-repo';
export * from './pledge-repo';
export * from './query';
export * from './table';
