export * from './csv-stream';
export * from './donations-export';
