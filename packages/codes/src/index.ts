export * from './age-groups/age-groups';
export * from './icd10/icd10';
export * from './populations/standard-populations';
export * from './regions/regions';
export * from './resident-id/masking';
export * from './resident-id/names';
export * from './resident-id/resident-id';
