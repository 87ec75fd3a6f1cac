export * from './distributions/index';
export * from './projection/index';
export * from './rates/index';
export * from './smoothing/index';
export * from './survival/index';
export * from './tables/index';
export * from './trends/index';
