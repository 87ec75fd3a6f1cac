/**
 * Screen masks for identifiers (domain guide §7: mask on screen; the server's presenters call these).
 */

/**
 * Mask an ID number, keeping the first 4 and the last 4 characters: `3601**********123X`.
 * Strings of 8 characters or fewer are masked entirely, since keeping 8 would reveal all of them.
 *
 * @param id - the ID number (not normalised here; pass the stored form)
 * @returns the masked string, same length as the input
 */
export function maskResidentId(id: string): string {
  const chars = Array.from(id);
  if (chars.length <= 8) return '*'.repeat(chars.length);
  return chars.slice(0, 4).join('') + '*'.repeat(chars.length - 8) + chars.slice(-4).join('');
}

/**
 * Mask a personal name, keeping the first and the last character: 张*华, 欧**华; a two-character name
 * keeps only the first (张*), a one-character name is fully masked. Characters outside the BMP are
 * counted as one.
 *
 * @param name - the name as stored
 * @returns the masked name, same number of characters
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return '*'.repeat(chars.length);
  if (chars.length === 2) return `${chars[0]}*`;
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}
