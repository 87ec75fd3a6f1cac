import type { FileRule, Rule } from './rule';
import { CONSISTENCY_RULES } from './rules/consistency.rules';
import { DATE_RULES } from './rules/dates.rules';
import { IDENTITY_RULES } from './rules/identity.rules';
import { OUTCOME_RULES } from './rules/outcome.rules';
import { VALIDITY_RULES } from './rules/validity.rules';

/**
 * Version of the rule set. A finding, a confirmation and an import report record it, so that a
 * record accepted under one version can be re-checked under the next. Bump it whenever a rule is
 * added, removed, changes severity or a table changes; rule ids are never reused for another meaning.
 */
export const RULESET_VERSION = '2026.1';

/** Every record-level rule, in the order findings are reported. */
export const RULES: readonly Rule[] = [
  ...VALIDITY_RULES,
  ...DATE_RULES,
  ...IDENTITY_RULES,
  ...CONSISTENCY_RULES,
  ...OUTCOME_RULES,
];

/** Rules that compare the records of one file with each other. */
export const FILE_RULES: readonly FileRule[] = [
  {
    id: 'duplicate_id',
    severity: 'error',
    fields: ['id'],
    message: {
      zh: '记录编号 {id} 在文件中重复（首次出现于第 {first_row} 条数据记录）',
      en: 'Record id {id} is repeated in the file (first seen in data row {first_row})',
    },
    source: 'data contract (id unique within the file)',
  },
];

const byId = new Map<string, Rule | FileRule>([...RULES, ...FILE_RULES].map((r) => [r.id, r]));

/**
 * The rule with this id.
 *
 * @param id - a stable rule id, e.g. `sex_site`
 * @returns the record-level or file-level rule, or undefined for an unknown id
 */
export function findRule(id: string): Rule | FileRule | undefined {
  return byId.get(id);
}
