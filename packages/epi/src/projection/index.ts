export * from './apc-design';
export * from './loglinear-projection';
export * from './nordpred';
export * from './poisson-glm';
export * from './projected-sums';
export * from './projection-inputs';
export * from './projection-table';
