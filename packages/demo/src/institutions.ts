import { findRegion, regionsUnder } from '@orca/codes';
import { TOWNS_PER_COUNTY, townName } from './identity';
import { type DemoCounty, demoCounties, PROVINCE_CODE } from './population';

/** Institution kinds, as `INSTITUTION_KINDS` in `@orca/contract`. */
export type InstitutionKind =
  | 'health_commission'
  | 'cancer_centre'
  | 'registry'
  | 'cdc'
  | 'hospital'
  | 'screening_site'
  | 'qc_centre'
  | 'township_health_centre';

/** An institution of the demo province. */
export interface Institution {
  /**
   * Stable code: a kind letter (W commission, A cancer centre, R registry, C CDC, H hospital,
   * S screening site, Q QC centre, T township/community health centre), the six-digit code of the
   * region it sits in, and a three-digit number, e.g. `H360102001`.
   */
  readonly code: string;
  readonly name: string;
  readonly kind: InstitutionKind;
  /** Hospital grade (医院等级), e.g. `三级甲等`; null for other kinds. */
  readonly grade: string | null;
  /** GB/T 2260 code of the region it serves or sits in. */
  readonly regionCode: string;
  /** Administrative tier it belongs to. */
  readonly level: 'province' | 'prefecture' | 'county';
  /** Code of the hosting institution (a registry's CDC, a screening site's hospital), or null. */
  readonly parentCode: string | null;
}

const PREFIX: Readonly<Record<InstitutionKind, string>> = {
  health_commission: 'W',
  cancer_centre: 'A',
  registry: 'R',
  cdc: 'C',
  hospital: 'H',
  screening_site: 'S',
  qc_centre: 'Q',
  township_health_centre: 'T',
};

class InstitutionList {
  readonly items: Institution[] = [];
  private readonly counters = new Map<string, number>();

  add(
    kind: InstitutionKind,
    name: string,
    regionCode: string,
    level: Institution['level'],
    grade: string | null = null,
    parentCode: string | null = null,
  ): string {
    const key = PREFIX[kind] + regionCode;
    const n = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, n);
    const code = key + String(n).padStart(3, '0');
    this.items.push({ code, name, kind, grade, regionCode, level, parentCode });
    return code;
  }
}

function shortPrefectureName(name: string): string {
  return name.endsWith('市') ? name.slice(0, -1) : name;
}

let cache: Institution[] | undefined;

/**
 * The institutions of the demo province (about 1 100): the provincial health commission, cancer
 * centre, registry centre, CDC, QC centre and provincial hospitals; per prefecture the commission, CDC,
 * QC centre and two to four tertiary hospitals in the city districts; per county the commission, the
 * CDC with the county registry (domain guide §1.1: the county CDC hosts the rural registry), two to
 * four hospitals, a screening and early-diagnosis centre and two to four township or community health
 * centres. Names follow real naming patterns; the institutions are synthetic.
 *
 * @returns institutions, province first, then prefectures and counties in code order
 */
export function generateInstitutions(): readonly Institution[] {
  if (cache) return cache;
  const list = new InstitutionList();
  const p = PROVINCE_CODE;
  const commission = list.add('health_commission', '江西省卫生健康委员会', p, 'province');
  list.add('cdc', '江西省疾病预防控制中心', p, 'province', null, commission);
  const cancerHospital = list.add('hospital', '江西省肿瘤医院', '360111', 'province', '三级甲等');
  const centre = list.add('cancer_centre', '江西省癌症中心', p, 'province', null, cancerHospital);
  list.add('registry', '江西省肿瘤登记中心', p, 'province', null, centre);
  list.add('qc_centre', '江西省肿瘤质控中心', p, 'province', null, cancerHospital);
  list.add('hospital', '江西省人民医院', '360102', 'province', '三级甲等');
  list.add('hospital', '南昌大学第一附属医院', '360102', 'province', '三级甲等');
  list.add('hospital', '南昌大学第二附属医院', '360103', 'province', '三级甲等');
  list.add('hospital', '江西省中医院', '360102', 'province', '三级甲等');
  list.add('hospital', '江西省妇幼保健院', '360102', 'province', '三级甲等');
  list.add('screening_site', '江西省肿瘤医院癌症早诊早治中心', '360111', 'province', null, cancerHospital);

  const counties = demoCounties();
  for (const prefecture of regionsUnder(p).filter((r) => r.level === 'prefecture')) {
    const short = shortPrefectureName(prefecture.name);
    const districts = counties.filter((c) => c.prefectureCode === prefecture.code && c.urban);
    const seat = (i: number): string =>
      (districts[i % Math.max(1, districts.length)] ?? districts[0])?.code ?? prefecture.code;
    const prefPopulation = counties
      .filter((c) => c.prefectureCode === prefecture.code)
      .reduce((s, c) => s + c.population2020, 0);
    const pc = list.add(
      'health_commission',
      `${prefecture.name}卫生健康委员会`,
      prefecture.code,
      'prefecture',
    );
    list.add('cdc', `${prefecture.name}疾病预防控制中心`, prefecture.code, 'prefecture', null, pc);
    const first =
      prefecture.code === '360100'
        ? list.add('hospital', '南昌市第一医院', seat(0), 'prefecture', '三级甲等')
        : list.add('hospital', `${short}市人民医院`, seat(0), 'prefecture', '三级甲等');
    list.add(
      'hospital',
      `${short}市第一人民医院`,
      seat(1),
      'prefecture',
      prefPopulation > 3e6 ? '三级甲等' : '三级乙等',
    );
    list.add(
      'hospital',
      `${short}市中医院`,
      seat(0),
      'prefecture',
      prefPopulation > 3e6 ? '三级甲等' : '三级乙等',
    );
    if (prefPopulation > 4e6) list.add('hospital', `${short}市肿瘤医院`, seat(2), 'prefecture', '三级乙等');
    list.add('qc_centre', `${prefecture.name}肿瘤质控中心`, prefecture.code, 'prefecture', null, first);
  }

  for (const county of counties) addCounty(list, county);
  cache = list.items;
  return cache;
}

function addCounty(list: InstitutionList, county: DemoCounty): void {
  const c = county.code;
  const n = county.name;
  const pop = county.population2020;
  const wc = list.add('health_commission', `${n}卫生健康委员会`, c, 'county');
  const cdc = list.add('cdc', `${n}疾病预防控制中心`, c, 'county', null, wc);
  list.add('registry', `${n}肿瘤登记处`, c, 'county', null, cdc);
  const big = pop > 800_000 && !county.urban;
  const people = list.add('hospital', `${n}人民医院`, c, 'county', big ? '三级乙等' : '二级甲等');
  if (!county.urban || pop > 600_000) list.add('hospital', `${n}中医院`, c, 'county', '二级甲等');
  list.add('hospital', `${n}妇幼保健院`, c, 'county', '二级甲等');
  if (!county.urban && pop > 500_000) list.add('hospital', `${n}第二人民医院`, c, 'county', '二级乙等');
  list.add('screening_site', `${n}癌症筛查和早诊早治中心`, c, 'county', null, people);
  const centres = Math.min(TOWNS_PER_COUNTY, pop < 300_000 ? 2 : pop < 700_000 ? 3 : 4);
  for (let i = 0; i < centres; i++) {
    const town = townName(c, i, county.urban);
    const name = county.urban ? `${town.replace(/街道$/, '')}社区卫生服务中心` : `${n}${town}卫生院`;
    list.add('township_health_centre', name, c, 'county', null, wc);
  }
}

/** The institution with this code, or undefined. */
export function findInstitution(code: string): Institution | undefined {
  return generateInstitutions().find((i) => i.code === code);
}

/** Hospitals a county's patients are reported by, nearest first. */
export interface ReportingHospitals {
  /** Hospitals in the county. */
  readonly local: readonly string[];
  /** Tertiary hospitals of the prefecture. */
  readonly prefecture: readonly string[];
  /** Provincial hospitals in Nanchang. */
  readonly province: readonly string[];
  /** The county registry (hosts death-certificate-only registrations). */
  readonly registry: string;
}

let hospitalsByCounty: Map<string, ReportingHospitals> | undefined;

/**
 * Reporting hospitals for each county: its own, its prefecture's tertiary ones and the provincial ones.
 *
 * @param countyCode - six-digit county code
 * @throws Error if the county is not in the demo province
 */
export function reportingHospitals(countyCode: string): ReportingHospitals {
  if (!hospitalsByCounty) {
    const all = generateInstitutions();
    const hospitals = all.filter((i) => i.kind === 'hospital');
    const province = hospitals.filter((h) => h.level === 'province').map((h) => h.code);
    hospitalsByCounty = new Map();
    for (const county of demoCounties()) {
      const registry = all.find((i) => i.kind === 'registry' && i.regionCode === county.code);
      if (!registry) throw new Error(`reportingHospitals: no registry for ${county.code}`);
      hospitalsByCounty.set(county.code, {
        local: hospitals
          .filter((h) => h.level === 'county' && h.regionCode === county.code)
          .map((h) => h.code),
        prefecture: hospitals
          .filter(
            (h) => h.level === 'prefecture' && findRegion(h.regionCode)?.parentCode === county.prefectureCode,
          )
          .map((h) => h.code),
        province,
        registry: registry.code,
      });
    }
  }
  const found = hospitalsByCounty.get(countyCode);
  if (!found) throw new Error(`reportingHospitals: ${countyCode} is not a county of the demo province`);
  return found;
}
