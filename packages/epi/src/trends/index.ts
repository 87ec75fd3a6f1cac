export * from './joinpoint-design';
export * from './joinpoint-fit';
export * from './joinpoint-grid';
export * from './seeded-random';
export * from './weighted-least-squares';
