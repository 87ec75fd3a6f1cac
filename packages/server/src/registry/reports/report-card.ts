import { checkCase, type Finding, readDate } from '@orca/checks';
import {
  basisFromCard,
  completedAgeYears,
  normaliseIcd10,
  normaliseResidentId,
  normaliseStageGroup,
  parseSex,
  parseVitalStatus,
} from '@orca/codes';
import { REPORT_CARD_FIELDS, type ReportCard, type ReportCardField } from '@orca/contract';
import type { Sealer } from '../../crypto/sealing';
import type { CaseRecord } from '../records';
import type { ReportStatus, reports } from '../registry.tables';

/** A data-contract record: snake_case column → the text as written. */
export type RawCard = Record<string, string>;

const FIELD_OF_COLUMN = new Map<string, ReportCardField>(
  Object.entries(REPORT_CARD_FIELDS).map(([field, column]) => [column, field as ReportCardField]),
);

/** The local calendar date of the server, `YYYY-MM-DD`: the "today" the rule set is run with. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A card (API, camelCase) as the data-contract record the rule set reads; blanks dropped. */
export function rawOfCard(card: ReportCard): RawCard {
  const raw: RawCard = {};
  for (const [field, column] of Object.entries(REPORT_CARD_FIELDS)) {
    const value = card[field as ReportCardField]?.trim();
    if (value) raw[column] = value;
  }
  return raw;
}

/** A file row split into the card's columns and the columns the contract does not know (kept as `extra`). */
export function splitRow(values: Readonly<Record<string, string>>): { raw: RawCard; extra: RawCard } {
  const raw: RawCard = {};
  const extra: RawCard = {};
  for (const [column, value] of Object.entries(values)) {
    if (column === '') continue; // a header-less column: nothing to name it by
    if (FIELD_OF_COLUMN.has(column)) {
      if (value !== '') raw[column] = value;
    } else if (value !== '') extra[column] = value;
  }
  return { raw, extra };
}

/** The card's values, normalised and typed for storage. */
export interface ParsedCard {
  sourceId: string;
  institutionCode: string | null;
  name: string;
  sex: number;
  birthDate: string | null;
  ageYears: number | null;
  idNumber: string | null;
  ethnicity: string | null;
  maritalStatus: string | null;
  occupation: string | null;
  regionCode: string;
  address: string | null;
  phone: string | null;
  diagnosisDate: string;
  diagnosisText: string | null;
  icd10: string;
  topography: string | null;
  morphology: string | null;
  grade: number | null;
  laterality: number | null;
  /** As written on the card (0–9; 3 and 8 are card-only codes). */
  basisOriginal: number | null;
  /** IARC code (the card's 3/8 stored as 2/7). */
  basis: number | null;
  tnmT: string | null;
  tnmN: string | null;
  tnmM: string | null;
  stage: string | null;
  treatment: string | null;
  vitalStatus: number | null;
  lastContactDate: string | null;
  causeOfDeath: string | null;
  reportingDoctor: string | null;
  reportDate: string | null;
}

/** A problem that keeps a value from being stored at all (the rule set explains most of them too). */
export interface CardProblem {
  field: string;
  ruleId: string | null;
  reason: string;
}

/** The outcome of reading one card: its findings and, when it can be stored, its typed values. */
export interface ReadCard {
  findings: Finding[];
  hasErrors: boolean;
  /** Null when a value the table needs is missing or unreadable (see `problems`). */
  parsed: ParsedCard | null;
  problems: CardProblem[];
}

const DIGIT = /^\d$/;

/**
 * Runs the rule set on a card and reads its values for storage. The rule set decides acceptability;
 * `problems` lists only what the reports table cannot hold (a draft with an impossible date, say), each
 * naming the field, so the form and the import explain it at the row and field.
 *
 * @param raw - the data-contract record (snake_case)
 * @param today - `YYYY-MM-DD`: no date may lie after it
 * @returns findings, the typed values or the problems that prevent them
 */
export function readCard(raw: RawCard, today: string): ReadCard {
  const findings = checkCase(raw, { today });
  const hasErrors = findings.some((f) => f.severity === 'error');
  const problems: CardProblem[] = [];
  const text = (column: string) => raw[column]?.trim() ?? '';
  const opt = (column: string) => text(column) || null;
  const problem = (field: string, reason: string, ruleId: string | null = null) => {
    // The rule set's own finding on the field says it best, in both languages.
    const f = findings.find((x) => x.field === field && x.severity === 'error');
    problems.push({ field, ruleId: f?.ruleId ?? ruleId, reason: f ? f.message.zh : reason });
  };
  const date = (column: string, required: boolean): string | null => {
    const v = text(column);
    if (v === '') {
      if (required) problem(column, `必填项 ${column} 缺失`, 'field_missing');
      return null;
    }
    const d = readDate(v);
    if (d === null) problem(column, `日期“${v}”无效`, 'date_invalid');
    return d;
  };
  const smallInt = (column: string, max: number): number | null => {
    const v = text(column);
    if (v === '') return null;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > max) {
      problem(column, `“${v}”不是 0–${max} 的整数`);
      return null;
    }
    return n;
  };

  const sourceId = text('id');
  if (sourceId === '') problem('id', '必填项 id 缺失', 'field_missing');
  const sexText = text('sex');
  const sex = sexText === '' ? null : parseSex(sexText);
  if (sex === null)
    problem('sex', sexText === '' ? '必填项 sex 缺失' : `性别代码“${sexText}”无效`, 'sex_invalid');
  const regionCode = text('region_code');
  if (!/^\d{6}$/.test(regionCode))
    problem('region_code', `地区编码“${regionCode}”无效`, 'region_code_invalid');
  const icd10 = normaliseIcd10(text('icd10'));
  if (icd10 === null) problem('icd10', `ICD-10 编码“${text('icd10')}”无效`, 'icd10_invalid');
  const diagnosisDate = date('diagnosis_date', true);
  const birthDate = date('birth_date', false);
  const lastContactDate = date('last_contact_date', false);
  const reportDate = date('report_date', false);
  const basisText = text('basis');
  const basis = basisText === '' ? null : DIGIT.test(basisText) ? basisFromCard(basisText) : null;
  if (basisText !== '' && basis === null) problem('basis', `诊断依据“${basisText}”无效`, 'basis_invalid');
  const vitalText = text('vital_status');
  const vitalStatus = vitalText === '' ? null : parseVitalStatus(vitalText);
  if (vitalText !== '' && vitalStatus === null)
    problem('vital_status', `生存状态“${vitalText}”无效`, 'vital_status_invalid');
  const recordedAge = smallInt('age', 150);
  const grade = smallInt('grade', 9);
  const laterality = smallInt('laterality', 9);
  const idNumber = opt('id_number');
  const stageText = text('stage');

  if (problems.length > 0 || sex === null || icd10 === null || diagnosisDate === null) {
    return { findings, hasErrors: true, parsed: null, problems };
  }
  return {
    findings,
    hasErrors,
    problems,
    parsed: {
      sourceId,
      institutionCode: opt('institution_code'),
      name: text('name'),
      sex,
      birthDate,
      ageYears: birthDate ? completedAgeYears(birthDate, diagnosisDate) : recordedAge,
      idNumber: idNumber ? normaliseResidentId(idNumber) : null,
      ethnicity: opt('ethnicity'),
      maritalStatus: opt('marital_status'),
      occupation: opt('occupation'),
      regionCode,
      address: opt('address'),
      phone: opt('phone'),
      diagnosisDate,
      diagnosisText: opt('diagnosis_text'),
      icd10,
      topography: opt('topography') ? (normaliseIcd10(text('topography')) ?? text('topography')) : null,
      morphology: opt('morphology'),
      grade,
      laterality,
      basisOriginal: basis?.original ?? null,
      basis: basis?.iarc ?? null,
      tnmT: opt('tnm_t'),
      tnmN: opt('tnm_n'),
      tnmM: opt('tnm_m'),
      stage: stageText === '' ? null : (normaliseStageGroup(stageText) ?? stageText),
      treatment: opt('treatment'),
      vitalStatus,
      lastContactDate,
      causeOfDeath: opt('cause_of_death')
        ? (normaliseIcd10(text('cause_of_death')) ?? text('cause_of_death'))
        : null,
      reportingDoctor: opt('reporting_doctor'),
      reportDate,
    },
  };
}

/** The card's fields as a CaseRecord: what person matching, follow-up and consolidation read. */
export function caseRecordOf(p: ParsedCard): CaseRecord {
  return {
    sourceId: p.sourceId,
    institutionCode: p.institutionCode,
    name: p.name,
    sex: p.sex,
    birthDate: p.birthDate,
    idNumber: p.idNumber,
    regionCode: p.regionCode,
    diagnosisDate: p.diagnosisDate,
    icd10: p.icd10,
    topography: p.topography,
    morphology: p.morphology,
    basis: p.basisOriginal,
    stage: p.stage,
    vitalStatus: p.vitalStatus,
    lastContactDate: p.lastContactDate,
    causeOfDeath: p.causeOfDeath,
    phone: p.phone,
    address: p.address,
    // persons.ethnicity holds the two-digit GB 3304 code; a name written out (维吾尔族) stays on the card.
    ethnicity: p.ethnicity && p.ethnicity.length <= 2 ? p.ethnicity : null,
    occupation: p.occupation,
  };
}

/** Where the card's findings are stored: rule-set version, findings, whether any is an error. */
export interface CheckedFields {
  rulesetVersion: string;
  findings: readonly Finding[];
  hasErrors: boolean;
}

/**
 * The reports row of a card: identifiers sealed and blind-indexed, the rest as read, with the check
 * outcome. `id`, links and `createdBy` are the caller's.
 */
export function reportRowOf(
  p: ParsedCard,
  sealer: Sealer,
  institutionId: string,
  status: ReportStatus,
  checked: CheckedFields,
  extra: RawCard | null,
): typeof reports.$inferInsert {
  return {
    institutionId,
    sourceId: p.sourceId,
    status,
    regionCode: p.regionCode,
    nameSealed: sealer.seal(p.name),
    nameIndex: sealer.nameIndex(p.name),
    idNumberSealed: sealer.sealOrNull(p.idNumber),
    idNumberIndex: p.idNumber ? sealer.idNumberIndex(p.idNumber) : null,
    phoneSealed: sealer.sealOrNull(p.phone),
    addressSealed: sealer.sealOrNull(p.address),
    sex: p.sex,
    birthDate: p.birthDate,
    ageYears: p.ageYears,
    ethnicity: p.ethnicity,
    maritalStatus: p.maritalStatus,
    occupation: p.occupation,
    diagnosisDate: p.diagnosisDate,
    diagnosisText: p.diagnosisText,
    icd10: p.icd10,
    topography: p.topography,
    morphology: p.morphology,
    grade: p.grade,
    laterality: p.laterality,
    basis: p.basis,
    basisOriginal: p.basisOriginal,
    tnmT: p.tnmT,
    tnmN: p.tnmN,
    tnmM: p.tnmM,
    stage: p.stage,
    treatment: p.treatment,
    vitalStatus: p.vitalStatus,
    lastContactDate: p.lastContactDate,
    causeOfDeath: p.causeOfDeath,
    reportingDoctor: p.reportingDoctor,
    reportDate: p.reportDate,
    extra: extra && Object.keys(extra).length > 0 ? extra : null,
    rulesetVersion: checked.rulesetVersion,
    findings: checked.findings,
    hasErrors: checked.hasErrors,
  };
}

type ReportRow = typeof reports.$inferSelect;

/** A stored card back as the API's card (identifiers unsealed: callers audit the read). */
export function cardOfRow(row: ReportRow, sealer: Sealer, institutionCode: string): ReportCard {
  const s = (v: string | number | null) => (v === null ? '' : String(v));
  return {
    sourceId: row.sourceId,
    institutionCode,
    name: sealer.unseal(row.nameSealed),
    sex: s(row.sex),
    birthDate: s(row.birthDate),
    age: s(row.ageYears),
    idNumber: s(sealer.unsealOrNull(row.idNumberSealed)),
    ethnicity: s(row.ethnicity),
    maritalStatus: s(row.maritalStatus),
    occupation: s(row.occupation),
    regionCode: row.regionCode,
    address: s(sealer.unsealOrNull(row.addressSealed)),
    phone: s(sealer.unsealOrNull(row.phoneSealed)),
    diagnosisDate: row.diagnosisDate,
    diagnosisText: s(row.diagnosisText),
    icd10: row.icd10,
    topography: s(row.topography),
    morphology: s(row.morphology),
    grade: s(row.grade),
    laterality: s(row.laterality),
    basis: s(row.basisOriginal ?? row.basis),
    tnmT: s(row.tnmT),
    tnmN: s(row.tnmN),
    tnmM: s(row.tnmM),
    stage: s(row.stage),
    treatment: s(row.treatment),
    vitalStatus: s(row.vitalStatus),
    lastContactDate: s(row.lastContactDate),
    causeOfDeath: s(row.causeOfDeath),
    reportingDoctor: s(row.reportingDoctor),
    reportDate: s(row.reportDate),
  };
}
