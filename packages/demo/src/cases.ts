import { findIcd10, findTopography } from '@orca/codes';
import { type RunContext, runContext, STREAM } from './context';
import { civilDate, dayNumber, isoDate } from './dates';
import { reportingHospitals } from './institutions';
import { homophoneVariant } from './names';
import { type DemoOptions, resolveOptions } from './options';
import { Random } from './random';
import { type CaseRecord, rowId } from './records';
import { withTypo } from './resident-id';
import { STAGES } from './survival';
import {
  drawReportingHospital,
  type SecondPrimary,
  type SimIdentity,
  type SimTumour,
  simulateIdentity,
  simulateSecondPrimary,
  simulateTumour,
} from './tumours';

const ID_MISSING = 0.05;
const ID_TYPO = 0.01;
// Duplicates are released after up to this many further tumours, so a file is not sorted by person.
const DUPLICATE_DELAY = 4096;

/** Id of the first case row of a tumour (also what deaths.csv's truth `caseId` points to). */
export function caseRowId(tumourIndex: number): string {
  return rowId('C', tumourIndex * 4);
}

function reportDay(fromDay: number, closeDay: number, random: Random): number {
  // Reporting lag: a few days to several months (cards are due within a month, many are late).
  return Math.min(closeDay, fromDay + 3 + Math.floor(random.exponential(1 / 45)));
}

function sourceId(prefix: string, day: number, random: Random): string {
  return `${prefix}${civilDate(day).year}${String(random.int(1_000_000)).padStart(6, '0')}`;
}

function idNumberWithNoise(
  trueId: string,
  missing: number,
  typo: number,
  random: Random,
): [string | null, CaseRecord['idNumberStatus']] {
  const u = random.next();
  if (u < missing) return [null, 'missing'];
  if (u < missing + typo) return [withTypo(trueId, random), 'typo'];
  return [trueId, 'valid'];
}

function firstReport(t: SimTumour, who: SimIdentity, context: RunContext, random: Random): CaseRecord {
  const closeDay = context.options.closeDay;
  const [idNumber, idNumberStatus] = idNumberWithNoise(who.idNumber, ID_MISSING, ID_TYPO, random);
  const dco = t.status === 'dco';
  const institutionCode = dco ? registryOf(t) : drawReportingHospital(t.county, random);
  return {
    id: caseRowId(t.index),
    name: who.name,
    sex: t.sex,
    birthDate: isoDate(t.birthDay),
    idNumber,
    regionCode: t.county.code,
    diagnosisDate: isoDate(t.diagnosisDay),
    icd10: t.icd10,
    topography: t.topography,
    morphology: t.morphology,
    basis: t.basis,
    stage: t.stage,
    vitalStatus: t.deathDay === null ? 1 : 2,
    lastContactDate: isoDate(t.lastContactDay),
    causeOfDeath: t.causeOfDeath,
    institutionCode,
    sourceId: sourceId(dco ? 'SW' : 'ZY', t.diagnosisDay, random),
    reportDate: isoDate(reportDay(t.diagnosisDay, closeDay, random)),
    phone: random.chance(0.06) ? null : who.phone,
    address: who.address,
    ethnicity: who.ethnicity,
    occupation: who.occupation,
    personKey: `P${t.index}`,
    tumourKey: `T${t.index}`,
    duplicateOf: null,
    idNumberStatus,
  };
}

function registryOf(t: SimTumour): string {
  return reportingHospitals(t.county.code).registry;
}

/** The `.9` (unspecified) subsite when the classification has one: ICD-O-3 has no C22.9 or C21.9. */
function unspecifiedSubsite(code: string, exists: (code: string) => boolean): string {
  const nos = `${code.slice(0, 4)}9`;
  return code.length === 5 && exists(nos) ? nos : code;
}

/**
 * A second report of the tumour by another hospital, with the variations that make linkage hard:
 * a homophone in the name (30 %), day and month of birth swapped (10 %), no or a different ID
 * (30 % missing), a diagnosis date days to weeks apart (60 %), a less specific subsite (20 %).
 */
function secondReport(
  first: CaseRecord,
  t: SimTumour,
  who: SimIdentity,
  context: RunContext,
  random: Random,
): CaseRecord {
  const closeDay = context.options.closeDay;
  const name = random.chance(0.3) ? homophoneVariant(who.name, random) : who.name;
  let birthDate = first.birthDate;
  const b = civilDate(t.birthDay);
  if (random.chance(0.1) && b.day <= 12 && b.day !== b.month) {
    const swapped = dayNumber(b.year, b.day, b.month);
    if (swapped <= t.diagnosisDay - 31) birthDate = isoDate(swapped);
  }
  const [idNumber, idNumberStatus] = idNumberWithNoise(who.idNumber, 0.3, 0.02, random);
  let diagnosisDay = t.diagnosisDay;
  if (random.chance(0.6)) {
    const shift = (random.chance(0.5) ? -1 : 1) * random.between(1, 30);
    // Stay inside the window and the person's life: the second hospital's date is still a plausible one.
    const earliest = Math.max(t.birthDay, context.window.windowStartDay);
    const latest = Math.min(t.lastContactDay, context.window.lastDiagnosisDay);
    diagnosisDay = Math.min(latest, Math.max(earliest, t.diagnosisDay + shift));
  }
  const vague = random.chance(0.2);
  return {
    ...first,
    id: rowId('C', t.index * 4 + 1),
    name,
    birthDate,
    idNumber,
    diagnosisDate: isoDate(diagnosisDay),
    icd10: vague ? unspecifiedSubsite(first.icd10, (c) => findIcd10(c)?.code === c) : first.icd10,
    topography: vague
      ? unspecifiedSubsite(first.topography, (c) => findTopography(c) !== undefined)
      : first.topography,
    stage: random.chance(0.2) ? null : first.stage,
    institutionCode: drawReportingHospital(t.county, random, first.institutionCode),
    sourceId: sourceId('ZY', diagnosisDay, random),
    reportDate: isoDate(reportDay(diagnosisDay, closeDay, random)),
    phone: random.chance(0.3) ? null : first.phone,
    duplicateOf: first.id,
    idNumberStatus,
  };
}

/**
 * The report of a second primary tumour of the same person: new site, codes, date and reporter; the
 * person's follow-up (vital status, last contact, cause of death) is the person's.
 */
function secondPrimaryReport(
  first: CaseRecord,
  t: SimTumour,
  second: SecondPrimary,
  context: RunContext,
  random: Random,
): CaseRecord {
  const { codes } = second;
  return {
    ...first,
    id: rowId('C', t.index * 4 + 2),
    diagnosisDate: isoDate(second.diagnosisDay),
    icd10: codes.icd10,
    topography: codes.topography,
    morphology: codes.morphology,
    basis: codes.basis,
    stage: codes.stageIndex < 4 ? STAGES[codes.stageIndex]! : null,
    institutionCode: drawReportingHospital(t.county, random),
    sourceId: sourceId('ZY', second.diagnosisDay, random),
    reportDate: isoDate(reportDay(second.diagnosisDay, context.options.closeDay, random)),
    tumourKey: `T${t.index}b`,
  };
}

/**
 * The reported tumours of the demo province as a stream of cases.csv rows: `cases` distinct tumours
 * (default 100 000; about 2 % of them second primaries of a person already in the file, with the same
 * `personKey`) plus about `duplicateProportion` second reports of a tumour, each released up to a few
 * thousand rows after the first report. Deterministic for a seed; memory stays constant (a ring of pending
 * duplicates), so 10 million rows can be written to CSV as they come.
 *
 * Every tumour has its own generator (seed, stream, tumour number), so `generateDeaths` with the same
 * options sees the same patients without sharing state with this stream.
 *
 * @param options - seed, count, years, closing date
 * @returns an iterable of rows; iterate it once per call
 * @example
 * for (const row of generateCases({ seed: 1, cases: 1000 })) console.log(row.icd10);
 */
export function* generateCases(options: DemoOptions = {}): Generator<CaseRecord> {
  const context = runContext(resolveOptions(options));
  const random = new Random(0);
  const secondRandom = new Random(0);
  const pending: CaseRecord[][] = Array.from({ length: DUPLICATE_DELAY }, () => []);
  let emitted = 0;
  for (let i = 0; emitted < context.caseCount; i++) {
    const slot = pending[i % DUPLICATE_DELAY]!;
    while (slot.length > 0) yield slot.shift()!;
    random.reseed(context.options.seed, STREAM.tumour, i);
    const t = simulateTumour(context.window, i, random);
    if (t.status === 'missed') continue;
    emitted++;
    const who = simulateIdentity(t, random);
    const first = firstReport(t, who, context, random);
    yield first;
    if (t.status === 'reported' && random.chance(context.options.duplicateProportion)) {
      const second = secondReport(first, t, who, context, random);
      pending[(i + 1 + random.int(DUPLICATE_DELAY - 1)) % DUPLICATE_DELAY]!.push(second);
    }
    secondRandom.reseed(context.options.seed, STREAM.secondPrimary, i);
    const primary =
      emitted < context.caseCount ? simulateSecondPrimary(context.window, t, secondRandom) : null;
    if (primary) {
      emitted++;
      const row = secondPrimaryReport(first, t, primary, context, secondRandom);
      pending[(i + 1 + secondRandom.int(DUPLICATE_DELAY - 1)) % DUPLICATE_DELAY]!.push(row);
    }
  }
  for (const slot of pending) yield* slot;
}
