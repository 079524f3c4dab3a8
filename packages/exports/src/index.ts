export * from './csv-stream';
export * from './donations-export';
export * from './export-jobs';
export * from './export-store';
