export * from './csv-stream';
export * from './donations-export';
export * from './export-jobs';
export * from './export-kinds';
export * from './export-store';
export * from './ledger-exports';
