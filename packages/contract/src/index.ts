export * from './analytics';
export * from './audit';
export * from './auth';
export * from './common';
export * from './errors';
export * from './institutions';
export * from './registry';
