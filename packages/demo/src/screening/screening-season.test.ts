import { describe, expect, it } from 'vitest';
import { hasValidCheckCharacter } from '../resident-id';
import { generateScreeningSeason, type SeasonConfig } from './screening-season';

const config: SeasonConfig = {
  programmes: [
    {
      code: 'urban',
      residence: 'urban',
      questionnaire: 'q1',
      cancers: [{ cancer: 'lung', ageFrom: 40, ageTo: 74, sex: null, methods: ['ldct'] }],
    },
    {
      code: 'rural_upper_gi',
      residence: 'rural',
      questionnaire: 'q1',
      cancers: [{ cancer: 'upper_gi', ageFrom: 45, ageTo: 74, sex: null, methods: ['endoscopy'] }],
    },
    {
      code: 'two_cancer',
      residence: 'any',
      questionnaire: null,
      cancers: [{ cancer: 'cervical', ageFrom: 35, ageTo: 64, sex: 2, methods: ['cytology'] }],
    },
  ],
  resultCategories: {
    ldct: [
      { code: '1', positive: false },
      { code: '4B', positive: true },
    ],
    endoscopy: [
      { code: 'normal', positive: false },
      { code: 'hgin', positive: true },
    ],
    cytology: [
      { code: 'NILM', positive: false },
      { code: 'HSIL', positive: true },
    ],
  },
  questions: [{ id: 'smoking', sex: null, options: [{ value: 'never' }, { value: 'heavy' }] }],
  highRiskOf: (answers) => (answers.smoking === 'heavy' ? ['lung', 'upper_gi'] : []),
};
const options = {
  year: 2024,
  counties: [
    { code: '360102', urban: true },
    { code: '360121', urban: false },
  ],
};

describe('generateScreeningSeason', () => {
  it('gives the same season for the same seed and a different one for another seed', () => {
    const a = generateScreeningSeason(config, options);
    expect(generateScreeningSeason(config, options)).toEqual(a);
    expect(generateScreeningSeason(config, { ...options, seed: 7 })).not.toEqual(a);
  });

  it('enrols eligible residents with valid IDs, one record per person and programme', () => {
    const { grids, participants } = generateScreeningSeason(config, options);
    expect(grids).toHaveLength(6);
    expect(participants.length).toBeGreaterThan(150);
    const keys = participants.map((p) => `${p.programmeCode}|${p.idNumber}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of participants) {
      expect(hasValidCheckCharacter(p.idNumber)).toBe(true);
      expect(p.idNumber.slice(6, 14)).toBe(p.birthDate.replaceAll('-', ''));
      if (p.programmeCode === 'two_cancer') expect(p.sex).toBe(2);
      expect(p.programmeCode === 'urban').toBe(
        grids[p.grid]!.regionCode === '360102' && p.programmeCode !== 'two_cancer',
      );
    }
  });

  it('examines only the high-risk of questionnaire programmes, after enrolment, with listed categories', () => {
    const { participants } = generateScreeningSeason(config, options);
    for (const p of participants) {
      for (const e of p.exams) {
        expect(e.examDate > p.enrolledOn).toBe(true);
        expect(config.resultCategories[e.method]!.map((c) => c.code)).toContain(e.resultCategory);
        if (p.answers) expect(p.answers.smoking).toBe('heavy');
      }
    }
    expect(participants.some((p) => p.exams.length > 0)).toBe(true);
  });

  it('reuses registry persons of the county when given, so cancers can be linked', () => {
    const known = [
      {
        regionCode: '360102',
        name: '王建国',
        idNumber: '36010219600101001X',
        sex: 1 as const,
        birthDate: '1960-01-01',
      },
    ];
    const season = generateScreeningSeason(config, {
      ...options,
      knownPersons: known,
      participantsPerGrid: 80,
    });
    expect(season.participants.filter((p) => p.idNumber === known[0]!.idNumber).length).toBe(1);
  });
});
