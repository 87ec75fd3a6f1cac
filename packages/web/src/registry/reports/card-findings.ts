import { checkCase, type Finding, RULESET_VERSION } from '@orca/checks';
import { REPORT_CARD_FIELDS, type ReportCard, type ReportCardField } from '@orca/contract';

const FIELD_OF_COLUMN = new Map<string, ReportCardField>(
  Object.entries(REPORT_CARD_FIELDS).map(([field, column]) => [column, field as ReportCardField]),
);

/**
 * The card as the data-contract record the rule set reads (the server builds the same record).
 *
 * @param card - the form's values
 * @returns snake_case columns → trimmed text, blanks left out
 */
export function rawRecordOf(card: Partial<ReportCard>): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const [field, column] of Object.entries(REPORT_CARD_FIELDS)) {
    const value = card[field as ReportCardField]?.trim();
    if (value) raw[column] = value;
  }
  // The form generates the card id on the server: a missing id is not the user's to fix.
  raw.id ??= 'new';
  return raw;
}

/** Findings grouped by the form field they belong to. */
export interface FieldFindings {
  byField: Map<ReportCardField, Finding[]>;
  /** Findings on a column the form does not show. */
  other: Finding[];
  errors: number;
  warnings: number;
  rulesetVersion: string;
}

/**
 * Runs the @orca/checks rule set in the browser — the same rules, same version as the server — and
 * groups the findings by form field, so each shows next to its input as the user types.
 *
 * @param card - the form's values
 * @param today - `YYYY-MM-DD` (the browser's date)
 * @returns findings by field
 */
export function checkCardInBrowser(card: Partial<ReportCard>, today: string): FieldFindings {
  return groupFindings(checkCase(rawRecordOf(card), { today }));
}

/**
 * Groups findings (from the browser or the server) by form field.
 *
 * @param findings - the findings
 * @returns findings by field with counts
 */
export function groupFindings(findings: readonly Finding[]): FieldFindings {
  const byField = new Map<ReportCardField, Finding[]>();
  const other: Finding[] = [];
  for (const f of findings) {
    const field = FIELD_OF_COLUMN.get(f.field);
    if (field) byField.set(field, [...(byField.get(field) ?? []), f]);
    else other.push(f);
  }
  return {
    byField,
    other,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    rulesetVersion: RULESET_VERSION,
  };
}

/**
 * The local date as `YYYY-MM-DD`.
 *
 * @param now - the moment
 * @returns the date
 */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
