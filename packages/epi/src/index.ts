export * from './distributions/index';
export * from './rates/index';
export * from './survival/index';
export * from './tables/index';
