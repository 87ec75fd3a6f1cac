export * from './distributions/index';
export * from './rates/index';
