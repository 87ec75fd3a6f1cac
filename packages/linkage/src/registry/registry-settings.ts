import { isValidResidentId } from '@orca/codes';
import type { BlockingRule, LinkageSettings, Thresholds } from '../core/types';
import {
  birthDateComparison,
  chineseNameComparison,
  deathAfterDiagnosisComparison,
  diagnosisDateComparison,
  matchingResidentId,
  namePreparer,
  regionComparison,
  residentIdComparison,
  sexComparison,
  siteComparison,
} from './registry-comparisons';
import type { RegistryRecord } from './registry-record';

/**
 * Blocking passes of the registry (domain guide §2.8): ID; pinyin name + birth year; birth date + sex
 * + county; exact name + sex; surname pinyin + birth date. Each pass finds pairs the others miss: a
 * missing or mistyped ID, a homophone, a swapped day and month, a moved county.
 *
 * @param prepareName - the name preparer shared with the name comparison (one pinyin cache)
 * @returns the rules, strongest first
 */
export function registryBlockingRules(
  prepareName: ReturnType<typeof namePreparer> = namePreparer(),
): BlockingRule<RegistryRecord>[] {
  const year = (r: RegistryRecord) =>
    r.birthDate && r.birthDate.length >= 4 ? r.birthDate.slice(0, 4) : null;
  return [
    { name: 'residentId', key: (r) => matchingResidentId(r.residentId), comparisons: ['residentId'] },
    {
      name: 'pinyin+birthYear',
      key: (r) => {
        const n = prepareName(r.name);
        const y = year(r);
        return n && y ? `${n.pinyin}|${y}` : null;
      },
      comparisons: ['name'],
    },
    {
      name: 'birthDate+sex+county',
      key: (r) => (r.birthDate && r.sex && r.regionCode ? `${r.birthDate}|${r.sex}|${r.regionCode}` : null),
      comparisons: ['birthDate', 'sex', 'region'],
    },
    {
      name: 'name+sex',
      key: (r) => {
        const n = prepareName(r.name);
        return n && r.sex ? `${n.text}|${r.sex}` : null;
      },
      comparisons: ['name', 'sex'],
    },
    {
      name: 'surnamePinyin+birthDate',
      key: (r) => {
        const n = prepareName(r.name);
        return n && r.birthDate ? `${n.surnamePinyin}|${r.birthDate}` : null;
      },
      comparisons: ['birthDate'],
    },
  ];
}

/** Options of the registry settings. */
export interface RegistrySettingsOptions {
  readonly thresholds?: Thresholds;
  readonly seed?: number;
}

/** Valid resident IDs are the conflict key: two valid IDs are two people (see clusterLinks). */
function validId(r: RegistryRecord): string | null {
  const id = matchingResidentId(r.residentId);
  return id !== null && isValidResidentId(id) ? id : null;
}

/**
 * Settings to deduplicate tumour reports into persons: resident ID, name (pinyin), birth date, sex,
 * region, tumour site and diagnosis date, with the registry blocking passes and valid-ID conflicts.
 *
 * @param options - thresholds (default link ≥ 6 bits, review ≥ −4 bits) and seed
 * @returns the settings for `dedupe`
 */
export function registryDedupeSettings(
  options: RegistrySettingsOptions = {},
): LinkageSettings<RegistryRecord> {
  const prepareName = namePreparer();
  return {
    recordId: (r) => r.id,
    comparisons: [
      residentIdComparison(),
      chineseNameComparison(prepareName),
      birthDateComparison(),
      sexComparison(),
      regionComparison(),
      siteComparison(),
      diagnosisDateComparison(),
    ],
    blocking: registryBlockingRules(prepareName),
    thresholds: options.thresholds ?? { link: 6, review: -4 },
    conflictKey: validId,
    seed: options.seed ?? 1,
  };
}

/**
 * Settings to link death certificates (right) to registered persons' reports (left): the dedupe
 * fields, with cause of death against tumour site and death date against diagnosis date.
 *
 * @param options - thresholds (default link ≥ 6 bits, review ≥ −4 bits) and seed
 * @returns the settings for `linkDeaths`
 */
export function deathLinkageSettings(options: RegistrySettingsOptions = {}): LinkageSettings<RegistryRecord> {
  const prepareName = namePreparer();
  return {
    recordId: (r) => r.id,
    comparisons: [
      residentIdComparison(),
      chineseNameComparison(prepareName),
      birthDateComparison(),
      sexComparison(),
      regionComparison(),
      siteComparison(),
      deathAfterDiagnosisComparison(),
    ],
    blocking: registryBlockingRules(prepareName),
    thresholds: options.thresholds ?? { link: 6, review: -4 },
    conflictKey: validId,
    seed: options.seed ?? 1,
  };
}
