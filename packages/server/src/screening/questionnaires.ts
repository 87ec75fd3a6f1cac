import type { Answers, Questionnaire, RiskResult, ScreeningCancer } from '@orca/contract';
import { badRequest } from '../http/errors';

const yesNo = (yes: { points?: Record<string, number>; triggers?: ScreeningCancer[] }) => [
  { value: 'no', label: '否', points: {} },
  {
    value: 'yes',
    label: '是',
    points: yes.points ?? {},
    ...(yes.triggers ? { triggers: yes.triggers } : {}),
  },
];

/**
 * The default risk questionnaire, modelled on the urban programme's approach (domain guide §3.2 step 2:
 * a scoring table per cancer, adapted from the Harvard Cancer Risk Index). The programme's own weights
 * are not public [U], so:
 * - outright high-risk answers ("triggers") encode the published criteria of §3.3: lung — ≥30
 *   pack-years (current, or quit < 15 years), ≥20 years of passive smoking, COPD, ≥1 year of
 *   occupational exposure, a first-degree relative with lung cancer; liver — HBV/HCV infection,
 *   cirrhosis; colorectum — polyps, family history; breast — atypical hyperplasia;
 * - the points and every `minScore` are ours and marked `unverified`: configure them per site by
 *   publishing a new version, never by editing a released one (assessments store their version).
 */
export const URBAN_QUESTIONNAIRE: Questionnaire = {
  version: 'urban-2024.1',
  title: '防癌风险评估问卷',
  questions: [
    {
      id: 'smoking',
      text: '您的吸烟情况？',
      sex: null,
      options: [
        { value: 'never', label: '从不吸烟', points: {} },
        { value: 'current_lt30', label: '吸烟，不足30包年', points: { lung: 1, upper_gi: 1 } },
        {
          value: 'current_ge30',
          label: '吸烟，30包年及以上',
          points: { lung: 3, upper_gi: 1 },
          triggers: ['lung'],
        },
        {
          value: 'quit_lt15_ge30',
          label: '戒烟不足15年，曾吸30包年及以上',
          points: { lung: 3 },
          triggers: ['lung'],
        },
        { value: 'quit_other', label: '其他戒烟情况', points: { lung: 1 } },
      ],
    },
    {
      id: 'passive_smoking',
      text: '您被动吸烟（二手烟）多少年？',
      sex: null,
      options: [
        { value: 'none', label: '没有', points: {} },
        { value: 'lt20', label: '不足20年', points: { lung: 1 } },
        { value: 'ge20', label: '20年及以上', points: { lung: 2 }, triggers: ['lung'] },
      ],
    },
    {
      id: 'occupational',
      text: '是否有1年以上石棉、氡、铍、铬、镉、镍、硅、煤烟或烟尘职业暴露？',
      sex: null,
      options: yesNo({ points: { lung: 2 }, triggers: ['lung'] }),
    },
    {
      id: 'copd',
      text: '是否患有慢性阻塞性肺病？',
      sex: null,
      options: yesNo({ points: { lung: 2 }, triggers: ['lung'] }),
    },
    {
      id: 'family_lung',
      text: '父母、兄弟姐妹或子女是否患过肺癌？',
      sex: null,
      options: yesNo({ points: { lung: 2 }, triggers: ['lung'] }),
    },
    {
      id: 'alcohol',
      text: '您的饮酒情况？',
      sex: null,
      options: [
        { value: 'none', label: '不饮酒', points: {} },
        { value: 'occasional', label: '偶尔饮酒', points: { upper_gi: 1 } },
        { value: 'heavy', label: '经常大量饮酒', points: { upper_gi: 2, liver: 2 } },
      ],
    },
    {
      id: 'hot_salted_food',
      text: '是否常吃烫食、腌制或霉变食物？',
      sex: null,
      options: yesNo({ points: { upper_gi: 1 } }),
    },
    {
      id: 'hepatitis',
      text: '是否感染乙肝或丙肝病毒（乙肝表面抗原阳性等）？',
      sex: null,
      options: yesNo({ points: { liver: 3 }, triggers: ['liver'] }),
    },
    {
      id: 'cirrhosis',
      text: '是否患有肝硬化？',
      sex: null,
      options: yesNo({ points: { liver: 3 }, triggers: ['liver'] }),
    },
    {
      id: 'family_liver',
      text: '直系亲属是否患过肝癌？',
      sex: null,
      options: yesNo({ points: { liver: 2 } }),
    },
    {
      id: 'gastric',
      text: '是否有幽门螺杆菌感染、萎缩性胃炎、胃溃疡、胃息肉或残胃？',
      sex: null,
      options: yesNo({ points: { upper_gi: 2 } }),
    },
    {
      id: 'family_upper_gi',
      text: '直系亲属是否患过食管癌或胃癌？',
      sex: null,
      options: yesNo({ points: { upper_gi: 2 } }),
    },
    {
      id: 'colorectal_polyp',
      text: '是否曾患结直肠息肉或腺瘤？',
      sex: null,
      options: yesNo({ points: { colorectal: 3 }, triggers: ['colorectal'] }),
    },
    {
      id: 'family_colorectal',
      text: '直系亲属是否患过结直肠癌？',
      sex: null,
      options: yesNo({ points: { colorectal: 3 }, triggers: ['colorectal'] }),
    },
    {
      id: 'bowel_symptoms',
      text: '近两年是否有慢性腹泻、慢性便秘或黏液血便？',
      sex: null,
      options: yesNo({ points: { colorectal: 2 } }),
    },
    {
      id: 'breast_atypia',
      text: '是否曾诊断乳腺不典型增生？',
      sex: 2,
      options: yesNo({ points: { breast: 3 }, triggers: ['breast'] }),
    },
    {
      id: 'family_breast',
      text: '母亲、姐妹或女儿是否患过乳腺癌？',
      sex: 2,
      options: yesNo({ points: { breast: 2 } }),
    },
    {
      id: 'reproductive',
      text: '是否未生育、30岁以后首次生育或12岁以前月经初潮？',
      sex: 2,
      options: yesNo({ points: { breast: 1 } }),
    },
  ],
  rules: [
    {
      cancer: 'lung',
      minScore: 4,
      unverified: true,
      ageFrom: 40,
      ageTo: 74,
      sex: null,
      advice: '建议到指定医院进行低剂量螺旋CT检查。',
    },
    {
      cancer: 'breast',
      minScore: 3,
      unverified: true,
      ageFrom: 35,
      ageTo: 74,
      sex: 2,
      advice: '建议进行乳腺超声检查，必要时加乳腺X线摄影。',
    },
    {
      cancer: 'liver',
      minScore: 3,
      unverified: true,
      ageFrom: 35,
      ageTo: 74,
      sex: null,
      advice: '建议进行腹部超声联合血清甲胎蛋白（AFP）检测。',
    },
    {
      cancer: 'upper_gi',
      minScore: 3,
      unverified: true,
      ageFrom: 40,
      ageTo: 74,
      sex: null,
      advice: '建议进行上消化道内镜检查。',
    },
    {
      cancer: 'colorectal',
      minScore: 3,
      unverified: true,
      ageFrom: 40,
      ageTo: 74,
      sex: null,
      advice: '建议进行结肠镜检查或粪便免疫化学检测（FIT）。',
    },
  ],
};

/** Every questionnaire version the server scores; assessments keep the version they were scored with. */
export const QUESTIONNAIRES: Questionnaire[] = [URBAN_QUESTIONNAIRE];

/** The questionnaire of this version, or undefined. */
export function questionnaireOf(version: string): Questionnaire | undefined {
  return QUESTIONNAIRES.find((q) => q.version === version);
}

const LOW_ADVICE = '目前未发现该癌种高危因素，请保持健康生活方式，按常规参加体检。';

/**
 * Scores answers against a questionnaire: per cancer the sum of points of the chosen options; high
 * risk when the score reaches the rule's `minScore` or a triggering answer was given, within the rule's
 * age band and sex. Level: high (any cancer high-risk), medium (some points), low (none).
 *
 * @param questionnaire - the version to score with
 * @param answers - question id → option value; every question for the person's sex must be answered
 * @param person - sex (1 male, 2 female) and completed age in years
 * @throws AppError validation_failed naming each unanswered question or unknown option
 */
export function scoreQuestionnaire(
  questionnaire: Questionnaire,
  answers: Answers,
  person: { sex: number; ageYears: number },
): RiskResult {
  const scores = new Map<string, number>();
  const triggered = new Set<string>();
  const issues: { field: string; reason: string }[] = [];
  for (const q of questionnaire.questions) {
    if (q.sex !== null && q.sex !== person.sex) continue;
    const value = answers[q.id];
    const option = q.options.find((o) => o.value === value);
    if (!option) {
      issues.push({
        field: `answers.${q.id}`,
        reason: value === undefined ? 'unanswered' : 'unknown_option',
      });
      continue;
    }
    for (const [c, p] of Object.entries(option.points)) scores.set(c, (scores.get(c) ?? 0) + p);
    for (const c of option.triggers ?? []) triggered.add(c);
  }
  if (issues.length > 0) throw badRequest('The questionnaire is incomplete or has unknown answers', issues);
  const cancers = questionnaire.rules
    .filter((r) => r.sex === null || r.sex === person.sex)
    .map((r) => {
      const score = scores.get(r.cancer) ?? 0;
      const inBand = person.ageYears >= r.ageFrom && person.ageYears <= r.ageTo;
      const highRisk = inBand && (score >= r.minScore || triggered.has(r.cancer));
      return { cancer: r.cancer, score, highRisk, advice: highRisk ? r.advice : LOW_ADVICE };
    });
  const highRisk = cancers.filter((c) => c.highRisk).map((c) => c.cancer);
  const level = highRisk.length > 0 ? 'high' : cancers.some((c) => c.score > 0) ? 'medium' : 'low';
  return { version: questionnaire.version, level, cancers, highRisk };
}
