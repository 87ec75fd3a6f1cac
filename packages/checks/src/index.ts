export * from './acceptance';
export * from './check';
export { DATE_FIELDS, type DateField, readDate, readIcd10 } from './facts';
export type { FileRule, Rule, RuleHit } from './rule';
export { interpolate } from './rule';
export * from './ruleset';
export * from './types';
