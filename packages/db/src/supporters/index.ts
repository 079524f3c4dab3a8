export * from './fulfilment-supporter';
export * from './supporter-repo';
