export * from './area-sir';
export * from './empirical-bayes';
export * from './smoothed-sir-table';
