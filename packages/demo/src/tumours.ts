import { AGE_GROUPS } from '@orca/codes';
import { compactDate, dayNumber, yearsBefore } from './dates';
import { chineseAddress, ethnicityCode, occupationCode, phoneNumber } from './identity';
import type { IncidenceCell, IncidenceModel } from './incidence';
import { reportingHospitals } from './institutions';
import type { LifeTableLookup } from './life-table';
import { chineseName } from './names';
import { type DemoCounty, demoCounties } from './population';
import { Categorical, type Random } from './random';
import { makeResidentId } from './resident-id';
import {
  type ChildhoodType,
  DEFAULT_MV_BASIS,
  DEFAULT_OTHER_BASIS,
  type MorphologyWeights,
  type SiteSpec,
  type Subsite,
} from './sites';
import { backgroundDeathDays, cancerDeathDays, STAGES } from './survival';

/** How a tumour reached (or missed) the registry. */
export type TumourStatus = 'reported' | 'dco' | 'missed';

/** The true history of one simulated tumour and its person. */
export interface SimTumour {
  readonly index: number;
  /** The incidence cell it was drawn from. */
  readonly cell: IncidenceCell;
  readonly county: DemoCounty;
  readonly sex: 1 | 2;
  readonly birthDay: number;
  readonly ageYears: number;
  readonly site: SiteSpec;
  diagnosisDay: number;
  icd10: string;
  topography: string;
  morphology: string;
  basis: number;
  stage: string | null;
  /** Day of death if on or before the closing date, else null. */
  readonly deathDay: number | null;
  /** Whether the cancer (not another cause) killed the patient. */
  readonly cancerDeath: boolean;
  readonly causeOfDeath: string | null;
  readonly lastContactDay: number;
  readonly status: TumourStatus;
}

/** The person's identifying details, drawn after the tumour. */
export interface SimIdentity {
  readonly name: string;
  /** The person's true, valid resident ID. */
  readonly idNumber: string;
  readonly phone: string;
  readonly address: string;
  readonly ethnicity: string;
  readonly occupation: string;
}

// Probability that a cancer death inside the window was never reported by a hospital; half of those
// are already registered as DCO after a failed follow-back, half wait in deaths.csv (domain §2.11:
// national pooled DCO 1.8–3.0 %).
const UNREPORTED_AMONG_CANCER_DEATHS = 0.08;
const LOST_TO_FOLLOW_UP = 0.08;

// Non-cancer underlying causes of death with rough Chinese weights (stroke, heart disease, COPD lead).
const OTHER_CAUSES: readonly (readonly [string, number])[] = [
  ['I63.9', 14],
  ['I61.9', 8],
  ['I64', 5],
  ['I21.9', 9],
  ['I25.1', 8],
  ['I11.9', 5],
  ['I50.9', 4],
  ['J44.9', 12],
  ['J18.9', 5],
  ['E14.9', 3],
  ['N18.9', 2],
  ['K74.6', 2],
  ['R54', 4],
  ['G30.9', 1],
  ['A16.9', 0.5],
  ['V89.2', 3],
  ['W19', 2],
  ['W69', 0.7],
  ['X70', 1],
];
const otherCauseDist = new Categorical(OTHER_CAUSES.map((c) => c[1]));

/**
 * A non-cancer underlying cause of death (ICD-10).
 *
 * @param random - generator
 */
export function otherCauseOfDeath(random: Random): string {
  return OTHER_CAUSES[otherCauseDist.draw(random)]![0];
}

function draw<T>(random: Random, items: readonly T[], weight: (t: T) => number): T {
  let total = 0;
  for (const it of items) total += weight(it);
  let u = random.next() * total;
  for (const it of items) {
    u -= weight(it);
    if (u < 0) return it;
  }
  return items[items.length - 1]!;
}

function drawMorphology(list: MorphologyWeights, sex: 1 | 2, random: Random): string {
  return draw(random, list, (m) => (sex === 1 ? m[1] : (m[2] ?? m[1])))[0];
}

function drawBasis(list: readonly (readonly [number, number])[], random: Random): number {
  return draw(random, list, (b) => b[1])[0];
}

/**
 * Age in completed years inside an age group: uniform in 5-year groups; in 85+ thinning with age
 * (mean about 89) and capped at 100.
 */
function drawAge(ageGroup: number, random: Random): number {
  const g = AGE_GROUPS[ageGroup]!;
  if (g.widthYears === null) return Math.min(100, g.lowerYears + Math.floor(random.exponential(1 / 4.5)));
  return g.lowerYears + random.int(g.widthYears);
}

/** Codes, basis and stage of a tumour. */
export interface TumourCodes {
  readonly icd10: string;
  readonly topography: string;
  readonly morphology: string;
  readonly basis: number;
  /** 0…3 for stage I…IV, 4 unknown or not staged. */
  readonly stageIndex: number;
}

/**
 * Draws ICD-10, ICD-O-3 topography and morphology, basis of diagnosis and stage for a site: childhood
 * types under 15, specific histology when microscopically verified, unspecified morphology otherwise.
 *
 * @param site - the site
 * @param sex - 1 or 2
 * @param ageYears - age at diagnosis
 * @param random - generator
 */
export function drawCodes(site: SiteSpec, sex: 1 | 2, ageYears: number, random: Random): TumourCodes {
  const child =
    ageYears < 15 && site.childhood ? draw(random, site.childhood, (c: ChildhoodType) => c.weight) : null;
  const subsite = draw(random, site.subsites, (s: Subsite) => (sex === 1 ? s.male : s.female));
  const verified = random.chance(site.mvProportion);
  let codes: Omit<TumourCodes, 'stageIndex'>;
  if (child) {
    const basis = verified ? drawBasis(site.mvBasis ?? DEFAULT_MV_BASIS, random) : 2;
    codes = { icd10: child.icd10, topography: child.topography, morphology: child.morphology, basis };
  } else if (verified) {
    codes = {
      icd10: subsite.icd10,
      topography: subsite.topography,
      morphology: drawMorphology(subsite.morphologies ?? site.morphologies, sex, random),
      basis: drawBasis(site.mvBasis ?? DEFAULT_MV_BASIS, random),
    };
  } else {
    codes = {
      icd10: site.unverified?.icd10 ?? subsite.icd10,
      topography: site.unverified?.topography ?? subsite.topography,
      morphology: site.unverified?.morphology ?? '8000/3',
      basis: drawBasis(site.otherBasis ?? DEFAULT_OTHER_BASIS, random),
    };
  }
  const stageIndex = site.stageMix ? draw(random, [0, 1, 2, 3, 4], (k) => site.stageMix![k]!) : 4;
  return { ...codes, stageIndex };
}

/** Inputs shared by all tumours of a run. */
export interface SimContext {
  readonly model: IncidenceModel;
  readonly lifeTable: LifeTableLookup;
  readonly closeDay: number;
  /** Last day a diagnosis may fall on: 31 December of the last year, or the closing date if earlier. */
  readonly lastDiagnosisDay: number;
  /** First day of the window (1 January of the first year). */
  readonly windowStartDay: number;
}

/**
 * Simulates one tumour: where and when, who (sex, age, birth date), what (site, codes, basis, stage),
 * and what happened (cancer or other death, last contact, how the registry learnt of it).
 *
 * @param context - model, life table and dates
 * @param index - tumour number (for the keys)
 * @param random - the tumour's own generator
 */
export function simulateTumour(context: SimContext, index: number, random: Random): SimTumour {
  const cell = context.model.drawCell(random);
  const site = context.model.drawSite(cell, random);
  const sex = cell.sex;
  const ageYears = drawAge(cell.ageGroup, random);
  const yearStart = dayNumber(cell.year, 1, 1);
  const yearDays = Math.min(dayNumber(cell.year + 1, 1, 1), context.lastDiagnosisDay + 1) - yearStart;
  const diagnosisDay = yearStart + random.int(Math.max(1, yearDays));
  // Birth date such that the completed age at diagnosis is exactly ageYears (methods.md §0).
  const birthDay = yearsBefore(diagnosisDay, ageYears) - random.int(365);

  const { icd10, topography, morphology, basis, stageIndex } = drawCodes(site, sex, ageYears, random);
  const stage = stageIndex < 4 ? STAGES[stageIndex]! : null;

  const horizon = context.closeDay - diagnosisDay;
  const cancerDays = cancerDeathDays(site, stageIndex, random);
  const otherDays = backgroundDeathDays(context.lifeTable, sex, ageYears, cell.year, horizon + 1, random);
  const deathAfter = Math.min(cancerDays, otherDays);
  const dies = deathAfter <= horizon;
  const deathDay = dies ? diagnosisDay + deathAfter : null;
  const cancerDeath = dies && cancerDays <= otherDays;
  const causeOfDeath = !dies ? null : cancerDeath ? icd10 : otherCauseOfDeath(random);

  let lastContactDay: number;
  if (deathDay !== null) lastContactDay = deathDay;
  else if (random.chance(LOST_TO_FOLLOW_UP)) lastContactDay = diagnosisDay + random.int(horizon + 1);
  else lastContactDay = Math.max(diagnosisDay, context.closeDay - random.int(181));

  let status: TumourStatus = 'reported';
  if (cancerDeath && deathDay! <= context.lastDiagnosisDay && random.chance(UNREPORTED_AMONG_CANCER_DEATHS)) {
    status = random.chance(0.5) ? 'dco' : 'missed';
  }
  const tumour: SimTumour = {
    index,
    cell,
    county: cell.county,
    sex,
    birthDay,
    ageYears,
    site,
    diagnosisDay,
    icd10,
    topography,
    morphology,
    basis,
    stage,
    deathDay,
    cancerDeath,
    causeOfDeath,
    lastContactDay,
    status,
  };
  if (status === 'dco') {
    // Death certificate only: incidence date = death date, no microscopy, no stage (domain §2.2).
    tumour.diagnosisDay = deathDay!;
    tumour.basis = 0;
    tumour.stage = null;
    tumour.morphology = site.unverified?.morphology ?? '8000/3';
    tumour.icd10 = site.unverified?.icd10 ?? icd10;
    tumour.topography = site.unverified?.topography ?? topography;
  }
  return tumour;
}

/**
 * Draws the person's identity for a tumour (continuing its generator).
 *
 * @param tumour - the simulated tumour
 * @param random - the tumour's generator
 */
export function simulateIdentity(tumour: SimTumour, random: Random): SimIdentity {
  // ID numbers carry the county of first registration: mostly the county of residence, some the
  // county a person moved from (another Jiangxi county).
  const idRegion = random.chance(0.9) ? tumour.county.code : pickOtherCounty(random);
  return {
    name: chineseName(tumour.sex, random),
    idNumber: makeResidentId(idRegion, compactDate(tumour.birthDay), tumour.sex, random),
    phone: phoneNumber(tumour.county, random),
    address: chineseAddress(tumour.county, random),
    ethnicity: ethnicityCode(random),
    occupation: occupationCode(tumour.ageYears, tumour.county.urban, random),
  };
}

let countyCodes: readonly string[] | undefined;
function pickOtherCounty(random: Random): string {
  countyCodes ??= demoCounties().map((c) => c.code);
  return random.pick(countyCodes);
}

/**
 * A reporting hospital for a county's patient: its own hospitals (55 %), a tertiary hospital of the
 * prefecture (30 %) or a provincial hospital in Nanchang (15 %), never `avoid`.
 *
 * @param county - county of residence
 * @param random - generator
 * @param avoid - a hospital not to pick (the first reporter, for a duplicate report)
 */
export function drawReportingHospital(county: DemoCounty, random: Random, avoid?: string): string {
  const h = reportingHospitals(county.code);
  for (let attempt = 0; attempt < 8; attempt++) {
    const u = random.next();
    const list =
      u < 0.55 && h.local.length > 0
        ? h.local
        : u < 0.85 && h.prefecture.length > 0
          ? h.prefecture
          : h.province;
    const code = random.pick(list);
    if (code !== avoid) return code;
  }
  return h.province.find((c) => c !== avoid) ?? h.province[0]!;
}

/** A second primary tumour of the same person, diagnosed later. */
export interface SecondPrimary {
  readonly site: SiteSpec;
  readonly diagnosisDay: number;
  readonly codes: TumourCodes;
}

// About 2–3 % of registered tumours are second or later primaries of a registered person (multiple
// primaries grow with follow-up); 2 % of reported tumours here get one, at least six months later.
const SECOND_PRIMARY = 0.02;
const SECOND_PRIMARY_GAP_DAYS = 182;

/**
 * Whether a reported tumour's person gets a second, different primary, and its details. Uses its own
 * generator so that the case and death streams agree on it without drawing the same numbers.
 *
 * @param context - model and dates
 * @param tumour - the first tumour
 * @param random - a generator dedicated to this decision
 */
export function simulateSecondPrimary(
  context: SimContext,
  tumour: SimTumour,
  random: Random,
): SecondPrimary | null {
  if (tumour.status !== 'reported' || !random.chance(SECOND_PRIMARY)) return null;
  const earliest = tumour.diagnosisDay + SECOND_PRIMARY_GAP_DAYS;
  const latest = Math.min(tumour.lastContactDay, context.lastDiagnosisDay);
  if (latest < earliest) return null;
  let site = tumour.site;
  for (let attempt = 0; attempt < 8 && site.key === tumour.site.key; attempt++) {
    site = context.model.drawSite(tumour.cell, random);
  }
  if (site.key === tumour.site.key) return null;
  const diagnosisDay = earliest + random.int(latest - earliest + 1);
  const ageYears = tumour.ageYears + Math.floor((diagnosisDay - tumour.diagnosisDay) / 365.25);
  return { site, diagnosisDay, codes: drawCodes(site, tumour.sex, ageYears, random) };
}
