import { describe, expect, it } from 'vitest';
import { computeIndicators, type IndicatorInput, stageGroup } from './indicators';
import { programmeOf } from './programmes';

const exam = (
  id: string,
  participantId: string,
  cancer: string,
  method: string,
  examDate: string,
  resultCategory: string,
  positive: boolean,
  finalDiagnosis: string | null = null,
  stage: string | null = null,
) => ({
  id,
  participantId,
  cancer,
  method,
  examDate,
  resultCategory,
  positive,
  finalDiagnosis,
  stage,
});

// A season small enough to count by hand (see the expectations below, each derived in its comment).
const season: IndicatorInput = {
  programme: programmeOf('urban')!,
  from: '2024-01-01',
  to: '2024-12-31',
  participants: [
    { id: 'P1', sex: 1, birthDate: '1960-06-01', enrolledOn: '2024-01-10' },
    { id: 'P2', sex: 1, birthDate: '1960-06-01', enrolledOn: '2024-01-10' },
    { id: 'P3', sex: 2, birthDate: '1960-06-01', enrolledOn: '2024-01-10' },
    { id: 'P4', sex: 2, birthDate: '1960-06-01', enrolledOn: '2024-01-10' },
    { id: 'P5', sex: 1, birthDate: '1960-06-01', enrolledOn: '2023-11-01' },
    { id: 'P6', sex: 1, birthDate: '1960-06-01', enrolledOn: '2025-02-01' },
  ],
  assessments: [
    { participantId: 'P1', assessedOn: '2024-01-15', highRisk: ['lung'] },
    { participantId: 'P2', assessedOn: '2024-01-15', highRisk: ['lung', 'upper_gi'] },
    { participantId: 'P3', assessedOn: '2024-01-15', highRisk: [] },
    { participantId: 'P4', assessedOn: '2024-01-15', highRisk: ['colorectal'] },
    { participantId: 'P5', assessedOn: '2023-12-01', highRisk: ['lung'] },
  ],
  exams: [
    exam('E1', 'P1', 'lung', 'ldct', '2024-03-01', '4B', true, 'cancer'),
    exam('E2', 'P2', 'upper_gi', 'endoscopy', '2024-03-05', 'hgin', true, 'precancer'),
    exam('E3', 'P2', 'lung', 'ldct', '2024-03-05', '1', false),
    exam('E4', 'P3', 'colorectal', 'colonoscopy', '2024-05-01', 'cancer', true, 'cancer', 'IIB'),
    exam('E5', 'P4', 'colorectal', 'colonoscopy', '2023-11-01', 'normal', false),
  ],
  tasks: [
    { examId: 'E1', participantId: 'P1', kind: 'referral', completedOn: '2024-03-10' },
    { examId: 'E2', participantId: 'P2', kind: 'referral', completedOn: null },
    { examId: 'E4', participantId: 'P3', kind: 'referral', completedOn: '2024-05-20' },
    { examId: 'E5', participantId: 'P4', kind: 'follow_up', completedOn: null },
  ],
  tumours: [
    { participantId: 'P1', icd10: 'C34.1', diagnosisDate: '2024-04-10', stage: 'IA' },
    { participantId: 'P2', icd10: 'C34.9', diagnosisDate: '2025-06-01', stage: 'III' },
  ],
  population: [
    { sex: 1, ageGroup: 8, population: 100 },
    { sex: 2, ageGroup: 8, population: 100 },
    { sex: 1, ageGroup: 15, population: 50 }, // 75–79: outside every band
    { sex: 2, ageGroup: 7, population: 30 }, // 35–39: outside the urban bands (40–74)
  ],
};

const byName = (input: IndicatorInput) =>
  Object.fromEntries(computeIndicators(input).map((r) => [r.indicator, r]));

describe('screening indicators on a hand-counted season', () => {
  const r = byName(season);

  it('counts assessed among enrolled by the period end: P1–P4 of P1–P5 = 4/5', () => {
    expect(r.assessed).toMatchObject({ numerator: 4, denominator: 5, proportion: 0.8 });
  });

  it('counts high-risk among assessed: P1, P2, P4 of 4 = 3/4', () => {
    expect(r.high_risk).toMatchObject({ numerator: 3, denominator: 4, proportion: 0.75 });
  });

  it('counts participation as screened high-risk: P1, P2 of P1, P2, P4 = 2/3', () => {
    expect(r.participation).toMatchObject({ numerator: 2, denominator: 3 });
    expect(r.participation!.numeratorIds.sort()).toEqual(['P1', 'P2']);
  });

  it('counts positives and detections among the screened P1–P3 (E5 was before the period)', () => {
    expect(r.positive).toMatchObject({ numerator: 3, denominator: 3, proportion: 1 });
    expect(r.detection).toMatchObject({ numerator: 3, denominator: 3 });
  });

  it('takes the registry stage for screen-detected cancers and the endoscopy grade for upper GI', () => {
    // Known: P1 lung IA (registry), P3 colorectal IIB (exam), P2 upper GI HGIN → early.
    expect(r.early_diagnosis_0_1).toMatchObject({ numerator: 2, denominator: 3 });
    expect(r.early_diagnosis_0_1!.numeratorIds.sort()).toEqual(['P1', 'P2']);
    expect(r.early_diagnosis_0_2).toMatchObject({ numerator: 3, denominator: 3 });
  });

  it('counts referral completion for exams of the period: E1, E4 done of E1, E2, E4 = 2/3', () => {
    expect(r.referral_completion).toMatchObject({ numerator: 2, denominator: 3 });
    expect(r.follow_up_completion).toMatchObject({ numerator: 0, denominator: 0, proportion: null });
  });

  it('finds the interval cancer: P2’s lung cancer 15 months after a negative LDCT, inside 24 months', () => {
    expect(r.interval_cancer).toMatchObject({ numerator: 1, denominator: 1, numeratorIds: ['P2'] });
  });

  it('computes coverage against the population of each cancer’s sex and age band', () => {
    // Population: lung, liver, upper GI, colorectal 200 each (both sexes, 40–44), breast 100 (women) = 900.
    // Covered: lung P1, P2; upper GI P2; colorectal P3 and P4 (E5 within 60 months) = 5.
    expect(r.coverage).toMatchObject({ numerator: 5, denominator: 900, denominatorIds: null });
    expect(r.coverage!.proportion).toBeCloseTo(5 / 900, 12);
  });

  it('restricts every indicator to one cancer when asked', () => {
    const lung = byName({ ...season, cancer: 'lung' });
    expect(lung.high_risk).toMatchObject({ numerator: 2, denominator: 4 });
    expect(lung.participation).toMatchObject({ numerator: 2, denominator: 2 });
    expect(lung.positive).toMatchObject({ numerator: 1, denominator: 2 });
    expect(lung.coverage).toMatchObject({ numerator: 2, denominator: 200 });
  });

  it('does not count a tumour diagnosed after the next due date as an interval cancer', () => {
    const late = byName({
      ...season,
      tumours: [{ participantId: 'P2', icd10: 'C34.9', diagnosisDate: '2026-03-05', stage: 'III' }],
    });
    expect(late.interval_cancer).toMatchObject({ numerator: 0, denominator: 1 });
  });

  it('uses every eligible woman as the participation target of the two-cancer programme', () => {
    const two = byName({
      ...season,
      programme: programmeOf('two_cancer')!,
      exams: [exam('C1', 'P3', 'cervical', 'cytology', '2024-06-01', 'NILM', false)],
      tasks: [],
    });
    // Women P3, P4 enrolled by the end; men are not a target of any of its cancers.
    expect(two.participation).toMatchObject({ numerator: 1, denominator: 2 });
  });
});

describe('stageGroup', () => {
  it.each([
    ['0', 0],
    ['Tis', 0],
    ['IA', 1],
    ['IIB', 2],
    ['III', 3],
    ['IVA', 4],
    ['2', 2],
    ['X', null],
    [null, null],
  ])('reads stage %s as group %s', (stage, group) => {
    expect(stageGroup(stage)).toBe(group);
  });
});
