import { exactComparison, jaroWinklerComparison, keyingErrorComparison } from '../comparisons/generic';
import type { BlockingRule, LinkageSettings } from '../core/types';

/** A CSV row of a public benchmark set. */
export type CsvRow = Readonly<Record<string, string>>;

const field = (name: string) => (r: CsvRow) => r[name] ?? '';

/** Block key from several fields; null when any is empty (a missing value must not form a block). */
function keyOf(...names: string[]): (r: CsvRow) => string | null {
  return (r) => {
    const parts: string[] = [];
    for (const n of names) {
      const v = (r[n] ?? '').trim().toLowerCase();
      if (v === '') return null;
      parts.push(v);
    }
    return parts.join('|');
  };
}

/** Block key from prefixes of fields (lower case); null when any field is empty. */
function prefixKey(...parts: [string, number][]): (r: CsvRow) => string | null {
  return (r) => {
    const out: string[] = [];
    for (const [n, len] of parts) {
      const v = (r[n] ?? '').trim().toLowerCase();
      if (v === '') return null;
      out.push(v.slice(0, len));
    }
    return out.join('|');
  };
}

function rule(name: string, key: (r: CsvRow) => string | null): BlockingRule<CsvRow> {
  return { name, key };
}

/**
 * Settings for the FEBRL 1–4 sets (Christen's generator: Australian names and addresses).
 *
 * @param thresholds - link and review weights
 * @returns settings keyed on `rec_id`
 */
export function febrlSettings(thresholds = { link: 0, review: -6 }): LinkageSettings<CsvRow> {
  return {
    recordId: field('rec_id'),
    comparisons: [
      jaroWinklerComparison('given_name', field('given_name'), [0.92, 0.8], { termFrequency: true }),
      jaroWinklerComparison('surname', field('surname'), [0.92, 0.8], { termFrequency: true }),
      keyingErrorComparison('date_of_birth', field('date_of_birth')),
      keyingErrorComparison('soc_sec_id', field('soc_sec_id')),
      exactComparison('street_number', field('street_number')),
      jaroWinklerComparison('address_1', field('address_1'), [0.9, 0.8]),
      jaroWinklerComparison('suburb', field('suburb'), [0.92, 0.8], { termFrequency: true }),
      keyingErrorComparison('postcode', field('postcode')),
      exactComparison('state', field('state')),
    ],
    blocking: [
      rule('soc_sec_id', keyOf('soc_sec_id')),
      rule('date_of_birth', keyOf('date_of_birth')),
      rule('given_name+surname', keyOf('given_name', 'surname')),
      rule('surname+postcode', keyOf('surname', 'postcode')),
      rule('given_name+postcode', keyOf('given_name', 'postcode')),
      rule('surname+suburb', keyOf('surname', 'suburb')),
      rule('given_name+suburb', keyOf('given_name', 'suburb')),
      rule('address_1+street_number', keyOf('address_1', 'street_number')),
    ],
    thresholds,
  };
}

/**
 * Settings for RLdata500/10000 (RecordLinkage package: German names, birth year/month/day).
 *
 * @param thresholds - link and review weights
 * @returns settings keyed on `rec_id`
 */
export function rlDataSettings(thresholds = { link: 0, review: -6 }): LinkageSettings<CsvRow> {
  return {
    recordId: field('rec_id'),
    comparisons: [
      jaroWinklerComparison('fname_c1', field('fname_c1'), [0.92, 0.8], { termFrequency: true }),
      jaroWinklerComparison('lname_c1', field('lname_c1'), [0.92, 0.8], { termFrequency: true }),
      jaroWinklerComparison('fname_c2', field('fname_c2'), [0.92]),
      jaroWinklerComparison('lname_c2', field('lname_c2'), [0.92]),
      exactComparison('by', field('by')),
      exactComparison('bm', field('bm')),
      exactComparison('bd', field('bd')),
    ],
    blocking: [
      rule('fname+lname', keyOf('fname_c1', 'lname_c1')),
      rule('fname+by', keyOf('fname_c1', 'by')),
      rule('lname+by', keyOf('lname_c1', 'by')),
      rule('by+bm+bd', keyOf('by', 'bm', 'bd')),
      rule('fname+bm+bd', keyOf('fname_c1', 'bm', 'bd')),
      rule('lname+bm+bd', keyOf('lname_c1', 'bm', 'bd')),
    ],
    thresholds,
  };
}

/**
 * Settings for Splink's fake_1000 (UK names, dob, city, e-mail; typos and nicknames).
 *
 * @param thresholds - link and review weights
 * @returns settings keyed on `unique_id`
 */
export function fake1000Settings(thresholds = { link: -2, review: -8 }): LinkageSettings<CsvRow> {
  return {
    recordId: field('unique_id'),
    comparisons: [
      jaroWinklerComparison('first_name', field('first_name'), [0.92, 0.8], { termFrequency: true }),
      jaroWinklerComparison('surname', field('surname'), [0.92, 0.8], { termFrequency: true }),
      keyingErrorComparison('dob', field('dob')),
      exactComparison('city', field('city'), { termFrequency: true }),
      jaroWinklerComparison('email', field('email'), [0.88]),
    ],
    blocking: [
      rule('first_name+surname', keyOf('first_name', 'surname')),
      rule('dob', keyOf('dob')),
      rule('email', keyOf('email')),
      rule('surname+city', keyOf('surname', 'city')),
      rule('first_name+city', keyOf('first_name', 'city')),
      rule('first_name+dob_year', prefixKey(['first_name', 99], ['dob', 4])),
      rule('surname+dob_year', prefixKey(['surname', 99], ['dob', 4])),
      rule('name_prefixes', prefixKey(['first_name', 3], ['surname', 3])),
      rule('surname_prefix+dob_month', prefixKey(['surname', 2], ['dob', 7])),
      rule('first_name_prefix+dob_month', prefixKey(['first_name', 2], ['dob', 7])),
    ],
    thresholds,
  };
}
