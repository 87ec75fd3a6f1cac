import {
  findRegion,
  icd10Category,
  normaliseName,
  normaliseResidentId,
  upgradeResidentId15,
} from '@orca/codes';
import { pinyin } from 'pinyin-pro';
import { isAdjacentTransposition, isOneSubstitution, jaroWinkler } from '../comparisons/string-similarity';
import { defineComparison } from '../core/comparison';
import type { Comparison } from '../core/types';
import type { RegistryRecord } from './registry-record';

/** A name prepared for matching: normalised characters, toneless pinyin syllables and surname. */
export interface PreparedName {
  readonly text: string;
  /** Toneless pinyin, syllables joined by spaces (`li na`); ü written v. */
  readonly pinyin: string;
  readonly surnamePinyin: string;
}

/**
 * A name-preparing function with its own cache (the same names recur across reports): pinyin-pro in
 * surname mode reads polyphonic surnames right (单 shan, 曾 zeng), toneless so that 伟/玮/炜 agree.
 *
 * @returns prepare(name) → the prepared name, or null for an empty name
 */
export function namePreparer(): (raw: string | null | undefined) => PreparedName | null {
  const cache = new Map<string, PreparedName>();
  return (raw) => {
    if (raw === null || raw === undefined) return null;
    const text = normaliseName(raw);
    if (text === '') return null;
    let p = cache.get(text);
    if (!p) {
      const syllables = pinyin(text, { toneType: 'none', type: 'array', surname: 'head', v: true });
      p = {
        text,
        pinyin: syllables.join(' ').toLowerCase(),
        surnamePinyin: (syllables[0] ?? '').toLowerCase(),
      };
      cache.set(text, p);
    }
    return p;
  };
}

/**
 * The canonical resident ID for matching: normalised, 15-digit numbers upgraded; null if empty.
 *
 * @param raw - the ID as recorded
 * @returns the ID to compare
 */
export function matchingResidentId(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const id = normaliseResidentId(raw);
  if (id === '') return null;
  return id.length === 15 ? (upgradeResidentId15(id) ?? id) : id;
}

/** Resident ID: exact / one digit off / adjacent transposition / different (domain guide §2.3). */
export function residentIdComparison(): Comparison<RegistryRecord> {
  return defineComparison<RegistryRecord, string>({
    name: 'residentId',
    levels: ['exact', 'one digit off', 'adjacent transposition', 'different'],
    prepare: (r) => matchingResidentId(r.residentId),
    compare: (a, b) => {
      if (a === b) return 0;
      if (isOneSubstitution(a, b)) return 1;
      if (isAdjacentTransposition(a, b)) return 2;
      return 3;
    },
  });
}

/**
 * Chinese name: exact / homophone (same toneless pinyin: 王伟–王玮, 李娜–李纳) / similar pinyin
 * (Jaro–Winkler ≥ `similar`, e.g. 刘敏–刘明) / different. Exact and homophone levels are adjusted by
 * the frequency of the pinyin name, so a shared 王伟 counts less than a shared rare name.
 *
 * @param prepare - a name preparer (shared cache)
 * @param similar - JW cut-off on pinyin strings (default 0.9)
 * @returns the comparison
 */
export function chineseNameComparison(
  prepare: (raw: string | null | undefined) => PreparedName | null = namePreparer(),
  similar = 0.9,
): Comparison<RegistryRecord> {
  return defineComparison<RegistryRecord, PreparedName>({
    name: 'name',
    levels: ['exact', 'homophone', 'similar pinyin', 'different'],
    prepare: (r) => prepare(r.name),
    compare: (a, b) => {
      if (a.text === b.text) return 0;
      if (a.pinyin === b.pinyin) return 1;
      return jaroWinkler(a.pinyin, b.pinyin) >= similar ? 2 : 3;
    },
    tfKey: (v) => v.pinyin,
    tfLevels: [0, 1],
  });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Birth date: exact / day and month swapped / year ±1 (same day and month) / different. */
export function birthDateComparison(): Comparison<RegistryRecord> {
  return defineComparison<RegistryRecord, readonly [number, number, number]>({
    name: 'birthDate',
    levels: ['exact', 'day–month swapped', 'year ±1', 'different'],
    prepare: (r) => {
      const m = ISO_DATE.exec(r.birthDate ?? '');
      return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
    },
    compare: ([y1, m1, d1], [y2, m2, d2]) => {
      if (y1 === y2 && m1 === m2 && d1 === d2) return 0;
      if (y1 === y2 && m1 === d2 && d1 === m2) return 1;
      if (Math.abs(y1 - y2) === 1 && m1 === m2 && d1 === d2) return 2;
      return 3;
    },
  });
}

/** Sex: same / different. */
export function sexComparison(): Comparison<RegistryRecord> {
  return defineComparison<RegistryRecord, number>({
    name: 'sex',
    levels: ['same', 'different'],
    prepare: (r) => r.sex ?? null,
    compare: (a, b) => (a === b ? 0 : 1),
  });
}

/** Region of residence: same county / same prefecture (via GB/T 2260 parent) / other. */
export function regionComparison(): Comparison<RegistryRecord> {
  return defineComparison<RegistryRecord, readonly [string, string | null]>({
    name: 'region',
    levels: ['same county', 'same prefecture', 'other'],
    prepare: (r) => (r.regionCode ? [r.regionCode, findRegion(r.regionCode)?.parentCode ?? null] : null),
    compare: (a, b) => {
      if (a[0] === b[0]) return 0;
      return a[1] !== null && a[1] === b[1] ? 1 : 2;
    },
  });
}

/** Tumour site (or cause of death against tumour site): same ICD-10 category / other. */
export function siteComparison(): Comparison<RegistryRecord> {
  return defineComparison<RegistryRecord, string>({
    name: 'site',
    levels: ['same ICD-10 category', 'other'],
    prepare: (r) => (r.icd10 ? icd10Category(r.icd10) : null),
    compare: (a, b) => (a === b ? 0 : 1),
  });
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date, or null (calendar arithmetic only, no clock). */
export function isoDay(date: string | null | undefined): number | null {
  const m = ISO_DATE.exec(date ?? '');
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : Math.round(t / DAY_MS);
}

/** Diagnosis dates of two reports: within 30 days / within a year / further apart. */
export function diagnosisDateComparison(): Comparison<RegistryRecord> {
  return defineComparison<RegistryRecord, number>({
    name: 'diagnosisDate',
    levels: ['within 30 days', 'within 365 days', 'further apart'],
    prepare: (r) => isoDay(r.eventDate),
    compare: (a, b) => {
      const d = Math.abs(a - b);
      return d <= 30 ? 0 : d <= 365 ? 1 : 2;
    },
  });
}

/**
 * Diagnosis (left, the person's report) against death (right): death within 5 years after diagnosis /
 * later / death more than 30 days before the diagnosis (impossible unless a date is wrong; 30 days
 * allow for late diagnosis dates taken from pathology).
 */
export function deathAfterDiagnosisComparison(): Comparison<RegistryRecord> {
  return defineComparison<RegistryRecord, number>({
    name: 'deathDate',
    levels: ['within 5 years after diagnosis', 'later', 'before diagnosis'],
    prepare: (r) => isoDay(r.eventDate),
    // Not symmetric: in link mode the person (side 0) is always the left record, the death the right.
    compare: (diagnosis, death) => {
      const d = death - diagnosis;
      if (d < -30) return 2;
      return d <= 5 * 365 ? 0 : 1;
    },
  });
}
