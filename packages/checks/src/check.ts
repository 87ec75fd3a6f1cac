import { readFacts } from './facts';
import { type FileRule, interpolate, type Rule } from './rule';
import { FILE_RULES, RULES } from './ruleset';
import type { CheckOptions, Finding, FindingValues, RawRecord, RecordKind, RowFinding } from './types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function assertOptions(options: CheckOptions): void {
  if (!options || typeof options.today !== 'string' || !ISO_DATE.test(options.today)) {
    throw new RangeError(
      `check options: today must be a YYYY-MM-DD date, got ${JSON.stringify(options?.today)}`,
    );
  }
}

function finding(rule: Rule | FileRule, field: string, values: FindingValues): Finding {
  return {
    ruleId: rule.id,
    severity: rule.severity,
    field,
    message: { zh: interpolate(rule.message.zh, values), en: interpolate(rule.message.en, values) },
    values,
  };
}

function runRules(record: RawRecord, kind: RecordKind, options: CheckOptions): Finding[] {
  assertOptions(options);
  const facts = readFacts(record, kind, options.today);
  const out: Finding[] = [];
  for (const rule of RULES) {
    if (!rule.kinds.includes(kind)) continue;
    for (const hit of rule.test(facts)) out.push(finding(rule, hit.field, hit.values ?? {}));
  }
  return out;
}

/**
 * Check one cases.csv record (a tumour report) against the rule set: validity of every coded field,
 * dates, resident ID, IARC-style consistency, DCO and death fields (domain guide §2.10). The same
 * function serves the web form, the server, the import and `orca check`.
 *
 * @param record - the record's data-contract columns as strings (snake_case keys)
 * @param options - `today` (`YYYY-MM-DD`): no date may lie after it
 * @returns the findings, in rule-set order; empty when the record passes every rule
 * @throws RangeError when `options.today` is not a `YYYY-MM-DD` date (a caller bug)
 */
export function checkCase(record: RawRecord, options: CheckOptions): Finding[] {
  return runRules(record, 'case', options);
}

/**
 * Check one deaths.csv record (death surveillance): identity, dates, region and cause of death.
 *
 * @param record - the record's data-contract columns as strings
 * @param options - `today` (`YYYY-MM-DD`)
 * @returns the findings; empty when the record passes
 * @throws RangeError when `options.today` is not a `YYYY-MM-DD` date
 */
export function checkDeath(record: RawRecord, options: CheckOptions): Finding[] {
  return runRules(record, 'death', options);
}

function checkFile(records: readonly RawRecord[], kind: RecordKind, options: CheckOptions): RowFinding[] {
  assertOptions(options);
  const duplicate = FILE_RULES.find((r) => r.id === 'duplicate_id')!;
  const firstRow = new Map<string, number>();
  const out: RowFinding[] = [];
  records.forEach((record, row) => {
    const id = typeof record.id === 'string' ? record.id.trim() : '';
    for (const f of runRules(record, kind, options)) out.push({ ...f, row, id });
    if (id === '') return; // a missing id is reported by field_missing
    const first = firstRow.get(id);
    if (first === undefined) firstRow.set(id, row);
    else out.push({ ...finding(duplicate, 'id', { id, first_row: first + 1 }), row, id });
  });
  return out;
}

/**
 * Check every record of a cases file, plus the file-level rules (an `id` repeated within the file).
 *
 * @param records - the file's records in order
 * @param options - `today` (`YYYY-MM-DD`)
 * @returns the findings with the 0-based row and the id of the record each concerns
 * @throws RangeError when `options.today` is not a `YYYY-MM-DD` date
 */
export function checkCases(records: readonly RawRecord[], options: CheckOptions): RowFinding[] {
  return checkFile(records, 'case', options);
}

/**
 * Check every record of a deaths file, plus the file-level rules.
 *
 * @param records - the file's records in order
 * @param options - `today` (`YYYY-MM-DD`)
 * @returns the findings with row and id
 * @throws RangeError when `options.today` is not a `YYYY-MM-DD` date
 */
export function checkDeaths(records: readonly RawRecord[], options: CheckOptions): RowFinding[] {
  return checkFile(records, 'death', options);
}
