import { normaliseTopography } from '../icdo3/topography';

// IARC/IACR 2004 rule 3: groups of ICD-O-3 topography codes counted as a single organ (domain guide
// §2.9). Any other site is its own three-character topography code.
const SITE_GROUPS: readonly (readonly string[])[] = [
  ['C01', 'C02'],
  ['C00', 'C03', 'C04', 'C05', 'C06'],
  ['C09', 'C10', 'C12', 'C13', 'C14'],
  ['C19', 'C20'],
  ['C23', 'C24'],
  ['C33', 'C34'],
  ['C40', 'C41'],
  ['C65', 'C66', 'C67', 'C68'],
];

const groupOf = new Map<string, string>();
for (const group of SITE_GROUPS) for (const code of group) groupOf.set(code, group.join(','));

/** The topography groups counted as one organ by IARC/IACR rule 3. */
export const MULTIPLE_PRIMARY_SITE_GROUPS: readonly (readonly string[])[] = SITE_GROUPS;

/**
 * The organ key of a topography for multiple-primary rule 3: the three-character code, or the joined
 * group (`C33,C34`) when the code belongs to one of the IARC groups. Two tumours with the same key are
 * in the same organ.
 *
 * @param topography - ICD-O-3 topography as written (`C34.1`, `c341`, `C34`)
 * @returns the organ key, or null when the topography is unparsable
 */
export function multiplePrimarySiteOf(topography: string): string | null {
  const code = normaliseTopography(topography);
  if (code === null) return null;
  const heading = code.slice(0, 3);
  return groupOf.get(heading) ?? heading;
}
