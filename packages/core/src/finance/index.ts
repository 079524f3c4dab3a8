export * from './csv-cell';
export * from './donation-row';
export * from './export-filter';
export * from './export-job';
export * from './journal-row';
export * from './payout-row';
export * from './statement';
