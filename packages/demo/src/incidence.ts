import { AGE_GROUPS } from '@orca/codes';
import { type DemoOptions, resolveOptions } from './options';
import { countyPopulationBySingleAge, type DemoCounty, demoCounties, toAgeGroups } from './population';
import { Categorical, Random } from './random';
import { AGE_PROFILES, SITES, type SiteSpec } from './sites';

const GROUPS = AGE_GROUPS.length;
const REFERENCE_YEAR = 2020;

// All-sites crude incidence per 100 000 in 2020 for Jiangxi-like registries: the 2019–2020 provincial
// reports give about 300 (men) and 255 (women) — below the national 2022 estimate (~340/~300).
const CRUDE_2020 = { 1: 300e-5, 2: 255e-5 } as const;

/** A (county, year, sex, age group) cell of the incidence model. */
export interface IncidenceCell {
  readonly county: DemoCounty;
  readonly year: number;
  readonly sex: 1 | 2;
  /** Index 0…18 of the age group. */
  readonly ageGroup: number;
  /** Index of the cell's site distribution (shared by cells with the same year, sex, age and geography). */
  readonly siteSampler: number;
}

function geographyFactor(site: SiteSpec, county: DemoCounty): number {
  const g = site.geography;
  if (!g) return 1;
  return (g.prefecture?.[county.prefectureCode] ?? 1) * (county.urban ? (g.urban ?? 1) : 1);
}

/** Rate level of each site and sex: rate = level × profile[age group] × trend^(year − 2020) × geography. */
function calibrateLevels(): Float64Array {
  const counties = demoCounties();
  const pop = [new Float64Array(GROUPS), new Float64Array(GROUPS)];
  for (const county of counties) {
    const bySex = countyPopulationBySingleAge(county, REFERENCE_YEAR);
    for (const sex of [1, 2] as const) {
      toAgeGroups(bySex[sex - 1]!).forEach((n, g) => {
        pop[sex - 1]![g]! += n;
      });
    }
  }
  const levels = new Float64Array(SITES.length * 2);
  for (const sex of [1, 2] as const) {
    const p = pop[sex - 1]!;
    const total = p.reduce((s, n) => s + n, 0);
    const shareSum = SITES.reduce((s, site) => s + (sex === 1 ? site.share.male : site.share.female), 0);
    SITES.forEach((site, i) => {
      const share = (sex === 1 ? site.share.male : site.share.female) / shareSum;
      const profile = AGE_PROFILES[site.profile];
      let exposure = 0;
      for (let g = 0; g < GROUPS; g++) exposure += profile[g]! * p[g]!;
      levels[i * 2 + sex - 1] = exposure > 0 ? (share * CRUDE_2020[sex] * total) / exposure : 0;
    });
  }
  return levels;
}

/**
 * The incidence model of the demo province over a span of years: a sampler of (county, year, sex,
 * age group) cells proportional to the expected number of cases, and within a cell a sampler of the
 * site. Years before the population window use the first year's population (for the pre-window
 * tumours whose deaths still fall in the window).
 */
export class IncidenceModel {
  /** Expected number of tumours in the span at Jiangxi's real rates. */
  readonly expectedCases: number;
  private readonly cells: IncidenceCell[] = [];
  private readonly cellSampler: Categorical;
  private readonly siteSamplers: Categorical[] = [];

  /**
   * @param firstYear - first diagnosis year
   * @param lastYear - last diagnosis year
   * @param populationFirstYear - first year with its own population; earlier years reuse it
   */
  constructor(
    readonly firstYear: number,
    readonly lastYear: number,
    populationFirstYear = firstYear,
  ) {
    const levels = calibratedLevels();
    const counties = demoCounties();
    // Site rates depend on the county only through its geography (prefecture, urban), so cells with
    // the same year, sex, age group and geography share one site distribution.
    const samplerIndex = new Map<string, { index: number; total: number }>();
    const weights: number[] = [];
    // A fixed ±10 % all-sites factor per county (not seed-dependent: the province is the same place
    // for every seed), standing in for unmeasured local risk.
    const countyFactor = counties.map((_, i) => 0.9 + 0.2 * new Random(0x5eed, 99, i).next());
    counties.forEach((county, ci) => {
      for (let year = firstYear; year <= lastYear; year++) {
        const bySex = countyPopulationBySingleAge(county, Math.max(year, populationFirstYear));
        for (const sex of [1, 2] as const) {
          const pop = toAgeGroups(bySex[sex - 1]!);
          for (let g = 0; g < GROUPS; g++) {
            const key = `${county.prefectureCode}${county.urban ? 'u' : 'r'}${year}${sex}-${g}`;
            let sampler = samplerIndex.get(key);
            if (!sampler) {
              const rates = SITES.map((_, si) => siteRate(levels, si, sex, g, year, county));
              const total = rates.reduce((s, r) => s + r, 0);
              sampler = { index: this.siteSamplers.length, total };
              // An age group without any case (none here) would get a dummy sampler never drawn.
              this.siteSamplers.push(new Categorical(total > 0 ? rates : [1]));
              samplerIndex.set(key, sampler);
            }
            this.cells.push({ county, year, sex, ageGroup: g, siteSampler: sampler.index });
            weights.push(pop[g]! * sampler.total * countyFactor[ci]!);
          }
        }
      }
    });
    this.cellSampler = new Categorical(weights);
    this.expectedCases = this.cellSampler.total;
  }

  /**
   * Draws a cell with probability proportional to its expected cases.
   *
   * @param random - generator
   */
  drawCell(random: Random): IncidenceCell {
    return this.cells[this.cellSampler.draw(random)]!;
  }

  /**
   * Draws the site of a tumour in a cell.
   *
   * @param cell - the cell
   * @param random - generator
   */
  drawSite(cell: IncidenceCell, random: Random): SiteSpec {
    return SITES[this.siteSamplers[cell.siteSampler]!.draw(random)]!;
  }
}

function siteRate(
  levels: Float64Array,
  si: number,
  sex: 1 | 2,
  ageGroup: number,
  year: number,
  county: DemoCounty,
): number {
  const site = SITES[si]!;
  return (
    levels[si * 2 + sex - 1]! *
    AGE_PROFILES[site.profile][ageGroup]! *
    site.trend ** (year - REFERENCE_YEAR) *
    geographyFactor(site, county)
  );
}

let levelCache: Float64Array | undefined;
function calibratedLevels(): Float64Array {
  levelCache ??= calibrateLevels();
  return levelCache;
}

/**
 * Number of tumours the rate model expects for Jiangxi's population in a span of years — what
 * `cases: 'realistic'` generates.
 *
 * @param firstYear - first diagnosis year
 * @param lastYear - last diagnosis year
 */
export function expectedCaseCount(firstYear: number, lastYear: number): number {
  return Math.round(new IncidenceModel(firstYear, lastYear).expectedCases);
}

/**
 * Multiplier that makes the population match the requested number of tumours: 100 000 tumours on
 * Jiangxi's real 45 million people would give rates ~13 times too low, so the default demo is a
 * proportional sample of the province (every county, age structure and trend kept, counts scaled)
 * and every rate, map and report it produces is realistic. `cases: 'realistic'` keeps scale 1.
 *
 * @param options - the demo options
 * @returns requested tumours ÷ the rate model's expectation for the real population, or 1
 */
export function populationScale(options: DemoOptions = {}): number {
  const resolved = resolveOptions(options);
  if (resolved.cases === null) return 1;
  return resolved.cases / expectedCaseCount(resolved.firstYear, resolved.lastYear);
}
