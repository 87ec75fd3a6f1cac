import type { DemoCounty } from './population';
import { type Random, weighted } from './random';

const TOWN_STEMS = [...'城关石新东西南北高黄白马龙长大小太安和平梅桃杨柳沙水塘坪岭口湖桥田山'];
const TOWN_SECOND = [...'口坪田桥塘岭湖山溪江埠港冈源洲坑'];
const VILLAGE_STEMS = [...'上下前后东西中新老大小高低王李张刘陈杨黄胡罗吴徐曾'];

/**
 * A synthetic township or street name; fixed for a county and index so that addresses in a county
 * share a handful of towns, as real addresses do.
 *
 * @param countyCode - six-digit county code
 * @param index - which town of the county (0…)
 * @param urban - a city district has streets (街道) rather than towns (镇/乡)
 */
export function townName(countyCode: string, index: number, urban: boolean): string {
  // A tiny deterministic hash of (county, index): the same county always has the same towns.
  let h = (Number(countyCode) * 2654435761 + index * 40503) >>> 0;
  const a = TOWN_STEMS[h % TOWN_STEMS.length]!;
  h = Math.floor(h / TOWN_STEMS.length);
  const b = TOWN_SECOND[h % TOWN_SECOND.length]!;
  const suffix = urban ? '街道' : index % 4 === 3 ? '乡' : '镇';
  return index === 0 && !urban ? '城关镇' : `${a}${b}${suffix}`;
}

/** Number of towns per county the synthetic addresses use. */
export const TOWNS_PER_COUNTY = 8;

/**
 * A synthetic residential address inside the county: province, prefecture, county, town, village or
 * community, group and house number.
 *
 * @param county - county of residence
 * @param random - generator
 */
export function chineseAddress(county: DemoCounty, random: Random): string {
  const town = townName(county.code, random.int(TOWNS_PER_COUNTY), county.urban);
  const stem = random.pick(VILLAGE_STEMS) + random.pick(TOWN_SECOND);
  const head = `江西省${county.prefectureName}${county.name}${town}`;
  if (county.urban)
    return `${head}${stem}社区${random.between(1, 60)}栋${random.between(1, 6)}单元${random.between(1, 30)}0${random.between(1, 4)}室`;
  return `${head}${stem}村${random.between(1, 12)}组${random.between(1, 120)}号`;
}

// Mobile prefixes of China Mobile / Unicom / Telecom.
const MOBILE_PREFIXES = [
  '134',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '157',
  '158',
  '159',
  '178',
  '182',
  '187',
  '188',
  '130',
  '131',
  '132',
  '155',
  '156',
  '166',
  '176',
  '185',
  '186',
  '133',
  '153',
  '173',
  '177',
  '180',
  '181',
  '189',
  '199',
];

/** Area codes of the 11 prefectures (区号), for landline numbers. */
const AREA_CODES: Readonly<Record<string, string>> = {
  '360100': '0791',
  '360200': '0798',
  '360300': '0799',
  '360400': '0792',
  '360500': '0790',
  '360600': '0701',
  '360700': '0797',
  '360800': '0796',
  '360900': '0795',
  '361000': '0794',
  '361100': '0793',
};

/**
 * A phone number: mostly an 11-digit mobile, sometimes a landline with the prefecture's area code.
 *
 * @param county - county of residence
 * @param random - generator
 */
export function phoneNumber(county: DemoCounty, random: Random): string {
  if (random.chance(0.1)) {
    return `${AREA_CODES[county.prefectureCode] ?? '0791'}-${random.between(2, 8)}${String(random.int(1_000_000)).padStart(6, '0')}`;
  }
  return `${random.pick(MOBILE_PREFIXES)}${String(random.int(100_000_000)).padStart(8, '0')}`;
}

// GB/T 3304 ethnicity: Jiangxi is 99.7 % Han (01); She (畲, 22) is the largest local minority.
const drawEthnicity = weighted<string>([
  ['01', 9960],
  ['22', 15],
  ['03', 8],
  ['08', 4],
  ['06', 4],
  ['13', 3],
  ['15', 3],
  ['11', 3],
]);

/**
 * A GB/T 3304 ethnicity code.
 *
 * @param random - generator
 */
export function ethnicityCode(random: Random): string {
  return drawEthnicity(random);
}

const WORKING_URBAN = weighted<string>([
  ['24', 30],
  ['17', 15],
  ['13', 12],
  ['54', 12],
  ['11', 4],
  ['21', 5],
  ['51', 6],
  ['70', 8],
  ['90', 8],
]);
const WORKING_RURAL = weighted<string>([
  ['27', 55],
  ['24', 18],
  ['54', 8],
  ['70', 6],
  ['13', 3],
  ['17', 3],
  ['90', 7],
]);

/**
 * A GB/T 2261.4 employment-status code plausible for the age and place (farmers in rural counties,
 * students under 20, retired people over 60 in towns).
 *
 * @param ageYears - age in completed years
 * @param urban - city district
 * @param random - generator
 */
export function occupationCode(ageYears: number, urban: boolean, random: Random): string {
  if (ageYears < 6) return '90';
  if (ageYears < 20) return random.chance(0.9) ? '31' : '90';
  if (ageYears >= 60) {
    if (urban) return random.chance(0.75) ? '80' : '90';
    return random.chance(0.6) ? '27' : random.chance(0.5) ? '80' : '90';
  }
  return urban ? WORKING_URBAN(random) : WORKING_RURAL(random);
}
