// Middle dots typed in minority and foreign names (买买提·艾力): Katakana middle dot, bullet,
// hyphenation point, one-dot leader, full stop variants — all meant as U+00B7.
const NAME_DOTS = /[・•‧․∙⋅．.]/g;

/**
 * Normalised form of a personal name for matching (domain guide §2.2): Unicode NFKC (full-width
 * letters and digits to half-width, compatibility forms folded), all white space removed (including
 * the ideographic space), the various middle dots unified to `·`, Latin letters upper-cased.
 * Traditional → simplified conversion is not done here (it needs a character table).
 *
 * @param raw - the name as entered
 * @returns the matching form; the name as entered must be stored too
 */
export function normaliseName(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').replace(NAME_DOTS, '·').toUpperCase();
}
