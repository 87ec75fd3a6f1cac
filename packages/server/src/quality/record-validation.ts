import { QC_RECORD_FIELDS, type QcFieldSpec, type QcRecordKind, type QcRowIssue } from '@orca/contract';

/** A record that passed validation: typed values by camelCase field name. */
export interface ValidRecord {
  sourceId: string;
  hospitalCode: string | null;
  values: Record<string, string | number | boolean | null>;
}

const TRUE = new Set(['true', '1', 'yes', 'y', '是', '有']);
const FALSE = new Set(['false', '0', 'no', 'n', '否', '无']);

/** `patient_ref` → `patientRef`: file columns are the snake_case form of the API names. */
export function camelCaseOf(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function isCalendarDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

function coerce(
  spec: QcFieldSpec,
  raw: unknown,
): { value: string | number | boolean | null } | { reason: string } {
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
    return spec.required ? { reason: 'required' } : { value: null };
  }
  const text = typeof raw === 'string' ? raw.trim() : raw;
  switch (spec.type) {
    case 'string':
      return typeof text === 'string' || typeof text === 'number'
        ? { value: String(text).slice(0, 500) }
        : { reason: 'must be text' };
    case 'date':
      return typeof text === 'string' && isCalendarDate(text)
        ? { value: text }
        : { reason: 'must be a calendar date YYYY-MM-DD' };
    case 'boolean':
      if (typeof text === 'boolean') return { value: text };
      if (typeof text === 'string' && TRUE.has(text.toLowerCase())) return { value: true };
      if (typeof text === 'string' && FALSE.has(text.toLowerCase())) return { value: false };
      if (text === 1 || text === 0) return { value: text === 1 };
      return { reason: 'must be true or false' };
    case 'integer': {
      const n = typeof text === 'number' ? text : Number(text);
      return Number.isInteger(n) && n >= 0 ? { value: n } : { reason: 'must be a whole number ≥ 0' };
    }
    case 'number': {
      const n = typeof text === 'number' ? text : Number(text);
      return Number.isFinite(n) && n >= 0 ? { value: n } : { reason: 'must be a number ≥ 0' };
    }
    case 'enum':
      return typeof text === 'string' && spec.values?.includes(text)
        ? { value: text }
        : { reason: `must be one of ${spec.values?.join(', ')}` };
  }
}

/** Consistency rules across fields of one kind (row-level: each names its field). */
function crossFieldIssues(kind: QcRecordKind, v: ValidRecord['values']): { field: string; reason: string }[] {
  const out: { field: string; reason: string }[] = [];
  const before = (a: string, b: string, reason: string) => {
    const x = v[a];
    const y = v[b];
    if (typeof x === 'string' && typeof y === 'string' && x > y) out.push({ field: a, reason });
  };
  if (kind === 'admission') {
    if (v.firstTreatment === true && v.treatmentDate == null)
      out.push({ field: 'treatmentDate', reason: 'required when firstTreatment is true' });
    if (v.stage != null && v.stage !== 'unknown' && v.stagingDate == null)
      out.push({ field: 'stagingDate', reason: 'required when a stage is given' });
    before('admissionDate', 'treatmentDate', 'treatment before admission');
  }
  if (kind === 'pathway') {
    if (v.status === 'exited' && v.exitReason == null)
      out.push({ field: 'exitReason', reason: 'required when the patient exited the pathway' });
    if (v.varied === true && v.variationReason == null)
      out.push({ field: 'variationReason', reason: 'required when the pathway varied' });
    if (v.status === 'not_entered' && v.varied === true)
      out.push({ field: 'varied', reason: 'a patient not entered cannot vary' });
  }
  if (kind === 'restricted_tech_filing') before('firstUseDate', 'filedDate', 'filed before first use');
  if (kind === 'restricted_tech_case') before('useDate', 'reportedDate', 'reported before use');
  if (kind === 'hospital_profile' && typeof v.year === 'number' && (v.year < 2000 || v.year > 2100))
    out.push({ field: 'year', reason: 'must be a year between 2000 and 2100' });
  return out;
}

/**
 * Checks one submitted record of a kind against its field list (contract `QC_RECORD_FIELDS`): every
 * problem is reported with the row and the field, none stops at the first.
 *
 * @param kind - the record kind.
 * @param raw - camelCase keys (API) or snake_case keys (file columns); values typed or text.
 * @param row - 1-based position in the request, or the file line.
 * @returns the typed record, or the issues of this row.
 */
export function validateRecord(
  kind: QcRecordKind,
  raw: Record<string, unknown>,
  row: number,
): { record: ValidRecord; issues: [] } | { record: null; issues: QcRowIssue[] } {
  const input: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(raw)) input[camelCaseOf(k)] = value;
  const issues: QcRowIssue[] = [];
  const sourceId =
    typeof input.sourceId === 'string' || typeof input.sourceId === 'number'
      ? String(input.sourceId).trim()
      : '';
  if (!sourceId) issues.push({ row, field: 'sourceId', reason: 'required' });
  if (sourceId.length > 100) issues.push({ row, field: 'sourceId', reason: 'at most 100 characters' });
  const hospital = input.hospitalCode;
  const hospitalCode = typeof hospital === 'string' && hospital.trim() ? hospital.trim() : null;
  const values: ValidRecord['values'] = {};
  for (const spec of QC_RECORD_FIELDS[kind]) {
    const got = coerce(spec, input[spec.name]);
    if ('reason' in got) issues.push({ row, field: spec.name, reason: got.reason });
    else values[spec.name] = got.value;
  }
  if (issues.length === 0) for (const i of crossFieldIssues(kind, values)) issues.push({ row, ...i });
  if (issues.length > 0) return { record: null, issues };
  return { record: { sourceId, hospitalCode, values }, issues: [] };
}
