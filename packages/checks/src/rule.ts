import type { RecordFacts } from './facts';
import type { FindingValues, LocalisedText, RecordKind, Severity } from './types';

/** What a rule reports for one record: the field to attach the finding to and the message's values. */
export interface RuleHit {
  readonly field: string;
  readonly values?: FindingValues;
}

/**
 * One check of the rule set, as data: a stable id, a severity, the fields it concerns, a message
 * template in Chinese and English (`{name}` is replaced by `values.name`) and the test itself, which
 * returns one hit per problem found (none when the record passes). Tests read parsed {@link RecordFacts}
 * and must not throw on any input: values they need but cannot read make them pass silently, since
 * the validity rules report unreadable values once.
 */
export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  /** The record kinds the rule applies to. */
  readonly kinds: readonly RecordKind[];
  /** Every field the rule reads (a hit is attached to one of them). */
  readonly fields: readonly string[];
  readonly message: LocalisedText;
  /** Where the rule comes from (standard, IARC check, ORCA default). */
  readonly source: string;
  readonly test: (facts: RecordFacts) => readonly RuleHit[];
}

/** A rule that looks at the whole file rather than one record. */
export interface FileRule {
  readonly id: string;
  readonly severity: Severity;
  readonly fields: readonly string[];
  readonly message: LocalisedText;
  readonly source: string;
}

/**
 * Replace `{name}` placeholders by values; an unknown placeholder is left as written, so that a
 * message never loses text silently.
 *
 * @param template - message with `{name}` placeholders
 * @param values - values by name
 * @returns the message text
 */
export function interpolate(template: string, values: FindingValues): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** A hit on `field` when `condition` holds, else none (keeps single-test rules short). */
export function hitIf(condition: boolean, field: string, values?: FindingValues): readonly RuleHit[] {
  if (!condition) return [];
  return values === undefined ? [{ field }] : [{ field, values }];
}
