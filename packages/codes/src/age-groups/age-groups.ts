/** One of the 19 age groups of Chinese and IARC registry reports (domain guide §2.13). */
export interface AgeGroup {
  /** Label as in population.csv: `0`, `1-4`, …, `80-84`, `85+`. */
  readonly label: string;
  readonly lowerYears: number;
  /** Width in years; null for the open group 85+ (never used in cumulative rates). */
  readonly widthYears: number | null;
}

function buildAgeGroups(): AgeGroup[] {
  const groups: AgeGroup[] = [
    { label: '0', lowerYears: 0, widthYears: 1 },
    { label: '1-4', lowerYears: 1, widthYears: 4 },
  ];
  for (let lower = 5; lower < 85; lower += 5) {
    groups.push({ label: `${lower}-${lower + 4}`, lowerYears: lower, widthYears: 5 });
  }
  groups.push({ label: '85+', lowerYears: 85, widthYears: null });
  return groups;
}

/** The 19 groups 0, 1-4, 5-9, …, 80-84, 85+ in order. */
export const AGE_GROUPS: readonly AgeGroup[] = buildAgeGroups();

/** Index 0…18 of the group holding this age in completed years; ages ≥ 85 (even ≥ 100) are 85+. */
export function ageGroupIndex(ageYears: number): number {
  if (!Number.isInteger(ageYears) || ageYears < 0) {
    throw new RangeError(`ageGroupIndex: age must be a whole number ≥ 0, got ${ageYears}`);
  }
  if (ageYears === 0) return 0;
  if (ageYears < 5) return 1;
  return Math.min(18, Math.floor(ageYears / 5) + 1);
}

/** Index of the group with this label, or -1. Accepts `85+`, `85-`, and `80-84` style labels. */
export function ageGroupIndexOfLabel(label: string): number {
  const clean = label
    .trim()
    .replace(/岁$/, '')
    .replace(/[~～—–]/g, '-');
  const normal = clean === '85-' || clean === '85plus' ? '85+' : clean;
  return AGE_GROUPS.findIndex((g) => g.label === normal);
}

/**
 * Completed years between two ISO dates (`YYYY-MM-DD`): the year difference minus one when the
 * birthday has not yet come (methods.md §0). Someone born on 29 February becomes a year older on
 * 1 March in non-leap years. Null when the birth date is after the event date.
 */
export function completedAgeYears(birthDate: string, eventDate: string): number | null {
  const by = Number(birthDate.slice(0, 4));
  const bmd = birthDate.slice(5, 10);
  const ey = Number(eventDate.slice(0, 4));
  const emd = eventDate.slice(5, 10);
  const age = ey - by - (emd < bmd ? 1 : 0);
  return age < 0 ? null : age;
}
