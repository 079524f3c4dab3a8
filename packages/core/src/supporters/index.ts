export * from './plan-supporter';
export * from './supporter';
