export * from './covers';
export * from './media-store';
export * from './prepare-image';
export * from './read';
export * from './sniff';
