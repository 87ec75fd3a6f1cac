import { completedAgeYears } from '@orca/codes';
import type { Programme, ScreeningCancer, ScreeningIndicator } from '@orca/contract';
import { addMonths } from './dates';

export interface IndicatorInput {
  programme: Programme;
  /** Restrict to one cancer; otherwise every cancer of the programme. */
  cancer?: ScreeningCancer;
  from: string;
  to: string;
  participants: { id: string; sex: number; birthDate: string; enrolledOn: string }[];
  assessments: { participantId: string; assessedOn: string; highRisk: string[] }[];
  exams: {
    id: string;
    participantId: string;
    cancer: string;
    method: string;
    examDate: string;
    resultCategory: string;
    positive: boolean;
    finalDiagnosis: string | null;
    stage: string | null;
  }[];
  tasks: { examId: string; participantId: string; kind: string; completedOn: string | null }[];
  /** Registry tumours of the participants (linked through the resident-ID blind index). */
  tumours: { participantId: string; icd10: string; diagnosisDate: string; stage: string | null }[];
  /** Population of the region for the year of `to`, by sex and 5-year age group index (0 = 0–4 … 18 = 85+). */
  population: { sex: number; ageGroup: number; population: number }[];
}

export interface IndicatorResult {
  indicator: ScreeningIndicator;
  numerator: number;
  denominator: number;
  proportion: number | null;
  /** Participants counted in the numerator, for drill-down. */
  numeratorIds: string[];
  /** Participants of the denominator; null when it is a population count (coverage). */
  denominatorIds: string[] | null;
}

/**
 * Stage group 0–4 of a stage as written ('0', 'IA', 'IIB', 'III', 'IV', or '1'…'4'); null when unknown.
 */
export function stageGroup(stage: string | null): number | null {
  if (!stage) return null;
  const s = stage.trim().toUpperCase();
  const roman = /^(IV|III|II|I)/.exec(s);
  if (roman) return { I: 1, II: 2, III: 3, IV: 4 }[roman[1] as 'I' | 'II' | 'III' | 'IV'];
  if (/^0/.test(s) || s === 'TIS') return 0;
  const digit = /^([1-4])/.exec(s);
  return digit ? Number(digit[1]) : null;
}

const within = (d: string, from: string, to: string) => d >= from && d <= to;
const result = (
  indicator: ScreeningIndicator,
  num: Set<string> | string[],
  den: Set<string> | string[] | number,
): IndicatorResult => {
  const numeratorIds = [...num];
  const denominatorIds = typeof den === 'number' ? null : [...den];
  const denominator = typeof den === 'number' ? den : denominatorIds!.length;
  return {
    indicator,
    numerator: numeratorIds.length,
    denominator,
    proportion: denominator > 0 ? numeratorIds.length / denominator : null,
    numeratorIds,
    denominatorIds,
  };
};

/**
 * Screening indicators of domain guide §3.4 for one programme and period [from, to] (inclusive), with
 * the participants behind each numerator and denominator. Units are persons (participant × cancer
 * for cancers found). Definitions:
 * - assessed: assessed in the period / enrolled by `to`;
 * - high_risk: high-risk (for the cancer, or any) / assessed in the period;
 * - participation: screened in the period / the target — high-risk assessed in the period, or, for a
 *   programme without a questionnaire (two-cancer), every participant enrolled by `to` eligible by sex;
 * - positive: with a positive result category / screened; detection: with a final diagnosis of
 *   precancer or cancer, or a screen-detected cancer / screened;
 * - screen-detected cancer: a positive exam whose final diagnosis is cancer, or followed by a registry
 *   tumour of the site within 12 months; stage from the registry tumour, else the exam's;
 * - early_diagnosis_0_1 / _0_2: stage 0–I / 0–II among screen-detected cancers of known stage; upper-GI
 *   endoscopy instead: (HGIN + early cancer) / (HGIN + early + advanced cancer), domain §3.4 [V];
 * - referral_completion / follow_up_completion: completed tasks / tasks created for exams in the period;
 * - interval_cancer: negative-screened persons with a registry tumour of the site diagnosed after the
 *   exam and before the next due date (exam + interval) / negative-screened persons;
 * - coverage: eligible persons (sex, age at `to`) with an exam of the cancer within one interval
 *   before `to` / population of that sex and age band (5-year groups spanning the band).
 *
 * @returns one result per indicator, in SCREENING_INDICATORS order
 */
export function computeIndicators(input: IndicatorInput): IndicatorResult[] {
  const { programme, from, to } = input;
  const cancers = programme.cancers.filter((c) => !input.cancer || c.cancer === input.cancer);
  const cancerCodes = new Set<string>(cancers.map((c) => c.cancer));
  const exams = input.exams.filter((e) => cancerCodes.has(e.cancer));
  const periodExams = exams.filter((e) => within(e.examDate, from, to));
  const byId = new Map(input.participants.map((p) => [p.id, p]));

  const enrolled = input.participants.filter((p) => p.enrolledOn <= to).map((p) => p.id);
  const periodAssessments = input.assessments.filter((a) => within(a.assessedOn, from, to));
  const assessed = new Set(periodAssessments.map((a) => a.participantId));
  const highRisk = new Set(
    periodAssessments.filter((a) => a.highRisk.some((c) => cancerCodes.has(c))).map((a) => a.participantId),
  );
  const target =
    programme.questionnaire === null
      ? new Set(
          enrolled.filter((id) => {
            const p = byId.get(id)!;
            return cancers.some((c) => c.sex === null || c.sex === p.sex);
          }),
        )
      : highRisk;
  const screened = new Set(periodExams.map((e) => e.participantId));
  const participating = [...target].filter((id) => screened.has(id));
  const positive = new Set(periodExams.filter((e) => e.positive).map((e) => e.participantId));

  // Screen-detected cancers: one per participant and cancer, stage from the registry when linked.
  const detected = new Map<string, { participantId: string; cancer: string; stage: string | null }>();
  for (const e of periodExams) {
    if (!e.positive) continue;
    const icd = cancers.find((c) => c.cancer === e.cancer)?.icd10 ?? [];
    const tumour = input.tumours
      .filter(
        (t) =>
          t.participantId === e.participantId &&
          icd.includes(t.icd10.slice(0, 3)) &&
          t.diagnosisDate >= e.examDate &&
          t.diagnosisDate <= addMonths(e.examDate, 12),
      )
      .sort((a, b) => a.diagnosisDate.localeCompare(b.diagnosisDate))[0];
    if (!tumour && e.finalDiagnosis !== 'cancer') continue;
    const key = `${e.participantId}|${e.cancer}`;
    if (!detected.has(key) || tumour) {
      detected.set(key, {
        participantId: e.participantId,
        cancer: e.cancer,
        stage: tumour?.stage ?? e.stage,
      });
    }
  }
  const detectedIds = new Set([...detected.values()].map((d) => d.participantId));
  const lesions = new Set(
    periodExams
      .filter((e) => e.finalDiagnosis === 'precancer' || e.finalDiagnosis === 'cancer')
      .map((e) => e.participantId),
  );
  const detection = [...screened].filter((id) => lesions.has(id) || detectedIds.has(id));

  const early = (maxGroup: number) => {
    const num: string[] = [];
    const den: string[] = [];
    for (const d of detected.values()) {
      if (d.cancer === 'upper_gi') continue;
      const g = stageGroup(d.stage);
      if (g === null) continue; // unknown stage: neither early nor late
      den.push(d.participantId);
      if (g <= maxGroup) num.push(d.participantId);
    }
    // Upper GI, domain §3.4 [V]: the worst endoscopy grade per person.
    const grade = new Map<string, number>();
    const rank: Record<string, number> = { hgin: 1, early_cancer: 2, advanced_cancer: 3 };
    for (const e of periodExams) {
      const r = e.cancer === 'upper_gi' && e.method === 'endoscopy' ? rank[e.resultCategory] : undefined;
      if (r !== undefined) grade.set(e.participantId, Math.max(grade.get(e.participantId) ?? 0, r));
    }
    for (const [id, r] of grade) {
      den.push(id);
      if (r <= 2) num.push(id);
    }
    return { num, den };
  };
  const early1 = early(1);
  const early2 = early(2);

  const periodExamIds = new Set(periodExams.map((e) => e.id));
  const tasks = input.tasks.filter((t) => periodExamIds.has(t.examId));
  const taskIndicator = (indicator: ScreeningIndicator, kind: string) => {
    const mine = tasks.filter((t) => t.kind === kind);
    return result(
      indicator,
      mine.filter((t) => t.completedOn !== null).map((t) => t.participantId),
      mine.map((t) => t.participantId),
    );
  };

  const negatives = new Map<string, { participantId: string; cancer: string; examDate: string }>();
  for (const e of periodExams) {
    if (e.positive) continue;
    const key = `${e.participantId}|${e.cancer}`;
    const prior = negatives.get(key);
    if (!prior || e.examDate > prior.examDate) negatives.set(key, e);
  }
  const interval: string[] = [];
  for (const n of negatives.values()) {
    const c = cancers.find((x) => x.cancer === n.cancer)!;
    const due = addMonths(n.examDate, c.intervalMonths);
    const found = input.tumours.some(
      (t) =>
        t.participantId === n.participantId &&
        c.icd10.includes(t.icd10.slice(0, 3)) &&
        t.diagnosisDate > n.examDate &&
        t.diagnosisDate < due,
    );
    if (found) interval.push(n.participantId);
  }

  const covered: string[] = [];
  let eligiblePopulation = 0;
  for (const c of cancers) {
    const since = addMonths(to, -c.intervalMonths);
    const fromGroup = Math.floor(c.ageFrom / 5);
    const toGroup = Math.min(18, Math.floor(c.ageTo / 5));
    eligiblePopulation += input.population
      .filter((r) => (c.sex === null || r.sex === c.sex) && r.ageGroup >= fromGroup && r.ageGroup <= toGroup)
      .reduce((s, r) => s + r.population, 0);
    const ids = new Set(
      exams
        .filter((e) => e.cancer === c.cancer && e.examDate > since && e.examDate <= to)
        .map((e) => e.participantId),
    );
    for (const id of ids) {
      const p = byId.get(id);
      const age = p ? completedAgeYears(p.birthDate, to) : null;
      if (p && (c.sex === null || p.sex === c.sex) && age !== null && age >= c.ageFrom && age <= c.ageTo)
        covered.push(id);
    }
  }

  return [
    result('assessed', assessed, enrolled),
    result('high_risk', highRisk, assessed),
    result('participation', participating, target),
    result('coverage', covered, eligiblePopulation),
    result('positive', positive, screened),
    result('detection', detection, screened),
    result('early_diagnosis_0_1', early1.num, early1.den),
    result('early_diagnosis_0_2', early2.num, early2.den),
    taskIndicator('referral_completion', 'referral'),
    taskIndicator('follow_up_completion', 'follow_up'),
    result(
      'interval_cancer',
      interval,
      [...negatives.values()].map((n) => n.participantId),
    ),
  ];
}
