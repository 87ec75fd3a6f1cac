import { townName } from '../identity';
import { chineseName } from '../names';
import { Random } from '../random';
import { makeResidentId } from '../resident-id';

/** A cancer of a programme as the generator needs it (structurally the contract's ProgrammeCancer). */
export interface SeasonProgrammeCancer {
  readonly cancer: string;
  readonly ageFrom: number;
  readonly ageTo: number;
  readonly sex: number | null;
  readonly methods: readonly string[];
}

/** The screening configuration the season follows: passed in, so the demo stays pure and in step with the server. */
export interface SeasonConfig {
  readonly programmes: readonly {
    readonly code: string;
    readonly residence: string;
    readonly questionnaire: string | null;
    readonly cancers: readonly SeasonProgrammeCancer[];
  }[];
  readonly resultCategories: Readonly<
    Record<string, readonly { readonly code: string; readonly positive: boolean }[]>
  >;
  readonly questions: readonly {
    readonly id: string;
    readonly sex: number | null;
    readonly options: readonly { readonly value: string }[];
  }[];
  /** The scoring rule (server's `scoreQuestionnaire`), so exams follow the high-risk result. */
  readonly highRiskOf: (answers: Record<string, string>, sex: number, ageYears: number) => string[];
}

/** A county of the season: urban districts run the urban programme, rural counties the upper-GI one. */
export interface SeasonCounty {
  readonly code: string;
  readonly urban: boolean;
}

/** A registry person whose identity the season reuses, so screen-detected and interval cancers link. */
export interface KnownPerson {
  readonly regionCode: string;
  readonly name: string;
  readonly idNumber: string;
  readonly sex: 1 | 2;
  readonly birthDate: string;
}

export interface SeasonOptions {
  readonly seed?: number;
  /** Calendar year of the season: enrolment from March, exams until November. */
  readonly year: number;
  readonly counties: readonly SeasonCounty[];
  readonly gridsPerCounty?: number;
  readonly participantsPerGrid?: number;
  readonly knownPersons?: readonly KnownPerson[];
}

export interface SeasonGrid {
  readonly regionCode: string;
  readonly township: string;
  readonly village: string;
  readonly doctorName: string;
}

export interface SeasonExam {
  readonly cancer: string;
  readonly method: string;
  readonly examDate: string;
  readonly resultCategory: string;
  readonly finalDiagnosis: 'negative' | 'benign' | 'precancer' | 'cancer' | null;
  readonly stage: string | null;
  /** Days after the exam the referral or follow-up was completed; null = still open. */
  readonly completedAfterDays: number | null;
}

export interface SeasonParticipant {
  readonly programmeCode: string;
  readonly grid: number;
  readonly name: string;
  readonly idNumber: string;
  readonly sex: 1 | 2;
  readonly birthDate: string;
  readonly phone: string;
  readonly residence: 'urban' | 'rural';
  readonly enrolledOn: string;
  readonly answers: Record<string, string> | null;
  readonly assessedOn: string | null;
  readonly optedOut: boolean;
  readonly exams: readonly SeasonExam[];
}

export interface ScreeningSeason {
  readonly grids: readonly SeasonGrid[];
  readonly participants: readonly SeasonParticipant[];
}

const VILLAGE_STEMS = [...'上下前后东西中新老大小高王李张刘陈杨黄胡罗吴徐曾'];
const VILLAGE_ENDS = ['家村', '坊村', '塘村', '桥村', '湾村', '岭村', '社区'];

function isoDay(year: number, dayOfYear: number): string {
  const d = new Date(Date.UTC(year, 0, 1 + dayOfYear));
  return d.toISOString().slice(0, 10);
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * A seeded screening season for a few counties: grids with synthetic township/village names and
 * doctors, participants of the programmes their county runs (urban or rural upper-GI, and the
 * two-cancer programme for women 35–64), questionnaires answered mostly "no risk", exams for the
 * high-risk (about 70% attend), results drawn mostly negative, work-up outcomes and stages. Pure: the
 * same options give the same season. Rates are illustrative, not calibrated to any programme.
 *
 * @param config - programmes, result categories, questionnaire and its scoring (from the server)
 * @param options - seed, year, counties, sizes, registry persons to reuse
 * @returns grids and participants with their assessments and exams
 */
export function generateScreeningSeason(config: SeasonConfig, options: SeasonOptions): ScreeningSeason {
  const seed = options.seed ?? 2026;
  const gridsPerCounty = options.gridsPerCounty ?? 3;
  const perGrid = options.participantsPerGrid ?? 40;
  const grids: SeasonGrid[] = [];
  const participants: SeasonParticipant[] = [];
  const used = new Set<string>();
  const programme = (code: string) => config.programmes.find((p) => p.code === code);
  options.counties.forEach((county, ci) => {
    const random = new Random(seed, 71, ci);
    const known = (options.knownPersons ?? []).filter((k) => k.regionCode === county.code);
    for (let g = 0; g < gridsPerCounty; g++) {
      const gridIndex = grids.length;
      grids.push({
        regionCode: county.code,
        township: townName(county.code, g % 8, county.urban),
        village: random.pick(VILLAGE_STEMS) + random.pick(VILLAGE_ENDS),
        doctorName: chineseName(random.chance(0.5) ? 1 : 2, random),
      });
      for (let i = 0; i < perGrid; i++) {
        const women = random.chance(0.3);
        const code = women ? 'two_cancer' : county.urban ? 'urban' : 'rural_upper_gi';
        const prog = programme(code);
        if (!prog) continue;
        const sex: 1 | 2 = women ? 2 : random.chance(0.5) ? 1 : 2;
        const ageFrom = Math.min(
          ...prog.cancers.filter((c) => c.sex === null || c.sex === sex).map((c) => c.ageFrom),
        );
        const ageTo = Math.max(
          ...prog.cancers.filter((c) => c.sex === null || c.sex === sex).map((c) => c.ageTo),
        );
        const enrolledOn = isoDay(options.year, 59 + random.int(90));
        // Some participants are registry persons, so that the registry link has something to find.
        const reuse = known.find(
          (k) =>
            !used.has(`${code}|${k.idNumber}`) &&
            k.sex === sex &&
            ageAt(k.birthDate, enrolledOn) >= ageFrom &&
            ageAt(k.birthDate, enrolledOn) <= ageTo,
        );
        const useKnown = reuse !== undefined && random.chance(0.3);
        let person: { name: string; idNumber: string; sex: 1 | 2; birthDate: string };
        if (useKnown && reuse) {
          person = reuse;
        } else {
          const age = random.between(ageFrom, ageTo);
          const birthDate = isoDay(options.year - age - 1, random.int(360));
          const id = makeResidentId(county.code, birthDate.replaceAll('-', ''), sex, random);
          person = { name: chineseName(sex, random), idNumber: id, sex, birthDate };
        }
        const key = `${code}|${person.idNumber}`;
        const ageYears = ageAt(person.birthDate, enrolledOn);
        if (used.has(key) || ageYears < ageFrom || ageYears > ageTo) continue;
        used.add(key);
        let answers: Record<string, string> | null = null;
        let cancers = prog.cancers.filter((c) => c.sex === null || c.sex === person.sex);
        if (prog.questionnaire !== null) {
          answers = {};
          for (const q of config.questions) {
            if (q.sex !== null && q.sex !== person.sex) continue;
            const first = q.options[0]!;
            answers[q.id] = random.chance(0.8) ? first.value : random.pick(q.options).value;
          }
          const high = config.highRiskOf(answers, person.sex, ageYears);
          cancers = cancers.filter((c) => high.includes(c.cancer));
        }
        cancers = cancers.filter((c) => ageYears >= c.ageFrom && ageYears <= c.ageTo);
        const exams: SeasonExam[] = [];
        for (const c of cancers) {
          if (!random.chance(0.7)) continue;
          const method = c.methods[0]!;
          const categories = config.resultCategories[method] ?? [];
          const positives = categories.filter((x) => x.positive);
          const negatives = categories.filter((x) => !x.positive);
          const positive = positives.length > 0 && random.chance(0.12);
          const category = random.pick(positive ? positives : negatives);
          let finalDiagnosis: SeasonExam['finalDiagnosis'] = null;
          let stage: string | null = null;
          if (positive) {
            const u = random.next();
            finalDiagnosis = u < 0.15 ? 'cancer' : u < 0.5 ? 'precancer' : u < 0.8 ? 'benign' : 'negative';
            if (finalDiagnosis === 'cancer') {
              const s = random.next();
              stage = s < 0.1 ? '0' : s < 0.5 ? 'I' : s < 0.75 ? 'II' : s < 0.92 ? 'III' : 'IV';
            }
          }
          exams.push({
            cancer: c.cancer,
            method,
            examDate: addDays(enrolledOn, 14 + random.int(150)),
            resultCategory: category.code,
            finalDiagnosis,
            stage,
            completedAfterDays: random.chance(0.8) ? 3 + random.int(20) : null,
          });
        }
        participants.push({
          programmeCode: code,
          grid: gridIndex,
          name: person.name,
          idNumber: person.idNumber,
          sex: person.sex,
          birthDate: person.birthDate,
          phone: `1${random.pick(['38', '39', '58', '87'])}${String(random.int(100_000_000)).padStart(8, '0')}`,
          residence: county.urban ? 'urban' : 'rural',
          enrolledOn,
          answers,
          assessedOn: answers ? addDays(enrolledOn, random.int(7)) : null,
          optedOut: random.chance(0.03),
          exams,
        });
      }
    }
  });
  return { grids, participants };
}

function ageAt(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
