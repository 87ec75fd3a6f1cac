import { Random } from '../random';

/** A hospital of the demo province as the quality generator needs it. */
export interface QualityDemoHospital {
  code: string;
  grade: string | null;
  regionCode: string;
}

/** Options of {@link generateQualityDemo}. */
export interface QualityDemoOptions {
  seed?: number;
  /** The calendar year of admissions, pathways, tests and examinations. */
  year?: number;
  /** Scale of record counts (1 = a few dozen to a few hundred records per hospital). */
  scale?: number;
  /** Last month `YYYY-MM` of the 13-month prescription history (the over-normal month); default December of `year`. */
  prescriptionEndMonth?: string;
}

/** Hospital quality records by kind, with the API field names (camelCase) and `hospitalCode`. */
export type QualityDemoRecords = Record<string, Record<string, unknown>[]>;

/** A child's case of the demo, registered by `hospitalCode`. */
export interface PediatricDemoCase {
  sourceId: string;
  hospitalCode: string;
  name: string;
  sex: number;
  birthDate: string;
  regionCode: string;
  diseaseCode: string;
  diagnosisDate: string;
  familyDoctor: string;
}

/** The whole quality demo: records per kind and children's cases. */
export interface QualityDemo {
  records: QualityDemoRecords;
  pediatricCases: PediatricDemoCase[];
}

const STAGES = ['0', 'I', 'II', 'III', 'IV'] as const;
const SITES = ['C34.1', 'C16.9', 'C22.0', 'C18.7', 'C50.9', 'C15.9', 'C53.9', 'C20'];
const KEY_DRUGS = ['L01XA03', 'L01CD01', 'L01BA04', 'L01FD01', 'L01FG01', 'L01FF01'];
const OTHER_DRUGS = ['L01XA01', 'L01BC06', 'L01EB01', 'L01EB04', 'L01ED03'];
const TECHS = ['RT-ABLATION', 'RT-SEED', 'RT-HYPERTHERMIA'];
const PED_DISEASES = [
  'leukaemia',
  'lymphoma',
  'neuroblastoma',
  'aplastic_anaemia',
  'itp',
  'nephroblastoma',
  'retinoblastoma',
];
const FAMILY = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周'];
const GIVEN = ['子涵', '欣怡', '梓萱', '浩然', '宇轩', '一诺', '雨桐', '俊熙', '可馨', '思远'];

function date(random: Random, year: number, monthFrom = 1, monthTo = 12): string {
  const month = monthFrom + random.int(monthTo - monthFrom + 1);
  const day = 1 + random.int(28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function plusDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const clamp = (p: number) => Math.min(0.99, Math.max(0.01, p));

/**
 * Seeded synthetic hospital quality data for the demo province (issue #8): per hospital a size by
 * grade and its own propensities (staging, MDT, pathway, outsourcing, rule breaches) drawn around a
 * grade-level mean, with a few deliberate outliers so the funnel plots show signals, a 13-month
 * prescription history with an over-normal month for some key-monitored drugs, restricted-technology
 * filings (some late or missing), and children's cases. Pure: the same inputs give the same output.
 *
 * @param hospitals - the province's hospitals.
 * @param options - seed, year, scale.
 * @returns records by kind and children's cases.
 */
export function generateQualityDemo(
  hospitals: readonly QualityDemoHospital[],
  options: QualityDemoOptions = {},
): QualityDemo {
  const seed = options.seed ?? 20_240_808;
  const year = options.year ?? 2024;
  const scale = options.scale ?? 1;
  const [endYear, endMonth] = (options.prescriptionEndMonth ?? `${year}-12`).split('-').map(Number) as [
    number,
    number,
  ];
  const endIndex = endYear * 12 + endMonth - 1;
  const records: QualityDemoRecords = {
    hospital_profile: [],
    admission: [],
    mdt_case: [],
    pathway: [],
    prescription: [],
    gene_test: [],
    imaging_exam: [],
    restricted_tech_filing: [],
  };
  const pediatricCases: PediatricDemoCase[] = [];
  hospitals.forEach((h, index) => {
    const random = new Random(seed, 808, index);
    const tertiary = (h.grade ?? '').startsWith('三级');
    const secondary = (h.grade ?? '').startsWith('二级');
    const size = Math.max(1, Math.round((tertiary ? 120 : secondary ? 40 : 12) * scale));
    // Each hospital's own quality, around its grade's mean; every 7th hospital is a poor outlier.
    const poor = index % 7 === 3;
    const pStaged = clamp((tertiary ? 0.88 : 0.66) + random.between(-0.08, 0.08) - (poor ? 0.3 : 0));
    const pMdt = clamp((tertiary ? 0.62 : 0.35) + random.between(-0.1, 0.1) - (poor ? 0.25 : 0));
    const pEnter = clamp((tertiary ? 0.8 : 0.6) + random.between(-0.1, 0.1));
    const pOutsource = clamp((tertiary ? 0.12 : 0.45) + random.between(-0.08, 0.08) + (poor ? 0.3 : 0));
    const pPathology = clamp(0.95 - (poor ? 0.2 : 0) + random.between(-0.03, 0.03));
    const hc = h.code;
    records.hospital_profile?.push({
      sourceId: `${year}`,
      hospitalCode: hc,
      year,
      publicGeneral: !h.code.endsWith('5') && (tertiary || secondary),
      gradeLevel: tertiary ? 3 : secondary ? 2 : 1,
      hasOncologyDepartment: tertiary || random.chance(0.55),
    });
    for (let i = 0; i < size; i++) {
      const admissionDate = date(random, year);
      const stage = STAGES[random.int(5)] as string;
      const treatmentDate = plusDays(admissionDate, 2 + random.int(10));
      const staged = random.chance(pStaged);
      const sourceId = `ADM-${hc}-${i}`;
      records.admission?.push({
        sourceId,
        hospitalCode: hc,
        patientRef: `MRN${index}${String(i).padStart(5, '0')}`,
        admissionDate,
        icd10: random.pick(SITES),
        firstVisit: random.chance(0.8),
        firstTreatment: true,
        treatmentDate,
        stage: staged ? stage : 'unknown',
        stagingDate: staged ? plusDays(admissionDate, 1) : null,
      });
      if (staged && (stage === 'III' || stage === 'IV') && random.chance(pMdt)) {
        records.mdt_case?.push({
          sourceId: `MDT-${hc}-${i}`,
          hospitalCode: hc,
          sessionSourceId: `S-${hc}-${admissionDate.slice(0, 7)}`,
          admissionSourceId: sourceId,
          discussionDate: plusDays(admissionDate, 1),
          stage,
          decision: random.pick([
            '手术+辅助化疗',
            '新辅助化疗后评估手术',
            '同步放化疗',
            '靶向治疗',
            '最佳支持治疗',
          ]),
        });
      }
      const entered = random.chance(pEnter);
      const r = random.next();
      const status = !entered ? 'not_entered' : r < 0.08 ? 'exited' : r < 0.85 ? 'completed' : 'entered';
      const varied = entered && random.chance(0.12);
      records.pathway?.push({
        sourceId: `PW-${hc}-${i}`,
        hospitalCode: hc,
        patientRef: `MRN${index}${String(i).padStart(5, '0')}`,
        pathwayName: random.pick([
          '肺癌化疗临床路径',
          '胃癌根治术临床路径',
          '结直肠癌手术临床路径',
          '乳腺癌化疗临床路径',
        ]),
        dischargeDate: plusDays(treatmentDate, 7),
        status,
        varied,
        variationReason: varied ? random.pick(['出现并发症', '患者要求', '检查结果异常']) : null,
        exitReason: status === 'exited' ? random.pick(['病情变化需转科', '患者自动出院']) : null,
      });
      const examDate = date(random, year);
      records.imaging_exam?.push({
        sourceId: `IMG-${hc}-${i}`,
        hospitalCode: hc,
        examDate,
        device: random.pick(['CT', 'CT', 'MRI', 'PET_CT', 'DSA']),
        positive: random.chance(tertiary ? 0.68 : 0.55),
      });
      if (i % 3 === 0) {
        records.gene_test?.push({
          sourceId: `GT-${hc}-${i}`,
          hospitalCode: hc,
          patientRef: `MRN${index}${String(i).padStart(5, '0')}`,
          testDate: date(random, year),
          icd10: random.pick(['C34.1', 'C50.9', 'C18.7']),
          sentOut: random.chance(pOutsource),
          lab: null,
        });
      }
    }
    // Thirteen months of antitumour prescriptions ending at `prescriptionEndMonth`; a spike in the
    // last month for one key-monitored drug at every 5th hospital, for the over-normal alert.
    const perMonth = Math.max(2, Math.round(size / 4));
    for (let m = 0; m < 13; m++) {
      const index12 = endIndex - 12 + m;
      const y = Math.floor(index12 / 12);
      const month = (index12 % 12) + 1;
      for (let k = 0; k < perMonth; k++) {
        const drugCode = random.chance(0.6) ? random.pick(KEY_DRUGS) : random.pick(OTHER_DRUGS);
        const title = random.pick([
          'chief',
          'associate_chief',
          'attending',
          'attending',
          tertiary ? 'attending' : 'resident',
        ]);
        const spike = m === 12 && index % 5 === 0 && k < perMonth ? 2 : 1;
        records.prescription?.push({
          sourceId: `RX-${hc}-${m}-${k}`,
          hospitalCode: hc,
          patientRef: `RX${index}-${m}-${k}`,
          prescriptionDate: date(random, y, month, month),
          drugCode: spike === 2 && k % 2 === 0 ? 'L01FF01' : drugCode,
          prescriberId: `D${index}-${random.int(8)}`,
          prescriberTitle: title,
          diagnosisIcd10: random.pick(SITES),
          pathologyConfirmed: random.chance(pPathology),
          targetTested: random.chance(0.85),
          quantity: 1 + random.int(3),
        });
      }
    }
    if (tertiary || random.chance(0.3)) {
      const firstUseDate = date(random, year, 1, 11);
      const delay = random.chance(poor ? 0.2 : 0.8) ? 5 + random.int(12) : 25 + random.int(20);
      records.restricted_tech_filing?.push({
        sourceId: `RT-${hc}-1`,
        hospitalCode: hc,
        technologyCode: random.pick(TECHS),
        firstUseDate,
        filedDate: random.chance(0.9) ? plusDays(firstUseDate, delay) : null,
      });
    }
    if (tertiary ? index % 2 === 0 : index === 0) {
      for (let c = 0; c < 3; c++) {
        const diagnosisDate = date(random, year);
        const age = random.int(15);
        pediatricCases.push({
          sourceId: `PED-${hc}-${c}`,
          hospitalCode: hc,
          name: random.pick(FAMILY) + random.pick(GIVEN),
          sex: 1 + random.int(2),
          birthDate: `${Number(diagnosisDate.slice(0, 4)) - age - 1}-0${1 + random.int(9)}-1${random.int(9)}`,
          regionCode: h.regionCode,
          diseaseCode: random.pick(PED_DISEASES),
          diagnosisDate,
          familyDoctor: `${random.pick(FAMILY)}医生`,
        });
      }
    }
  });
  return { records, pediatricCases };
}
