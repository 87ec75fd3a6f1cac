import { isRealDate } from '../shared/iso-date';

/** Why a resident identity number is malformed (style.md §4); checked in this order. */
export type ResidentIdProblem = 'length' | 'characters' | 'check_digit' | 'birth_date' | 'region';

/** Sex as coded in GB/T 2261.1: 1 male, 2 female. */
export type ResidentIdSex = 1 | 2;

/** A disagreement between an ID number and the record that carries it (domain guide §2.3). */
export type ResidentIdMismatch = 'sex' | 'birth_date';

// Weight of position i is 2^(17-i) mod 11 (ISO 7064:1983 MOD 11-2, GB 11643-1999 §6).
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
// Indexed by the weighted sum mod 11: r = 0 → '1', 1 → '0', 2 → 'X', 3 → '9', … 10 → '2'.
const CHECK_CHARACTERS = '10X98765432';

// First two digits of the address code: the 31 mainland provinces (GB/T 2260, incl. 46 Hainan
// since 1988 and 50 Chongqing since 1997), 71 Taiwan, 81/82 residence permits of Hong Kong and
// Macao residents, 83 Taiwan residents' permit, 91 the 2023 foreigners' permanent-residence card.
// The last four are [U] in the domain guide; they are accepted so that valid permits are not flagged.
const KNOWN_PROVINCE_PREFIXES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
  '91',
]);

// Ids record people alive in the registry era; 1880 births appear in the standard's own examples.
const EARLIEST_BIRTH_YEAR = 1800;

/**
 * Canonical form of a typed ID number: surrounding and inner spaces removed, full-width digits and
 * letters turned to ASCII, lower-case `x` upper-cased. Nothing else is changed, so a wrong number
 * stays wrong (and visible) after normalisation.
 *
 * @param raw - the ID as entered or imported
 * @returns the normalised string (possibly still malformed)
 */
export function normaliseResidentId(raw: string): string {
  return raw
    .normalize('NFKC') // full-width ０-９ and ｘ/Ｘ → ASCII; ideographic space → space
    .replace(/[\s-]/g, '')
    .toUpperCase();
}

/**
 * The ISO 7064 MOD 11-2 check character for the first 17 characters of an 18-character ID.
 *
 * @param first17 - 17 ASCII digits
 * @returns '0'–'9' or 'X'
 * @throws RangeError when `first17` is not 17 digits
 */
export function checkCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError(`checkCharacter: expected 17 digits, got ${JSON.stringify(first17)}`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

/**
 * Why an 18-character resident ID (GB 11643-1999) is malformed, or null if it is well formed.
 * Validation levels follow the domain guide §2.3: format, check character, birth date (a real date,
 * not after `today`), address prefix a known province. The input is normalised first. Fifteen-digit
 * numbers report 'length'; upgrade them with {@link upgradeResidentId15}.
 *
 * @param raw - the ID as entered
 * @param today - optional `YYYY-MM-DD`; a birth date after it is a 'birth_date' problem
 * @returns the first problem found, or null
 */
export function residentIdProblem(raw: string, today?: string): ResidentIdProblem | null {
  const id = normaliseResidentId(raw);
  if (id.length !== 18) return 'length';
  if (!/^\d{17}[\dX]$/.test(id)) return 'characters';
  if (id[17] !== checkCharacter(id.slice(0, 17))) return 'check_digit';
  const birth = id.slice(6, 14);
  const year = Number(birth.slice(0, 4));
  if (year < EARLIEST_BIRTH_YEAR || !isRealDate(year, Number(birth.slice(4, 6)), Number(birth.slice(6, 8)))) {
    return 'birth_date';
  }
  if (today !== undefined && `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}` > today) {
    return 'birth_date';
  }
  return KNOWN_PROVINCE_PREFIXES.has(id.slice(0, 2)) ? null : 'region';
}

/**
 * Whether an ID is well formed (no {@link residentIdProblem}).
 *
 * @param raw - the ID as entered
 * @param today - optional `YYYY-MM-DD` bound for the birth date
 * @returns true when well formed
 */
export function isValidResidentId(raw: string, today?: string): boolean {
  return residentIdProblem(raw, today) === null;
}

/**
 * Upgrade an old 15-digit number (GB 11643-1989 layout: 6 address + YYMMDD + 3 sequence, no check
 * character) to 18 characters by inserting `19` before the year and appending the check character.
 * These numbers were issued before 1999–2000, to people born in the 1900s.
 *
 * @param raw - a 15-digit ID (normalised first)
 * @returns the 18-character ID, or null when `raw` is not 15 digits
 */
export function upgradeResidentId15(raw: string): string | null {
  const id = normaliseResidentId(raw);
  if (!/^\d{15}$/.test(id)) return null;
  const first17 = `${id.slice(0, 6)}19${id.slice(6)}`;
  return first17 + checkCharacter(first17);
}

/**
 * The birth date embedded in an ID (positions 7–14, or 7–12 of a 15-digit ID, read as 19YY).
 *
 * @param raw - an 18- or 15-character ID
 * @returns `YYYY-MM-DD`, or null when the ID has no real date where the date belongs
 */
export function residentIdBirthDate(raw: string): string | null {
  const id = normaliseResidentId(raw);
  let ymd: string;
  if (/^\d{17}[\dX]$/.test(id)) ymd = id.slice(6, 14);
  else if (/^\d{15}$/.test(id)) ymd = `19${id.slice(6, 12)}`;
  else return null;
  const [y, m, d] = [Number(ymd.slice(0, 4)), Number(ymd.slice(4, 6)), Number(ymd.slice(6, 8))];
  return isRealDate(y, m, d) ? `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}` : null;
}

/**
 * Sex encoded in the ID: the last digit of the sequence number (17th of 18, 15th of 15) is odd for
 * men and even for women (GB 11643-1999 §5.3).
 *
 * @param raw - an 18- or 15-character ID
 * @returns 1 male, 2 female (GB/T 2261.1), or null when the ID is not of either layout
 */
export function residentIdSex(raw: string): ResidentIdSex | null {
  const id = normaliseResidentId(raw);
  let digit: string | undefined;
  if (/^\d{17}[\dX]$/.test(id)) digit = id[16];
  else if (/^\d{15}$/.test(id)) digit = id[14];
  if (digit === undefined) return null;
  return Number(digit) % 2 === 1 ? 1 : 2;
}

/**
 * Compare an ID with the sex and birth date recorded beside it. Unknown values (sex 0/9, missing
 * date, or an ID that does not encode them) are not mismatches: the check lowers linkage weight on
 * a real disagreement only (domain guide §2.3).
 *
 * @param raw - the ID number
 * @param record - the record's sex (GB/T 2261.1) and birth date (`YYYY-MM-DD`)
 * @returns the fields that disagree; empty when consistent
 */
export function residentIdConsistency(
  raw: string,
  record: { readonly sex?: number | null; readonly birthDate?: string | null },
): ResidentIdMismatch[] {
  const out: ResidentIdMismatch[] = [];
  const sex = residentIdSex(raw);
  if (sex !== null && (record.sex === 1 || record.sex === 2) && record.sex !== sex) out.push('sex');
  const birth = residentIdBirthDate(raw);
  if (birth !== null && record.birthDate && record.birthDate !== birth) out.push('birth_date');
  return out;
}
