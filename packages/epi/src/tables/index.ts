export * from './event-fields';
export * from './quality-table';
export * from './rates-table';
