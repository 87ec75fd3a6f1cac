/** Key of a built-in standard population. */
export type StandardPopulationKey = 'china2000' | 'segi' | 'who2000';

/** A standard population over the 19 age groups 0, 1-4, 5-9, …, 80-84, 85+ (methods.md §1). */
export interface StandardPopulation {
  readonly key: StandardPopulationKey;
  /** Label for tables and charts: zh-CN first, English after the slash. */
  readonly label: string;
  /** Where the numbers come from. */
  readonly source: string;
  /** 19 counts (or per-100 000 / per-million figures), in age-group order; they need not sum to 1. */
  readonly population: readonly number[];
}

// 2000 年中国标准人口: fifth national census, 1 Nov 2000, 31 mainland provinces. methods.md §1 table;
// canregtools data-raw/std_pop.R column cn2000. Sums to the census total 1 242 612 226.
const CHINA_2000 = [
  13_793_799, 55_184_575, 90_152_587, 125_396_633, 103_031_165, 94_573_174, 117_602_265, 127_314_298,
  109_147_295, 81_242_945, 85_521_045, 63_304_200, 46_370_375, 41_703_848, 34_780_460, 25_574_149, 15_928_330,
  7_989_158, 4_001_925,
] as const;

// 世界标准人口 (Segi 1960, as modified by Doll et al. 1966, CI5 vol. I), per 100 000.
const SEGI_1960 = [
  2_400, 9_600, 10_000, 9_000, 9_000, 8_000, 8_000, 6_000, 6_000, 6_000, 6_000, 5_000, 4_000, 4_000, 3_000,
  2_000, 1_000, 500, 500,
] as const;

// WHO world standard 2000–2025 (Ahmad et al., GPE Discussion Paper 31, 2001) as the per-million
// figures SEER*Stat ships as "World (WHO 2000-2025) Std Million (19 age groups)" (standard 010).
// The WHO table itself only gives 0-4 = 8.86 %; the 0 / 1-4 split is SEER's single-age standard
// (ages 0, 1, 2, 3, 4 = 17 917, 17 802, 17 701, 17 613, 17 536), as transcribed in canregtools
// data-raw/std_pop.R (`wld2000`, ages 0…84 and 85+ = 6 348), summed here into the 19 groups.
// 0-4 = 88 569 and 5-9 … 80-84 agree with WHO's percentages × 10 000 (8.69 % → 86 870, …).
const WHO_2000 = [
  17_917, 70_652, 86_870, 85_970, 84_670, 82_171, 79_272, 76_073, 71_475, 65_877, 60_379, 53_681, 45_484,
  37_187, 29_590, 22_092, 15_195, 9_097, 6_348,
] as const;

/** The built-in standard populations, keyed as in `orca stats rates --standard`. */
export const STANDARD_POPULATIONS: Readonly<Record<StandardPopulationKey, StandardPopulation>> = {
  china2000: {
    key: 'china2000',
    label: '2000年中国标准人口 / China 2000 standard population',
    source:
      'Fifth national census of China, 1 Nov 2000 (31 mainland provinces), counts by age group; ' +
      'R package canregtools data-raw/std_pop.R column cn2000; total 1 242 612 226',
    population: CHINA_2000,
  },
  segi: {
    key: 'segi',
    label: 'Segi世界标准人口 / Segi 1960 world standard population',
    source:
      'Segi M. Cancer mortality for selected sites in 24 countries (1950-57), 1960; as modified by ' +
      'Doll R et al., Cancer Incidence in Five Continents vol. I, 1966; per 100 000',
    population: SEGI_1960,
  },
  who2000: {
    key: 'who2000',
    label: 'WHO世界标准人口(2000–2025) / WHO world standard population 2000–2025',
    source:
      'Ahmad OB et al. Age standardization of rates: a new WHO standard. GPE Discussion Paper 31, ' +
      'WHO 2001; per million as SEER*Stat "World (WHO 2000-2025) Std Million (19 age groups)", ' +
      'seer.cancer.gov/stdpopulations',
    population: WHO_2000,
  },
};

/** Whether a string names a built-in standard population. */
export function isStandardPopulationKey(key: string): key is StandardPopulationKey {
  return key === 'china2000' || key === 'segi' || key === 'who2000';
}

/**
 * The 19 weights wᵢ = Sᵢ / ΣS of a standard population (methods.md §1: all 19 groups, never
 * renormalised over the groups a data set happens to have).
 *
 * @param key - `china2000`, `segi` or `who2000`.
 * @returns 19 proportions summing to 1 (to rounding).
 * @throws RangeError when the key is not a built-in standard.
 * @example standardWeights('segi')[0] // 0.024
 */
export function standardWeights(key: StandardPopulationKey): number[] {
  const standard = isStandardPopulationKey(key) ? STANDARD_POPULATIONS[key] : undefined;
  if (!standard) throw new RangeError(`standardWeights: unknown standard population "${String(key)}"`);
  let total = 0;
  for (const s of standard.population) total += s;
  return standard.population.map((s) => s / total);
}
