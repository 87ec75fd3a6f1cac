import { checkCharacter, REGIONS } from '@orca/codes';
import { seededRandom } from '../core/random';
import type { RegistryRecord } from './registry-record';

/** A synthetic tumour report with its true person. */
export interface SyntheticReport extends RegistryRecord {
  readonly truePersonId: string;
}

/** A synthetic death with its true person, or null when the person is not registered. */
export interface SyntheticDeath extends RegistryRecord {
  readonly truePersonId: string | null;
}

/** Options of {@link syntheticRegistry}. */
export interface SyntheticRegistryOptions {
  /** Registered persons (default 2 000). */
  readonly persons?: number;
  readonly seed?: number;
  /** Province prefix of the counties used (default `36`, Jiangxi). */
  readonly province?: string;
  /** Share of reports without a resident ID (default 0.16, issue #4). */
  readonly missingIdShare?: number;
  /** Share of registered persons who die (default 0.3). */
  readonly deathShare?: number;
  /** Deaths of unregistered people per registered death (default 1). */
  readonly outsideDeathRatio?: number;
}

/** Reports and deaths with ground truth. */
export interface SyntheticRegistry {
  readonly reports: readonly SyntheticReport[];
  readonly deaths: readonly SyntheticDeath[];
  /** How many persons of each kind were made (for the test report). */
  readonly counts: Readonly<Record<'persons' | 'twins' | 'siblings' | 'namesakes', number>>;
}

// The commonest surnames with their approximate shares (%) of the population (Ministry of Public
// Security 2020 name report), then rarer and polyphonic ones (单 shan, 曾 zeng, 吕 lv).
const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 7.1],
  ['李', 7.0],
  ['张', 6.7],
  ['刘', 5.4],
  ['陈', 4.5],
  ['杨', 3.1],
  ['黄', 2.2],
  ['赵', 2.0],
  ['吴', 2.0],
  ['周', 1.9],
  ['徐', 1.3],
  ['孙', 1.3],
  ['马', 1.2],
  ['朱', 1.1],
  ['胡', 1.0],
  ['郭', 1.0],
  ['何', 0.9],
  ['林', 0.9],
  ['高', 0.9],
  ['罗', 0.8],
  ['郑', 0.8],
  ['梁', 0.7],
  ['谢', 0.6],
  ['宋', 0.5],
  ['唐', 0.5],
  ['许', 0.5],
  ['韩', 0.5],
  ['冯', 0.4],
  ['邓', 0.4],
  ['曹', 0.4],
  ['彭', 0.4],
  ['曾', 0.4],
  ['肖', 0.4],
  ['田', 0.3],
  ['董', 0.3],
  ['袁', 0.3],
  ['潘', 0.3],
  ['于', 0.3],
  ['蒋', 0.3],
  ['蔡', 0.3],
  ['余', 0.3],
  ['杜', 0.3],
  ['叶', 0.3],
  ['程', 0.3],
  ['苏', 0.2],
  ['魏', 0.2],
  ['吕', 0.2],
  ['丁', 0.2],
  ['任', 0.2],
  ['沈', 0.2],
  ['姚', 0.2],
  ['卢', 0.2],
  ['单', 0.1],
  ['欧阳', 0.05],
  ['司马', 0.02],
];
const MALE_CHARS = '伟强磊军洋勇杰涛明超刚华辉建国斌林志宇海亮荣峰龙飞平文春波鹏浩俊凯';
const FEMALE_CHARS = '娜丽静芳敏艳娟秀英霞玲红梅云兰凤欣慧婷琴燕丹晓颖桂萍雪倩莉玉';
// Same toneless pinyin (checked with pinyin-pro in the test): the variant characters hospitals type.
const HOMOPHONES: Readonly<Record<string, string>> = {
  伟: '玮炜',
  娜: '纳',
  丽: '莉俐',
  静: '晶婧',
  芳: '方',
  军: '君钧',
  强: '蔷',
  磊: '蕾',
  洋: '阳',
  勇: '永咏',
  艳: '燕雁',
  杰: '洁捷',
  娟: '鹃',
  涛: '滔',
  明: '鸣铭',
  超: '朝',
  秀: '绣',
  英: '瑛',
  霞: '侠',
  平: '萍',
  刚: '钢',
  华: '桦',
  红: '虹鸿',
  玲: '铃龄',
  辉: '晖',
  建: '健剑',
  国: '帼',
  文: '雯',
  斌: '彬滨',
  林: '琳霖',
  梅: '玫',
  云: '芸',
  兰: '岚',
  凤: '峰',
  春: '椿',
  志: '智',
  宇: '雨羽',
  欣: '新馨',
  慧: '惠',
  婷: '庭亭',
  敏: '珉',
  桂: '贵',
  荣: '蓉',
  琴: '勤',
  燕: '艳',
  晓: '筱',
  峰: '锋',
  龙: '隆',
  颖: '莹',
  飞: '菲',
};
// Near-homophones (front/back nasal confusions of southern speakers): similar but not equal pinyin.
const NEAR_HOMOPHONES: Readonly<Record<string, string>> = {
  敏: '明',
  明: '敏',
  静: '金',
  林: '玲',
  玲: '林',
  斌: '冰',
  英: '音',
  琴: '庆',
  平: '品',
  云: '勇',
};
const SITES = [
  'C34.1',
  'C16.9',
  'C22.0',
  'C18.7',
  'C20',
  'C50.9',
  'C15.9',
  'C53.9',
  'C61',
  'C73',
  'C25.9',
  'C67.9',
];
const OTHER_CAUSES = ['I21.9', 'I63.9', 'J44.9', 'E11.9'];

interface Person {
  id: string;
  surname: string;
  given: string;
  sex: 1 | 2;
  birthDate: string;
  residentId: string;
  regionCode: string;
  icd10: string;
  diagnosisDay: number;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const DAY_MS = 86_400_000;
const isoOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

/**
 * A seeded synthetic registry for testing linkage on Chinese data (no public set with Chinese names
 * and truth exists): persons with common surnames (王 李 张 … by their real shares), 1–4 reports each
 * from different hospitals with homophone variant characters (王伟/王玮, 李娜/李纳), near-homophones
 * (刘敏/刘明), 16% missing IDs, one-digit ID typos and transpositions, swapped day and month, year ±1,
 * moved counties; twins (same birth date, surname and county, other given name and ID), siblings,
 * namesakes (same name, sex and birth year, different people); deaths of 30% of persons with fewer
 * fields, plus deaths of unregistered people, a fifth of them namesakes of registered persons.
 *
 * @param options - size, seed and error rates
 * @returns reports and deaths, each with its true person id
 */
export function syntheticRegistry(options: SyntheticRegistryOptions = {}): SyntheticRegistry {
  const rand = seededRandom(options.seed ?? 2024);
  const nPersons = options.persons ?? 2_000;
  const missingId = options.missingIdShare ?? 0.16;
  const counties = REGIONS.filter((r) => r.level === 'county' && r.code.startsWith(options.province ?? '36'));
  if (counties.length === 0)
    throw new RangeError(`syntheticRegistry: no county in province ${options.province}`);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const chance = (p: number) => rand() < p;
  const surnameTotal = SURNAMES.reduce((s, [, w]) => s + w, 0);
  const drawSurname = () => {
    let x = rand() * surnameTotal;
    for (const [s, w] of SURNAMES) {
      x -= w;
      if (x < 0) return s;
    }
    return SURNAMES[0]![0];
  };
  const drawGiven = (sex: 1 | 2) => {
    const pool = sex === 1 ? MALE_CHARS : FEMALE_CHARS;
    return chance(0.35) ? pick([...pool]) : pick([...pool]) + pick([...pool]);
  };
  const usedIds = new Set<string>();
  const makeId = (region: string, birth: string, sex: 1 | 2) => {
    for (;;) {
      const seq = Math.floor(rand() * 500) * 2 + (sex === 1 ? 1 : 0); // 17th digit odd = male (GB 11643)
      const first17 = `${region}${birth.replaceAll('-', '')}${pad(seq % 1000, 3)}`;
      const id = first17 + checkCharacter(first17);
      if (!usedIds.has(id)) {
        usedIds.add(id);
        return id;
      }
    }
  };
  const birthBetween = (from: number, to: number) => {
    const y = from + Math.floor(rand() * (to - from + 1));
    const m = 1 + Math.floor(rand() * 12);
    const d = 1 + Math.floor(rand() * 28);
    return `${y}-${pad(m, 2)}-${pad(d, 2)}`;
  };
  const makePerson = (id: string, over: Partial<Person> = {}): Person => {
    const sex = over.sex ?? (chance(0.5) ? 1 : 2);
    const birthDate = over.birthDate ?? birthBetween(1930, 1990);
    const regionCode = over.regionCode ?? pick(counties).code;
    return {
      id,
      surname: over.surname ?? drawSurname(),
      given: over.given ?? drawGiven(sex),
      sex,
      birthDate,
      regionCode,
      residentId: makeId(regionCode, birthDate, sex),
      icd10: pick(SITES),
      diagnosisDay: dayOf('2015-01-01') + Math.floor(rand() * 8 * 365),
    };
  };

  const persons: Person[] = [];
  const counts = { persons: 0, twins: 0, siblings: 0, namesakes: 0 };
  while (persons.length < nPersons) {
    const p = makePerson(`P${persons.length}`);
    persons.push(p);
    const r = rand();
    if (persons.length >= nPersons) break;
    if (r < 0.03) {
      counts.twins++;
      let given = drawGiven(p.sex);
      while (given === p.given) given = drawGiven(p.sex);
      persons.push(
        makePerson(`P${persons.length}`, {
          surname: p.surname,
          given,
          birthDate: p.birthDate,
          regionCode: p.regionCode,
        }),
      );
    } else if (r < 0.06) {
      counts.siblings++;
      const year = Number(p.birthDate.slice(0, 4)) + (chance(0.5) ? 1 : -1) * (2 + Math.floor(rand() * 5));
      const birthDate = `${year}${birthBetween(2000, 2000).slice(4)}`;
      persons.push(
        makePerson(`P${persons.length}`, { surname: p.surname, birthDate, regionCode: p.regionCode }),
      );
    } else if (r < 0.09) {
      counts.namesakes++;
      const birthDate = `${p.birthDate.slice(0, 4)}${birthBetween(2000, 2000).slice(4)}`;
      persons.push(
        makePerson(`P${persons.length}`, { surname: p.surname, given: p.given, sex: p.sex, birthDate }),
      );
    }
  }
  counts.persons = persons.length;

  const variantName = (p: Person, homophone: number, near: number) => {
    const chars = [...p.given];
    const k = Math.floor(rand() * chars.length);
    const c = chars[k]!;
    if (chance(homophone) && HOMOPHONES[c]) chars[k] = pick([...HOMOPHONES[c]!]);
    else if (chance(near / (1 - homophone)) && NEAR_HOMOPHONES[c]) chars[k] = NEAR_HOMOPHONES[c]!;
    return p.surname + chars.join('');
  };
  const corruptId = (id: string, typo: number, transpose: number) => {
    const x = rand();
    if (x < typo) {
      const k = Math.floor(rand() * 17);
      const digit = String((Number(id[k]) + 1 + Math.floor(rand() * 9)) % 10);
      return id.slice(0, k) + digit + id.slice(k + 1);
    }
    if (x < typo + transpose) {
      let k = 6 + Math.floor(rand() * 11);
      while (id[k] === id[k + 1] && k > 0) k--;
      return id.slice(0, k) + id[k + 1] + id[k] + id.slice(k + 2);
    }
    return id;
  };
  const corruptBirth = (b: string, swap: number, year: number) => {
    const [y, m, d] = b.split('-');
    if (chance(swap) && Number(d) <= 12 && m !== d) return `${y}-${d}-${m}`;
    if (chance(year)) return `${Number(y) + (chance(0.5) ? 1 : -1)}-${m}-${d}`;
    return b;
  };
  const nearbyCounty = (code: string) => {
    const parent = counties.find((c) => c.code === code)?.parentCode;
    const siblings = counties.filter((c) => c.parentCode === parent && c.code !== code);
    return siblings.length > 0 ? pick(siblings).code : code;
  };

  const reports: SyntheticReport[] = [];
  for (const p of persons) {
    const x = rand();
    const n = x < 0.55 ? 1 : x < 0.8 ? 2 : x < 0.92 ? 3 : 4;
    for (let k = 0; k < n; k++) {
      reports.push({
        id: `R${reports.length}`,
        truePersonId: p.id,
        name: variantName(p, 0.1, 0.03),
        sex: chance(0.005) ? (p.sex === 1 ? 2 : 1) : p.sex,
        birthDate: corruptBirth(p.birthDate, 0.04, 0.015),
        residentId: chance(missingId) ? null : corruptId(p.residentId, 0.03, 0.015),
        regionCode: chance(0.08) ? nearbyCounty(p.regionCode) : p.regionCode,
        icd10: chance(0.05) ? pick(SITES) : p.icd10,
        eventDate: isoOfDay(
          p.diagnosisDay + (chance(0.1) ? Math.floor(rand() * 300) : Math.floor(rand() * 45)),
        ),
      });
    }
  }

  const deaths: SyntheticDeath[] = [];
  const deathOf = (p: Person, truePersonId: string | null, afterDay: number): SyntheticDeath => ({
    id: `D${deaths.length}`,
    truePersonId,
    name: variantName(p, 0.06, 0.02),
    sex: p.sex,
    birthDate: corruptBirth(p.birthDate, 0.02, 0.01),
    residentId: chance(missingId) ? null : corruptId(p.residentId, 0.01, 0.005),
    regionCode: chance(0.05) ? nearbyCounty(p.regionCode) : p.regionCode,
    icd10: chance(0.75) ? p.icd10 : pick(OTHER_CAUSES),
    eventDate: isoOfDay(afterDay + 20 + Math.floor(rand() * 1800)),
  });
  let registeredDeaths = 0;
  for (const p of persons) {
    if (!chance(options.deathShare ?? 0.3)) continue;
    deaths.push(deathOf(p, p.id, p.diagnosisDay));
    registeredDeaths++;
  }
  const outside = Math.round(registeredDeaths * (options.outsideDeathRatio ?? 1));
  for (let k = 0; k < outside; k++) {
    let q: Person;
    if (chance(0.2)) {
      const twinOf = pick(persons); // a namesake of a registered person: same name, sex and birth year
      q = makePerson(`X${k}`, {
        surname: twinOf.surname,
        given: twinOf.given,
        sex: twinOf.sex,
        birthDate: `${twinOf.birthDate.slice(0, 4)}${birthBetween(2000, 2000).slice(4)}`,
      });
    } else q = makePerson(`X${k}`);
    q.icd10 = chance(0.5) ? pick(SITES) : pick(OTHER_CAUSES);
    deaths.push(deathOf(q, null, q.diagnosisDay));
  }
  return { reports, deaths, counts };
}
