import { AGE_GROUPS } from '@orca/codes';
import { caseRowId } from './cases';
import { type RunContext, runContext, STREAM } from './context';
import { compactDate, dayNumber, isoDate, yearsBefore } from './dates';
import { chineseName, homophoneVariant } from './names';
import { type DemoOptions, resolveOptions } from './options';
import { countyPopulationBySingleAge, type DemoCounty, demoCounties } from './population';
import { Categorical, Random } from './random';
import { type DeathRecord, rowId } from './records';
import { makeResidentId, withTypo } from './resident-id';
import {
  otherCauseOfDeath,
  type SimIdentity,
  type SimTumour,
  simulateIdentity,
  simulateSecondPrimary,
  simulateTumour,
} from './tumours';

// Death registration in Chinese surveillance points is incomplete (under-reporting of 5–15 % is
// usually assumed); 97 % of the cases' deaths reach deaths.csv.
const DEATH_REGISTERED = 0.97;

/** The identity fields as a death certificate records them: noisier than a hospital report. */
function certificateIdentity(
  who: Pick<SimIdentity, 'name' | 'idNumber'>,
  birthDay: number,
  county: DemoCounty,
  random: Random,
): Pick<DeathRecord, 'name' | 'birthDate' | 'idNumber' | 'regionCode' | 'idNumberStatus'> {
  const name = random.chance(0.03) ? homophoneVariant(who.name, random) : who.name;
  const u = random.next();
  const idNumberStatus = u < 0.1 ? 'missing' : u < 0.105 ? 'typo' : 'valid';
  const idNumber =
    idNumberStatus === 'missing'
      ? null
      : idNumberStatus === 'typo'
        ? withTypo(who.idNumber, random)
        : who.idNumber;
  // A few certificates give the birth date a day off (mis-keyed) or the county of death, not residence.
  const birthDate = isoDate(random.chance(0.01) ? birthDay + (random.chance(0.5) ? 1 : -1) : birthDay);
  const regionCode = random.chance(0.02) ? neighbourCounty(county, random) : county.code;
  return { name, birthDate, idNumber, regionCode, idNumberStatus };
}

function neighbourCounty(county: DemoCounty, random: Random): string {
  const same = demoCounties().filter((c) => c.prefectureCode === county.prefectureCode);
  return random.pick(same).code;
}

/** The cause as certified: mostly the registry's code, sometimes less specific or unknown primary. */
function certifiedCancerCause(icd10: string, random: Random): string {
  const u = random.next();
  if (u < 0.05) return 'C80.9';
  if (u < 0.15 && icd10.length === 5) return `${icd10.slice(0, 4)}9`;
  return icd10;
}

function tumourDeath(
  t: SimTumour,
  who: SimIdentity,
  source: DeathRecord['source'],
  personKey: string,
  tumourKey: string,
  caseId: string | null,
  deathOrdinal: number,
  random: Random,
): DeathRecord {
  const deathDay = t.deathDay!;
  const shifted = random.chance(0.02) ? deathDay + random.between(-3, 3) : deathDay;
  return {
    id: rowId('D', deathOrdinal),
    ...certificateIdentity(who, t.birthDay, t.county, random),
    sex: t.sex,
    deathDate: isoDate(Math.max(t.diagnosisDay, Math.min(t.lastContactDay, shifted))),
    causeOfDeath: t.cancerDeath ? certifiedCancerCause(t.icd10, random) : t.causeOfDeath!,
    personKey,
    tumourKey,
    caseId,
    source,
  };
}

/** Sampler of deaths of people without cancer: county × year × sex × age group ∝ population × qx. */
class OtherDeathModel {
  private readonly cells: { county: DemoCounty; year: number; sex: 1 | 2; ageGroup: number }[] = [];
  private readonly sampler: Categorical;

  constructor(context: RunContext) {
    const { firstYear, closeDay } = context.options;
    const closeYear = Number(context.options.closeDate.slice(0, 4));
    const weights: number[] = [];
    for (const county of demoCounties()) {
      for (let year = firstYear; year <= closeYear; year++) {
        // The closing year counts only up to the closing date.
        const fraction = Math.min(1, Math.max(0, (closeDay + 1 - dayNumber(year, 1, 1)) / 365));
        const bySex = countyPopulationBySingleAge(county, year);
        for (const sex of [1, 2] as const) {
          const pop = bySex[sex - 1]!;
          const deaths = new Array<number>(AGE_GROUPS.length).fill(0);
          pop.forEach((n, age) => {
            const g = age === 0 ? 0 : age < 5 ? 1 : Math.min(18, Math.floor(age / 5) + 1);
            deaths[g]! += n * context.window.lifeTable.qx(year, sex, age);
          });
          deaths.forEach((d, g) => {
            this.cells.push({ county, year, sex, ageGroup: g });
            weights.push(d * fraction);
          });
        }
      }
    }
    this.sampler = new Categorical(weights);
  }

  draw(random: Random): { county: DemoCounty; year: number; sex: 1 | 2; ageGroup: number } {
    return this.cells[this.sampler.draw(random)]!;
  }
}

function otherDeath(
  model: OtherDeathModel,
  context: RunContext,
  k: number,
  ordinal: number,
  random: Random,
  noise: Random,
): DeathRecord {
  random.reseed(context.options.seed, STREAM.other, k);
  const cell = model.draw(random);
  const g = AGE_GROUPS[cell.ageGroup]!;
  const age =
    g.widthYears === null
      ? Math.min(100, 85 + Math.floor(random.exponential(1 / 5)))
      : g.lowerYears + random.int(g.widthYears);
  const start = dayNumber(cell.year, 1, 1);
  const end = Math.min(dayNumber(cell.year, 12, 31), context.options.closeDay);
  const deathDay = start + random.int(end - start + 1);
  const birthDay = yearsBefore(deathDay, age) - random.int(365);
  const name = chineseName(cell.sex, random);
  const idNumber = makeResidentId(cell.county.code, compactDate(birthDay), cell.sex, random);
  noise.reseed(context.options.seed, STREAM.otherNoise, k);
  return {
    id: rowId('D', ordinal),
    ...certificateIdentity({ name, idNumber }, birthDay, cell.county, noise),
    sex: cell.sex,
    deathDate: isoDate(deathDay),
    causeOfDeath: age < 1 && random.chance(0.5) ? 'P07.3' : otherCauseOfDeath(random),
    personKey: `N${k}`,
    tumourKey: null,
    caseId: null,
    source: 'other',
  };
}

/**
 * Death-surveillance records (deaths.csv rows) of the demo province, streamed: the deaths of the
 * patients in `generateCases` with the same options (97 % registered, noisier identity: 3 % homophone
 * names, 10 % missing IDs), the cancer deaths no hospital reported (material for DCO follow-back),
 * the deaths inside the window of patients diagnosed in the ten years before it, and deaths from
 * other causes of people without cancer (`otherDeathsPerCase` per tumour). Deterministic for a seed.
 *
 * @param options - the same options as given to `generateCases`
 * @returns an iterable of rows; iterate it once per call
 */
export function* generateDeaths(options: DemoOptions = {}): Generator<DeathRecord> {
  const context = runContext(resolveOptions(options));
  const { seed } = context.options;
  const other = context.otherDeathCount > 0 ? new OtherDeathModel(context) : null;
  const random = new Random(0);
  const noise = new Random(0);
  const secondRandom = new Random(0);
  let ordinal = 0;
  let emitted = 0;
  let pre = 0;
  let others = 0;
  const n = Math.max(1, context.caseCount);
  // Interleave the three sources in proportion, so that the file is not grouped by source.
  function* catchUp(progress: number): Generator<DeathRecord> {
    while (pre < context.preWindowCount && pre / context.preWindowCount <= progress) {
      const record = preWindowDeath(context, pre++, ordinal, random, noise);
      if (record) {
        ordinal++;
        yield record;
      }
    }
    while (other && others < context.otherDeathCount && others / context.otherDeathCount <= progress) {
      yield otherDeath(other, context, others++, ordinal++, random, noise);
    }
  }
  for (let i = 0; emitted < context.caseCount; i++) {
    yield* catchUp(emitted / n);
    random.reseed(seed, STREAM.tumour, i);
    const t = simulateTumour(context.window, i, random);
    if (t.status !== 'missed') emitted++;
    // Count second primaries exactly as generateCases does, so both streams cover the same tumours.
    secondRandom.reseed(seed, STREAM.secondPrimary, i);
    if (emitted < context.caseCount && simulateSecondPrimary(context.window, t, secondRandom)) emitted++;
    if (t.deathDay === null) continue;
    noise.reseed(seed, STREAM.death, i);
    if (t.status === 'reported' && !noise.chance(DEATH_REGISTERED)) continue;
    const who = simulateIdentity(t, random);
    const caseId = t.status === 'missed' ? null : caseRowId(i);
    const source = t.status === 'missed' ? 'unregistered' : 'case';
    yield tumourDeath(t, who, source, `P${i}`, `T${i}`, caseId, ordinal++, noise);
  }
  yield* catchUp(1);
}

function preWindowDeath(
  context: RunContext,
  j: number,
  ordinal: number,
  random: Random,
  noise: Random,
): DeathRecord | null {
  random.reseed(context.options.seed, STREAM.preWindow, j);
  const t = simulateTumour(context.preWindow, j, random);
  if (t.deathDay === null || t.deathDay < context.window.windowStartDay) return null;
  noise.reseed(context.options.seed, STREAM.death, -1 - j);
  if (!noise.chance(DEATH_REGISTERED)) return null;
  const who = simulateIdentity(t, random);
  return tumourDeath(t, who, 'pre_window', `B${j}`, `TB${j}`, null, ordinal, noise);
}
