import type { Random } from './random';

// GB 11643-1999 §8.2: weight of position i (1-based from the left) is 2^(18−i) mod 11.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

/**
 * Check character of an 18-character resident identity number (GB 11643-1999, ISO 7064 MOD 11-2).
 *
 * Computed here rather than imported so that the demo does not depend on the order in which
 * `@orca/codes` grows its resident-ID helpers; the codes tests and ours check the same standard.
 *
 * @param first17 - the 17 leading digits
 * @returns `0`…`9` or `X`
 * @throws RangeError if `first17` is not 17 digits
 */
export function checkCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`checkCharacter: expected 17 digits, got ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/**
 * Whether an 18-character ID's last character matches its check character.
 *
 * @param id - candidate ID number
 */
export function hasValidCheckCharacter(id: string): boolean {
  return /^\d{17}[\dX]$/.test(id) && checkCharacter(id.slice(0, 17)) === id[17];
}

/**
 * A well-formed resident ID.
 *
 * @param regionCode - six-digit code of the place of registration
 * @param birthCompact - birth date as `YYYYMMDD`
 * @param sex - 1 male (odd sequence digit), 2 female (even)
 * @param random - generator for the order number
 */
export function makeResidentId(regionCode: string, birthCompact: string, sex: 1 | 2, random: Random): string {
  // Order number 001–999; its last digit is odd for men and even for women (GB 11643 §6.3).
  const order = random.int(500) * 2 + (sex === 1 ? 1 : 0);
  const seq = order === 0 ? 2 : order;
  const first17 = `${regionCode}${birthCompact}${String(seq).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

/**
 * The ID with one of its first 17 digits replaced by another digit — a keying error. A single-digit
 * substitution always breaks the check character: each weight is coprime to 11 and the digit changes
 * by 1…9, so the weighted sum changes by a non-multiple of 11.
 *
 * @param id - a valid 18-character ID
 * @param random - generator for the position and digit
 */
export function withTypo(id: string, random: Random): string {
  const pos = random.int(17);
  const old = id.charCodeAt(pos) - 48;
  const digit = (old + 1 + random.int(9)) % 10;
  return id.slice(0, pos) + String(digit) + id.slice(pos + 1);
}
