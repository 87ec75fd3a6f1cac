import { PED_DISEASES, type PedDisease, type PedReferralStatus } from '@orca/contract';

/** The disease list by code. */
export const DISEASES: ReadonlyMap<string, PedDisease> = new Map(PED_DISEASES.map((d) => [d.code, d]));

/** Ages covered by the national children's tumour surveillance platform (domain guide §5). */
export const MAX_CHILD_AGE_YEARS = 19;

/** Completed years between two ISO dates. */
export function ageInYears(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** A designation row as the rules read it. */
export interface Designation {
  institutionId: string;
  diseaseGroup: string;
  role: string;
  validFrom: string;
  validTo: string | null;
}

/**
 * Whether a hospital may manage a disease group on a date: a designated hospital for blood diseases,
 * a lead or member of a collaboration group for solid tumours (S4), within the validity period.
 *
 * @param designations - the region's designations.
 * @param institutionId - the hospital.
 * @param group - the disease group.
 * @param onDate - the date that matters (diagnosis or referral).
 * @returns true when designated.
 */
export function isDesignated(
  designations: readonly Designation[],
  institutionId: string,
  group: string,
  onDate: string,
): boolean {
  return designations.some(
    (d) =>
      d.institutionId === institutionId &&
      d.diseaseGroup === group &&
      d.validFrom <= onDate &&
      (d.validTo === null || onDate <= d.validTo),
  );
}

const NEXT: Record<PedReferralStatus, readonly PedReferralStatus[]> = {
  requested: ['accepted', 'declined', 'cancelled'],
  accepted: ['arrived', 'cancelled'],
  arrived: [],
  declined: [],
  cancelled: [],
};

/** Whether a referral may move from one status to another (requested → accepted → arrived). */
export function canMoveReferral(from: PedReferralStatus, to: PedReferralStatus): boolean {
  return NEXT[from].includes(to);
}

function plusMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(d, last)); // 31 Jan + 1 month → 28/29 Feb, not 3 Mar
  return date.toISOString().slice(0, 10);
}

/**
 * The whole-course follow-up plan from the start of treatment at the designated hospital (S4):
 * review visits at 1, 3, 6 and 12 months, and monthly family-doctor tasks for the first six months
 * (infection prevention at home, nutrition and hygiene advice, reminding the family of the next review).
 * The intervals are a default; the national standards per disease may set others.
 *
 * @param start - the day treatment started (arrival at the designated hospital).
 * @returns tasks in date order.
 */
export function followUpPlan(
  start: string,
): { kind: 'review_visit' | 'family_doctor'; task: string; dueDate: string }[] {
  const plan: { kind: 'review_visit' | 'family_doctor'; task: string; dueDate: string }[] = [];
  for (const m of [1, 3, 6, 12])
    plan.push({ kind: 'review_visit', task: `review visit at ${m} month(s)`, dueDate: plusMonths(start, m) });
  for (let m = 1; m <= 6; m++)
    plan.push({
      kind: 'family_doctor',
      task: 'home visit: infection prevention, nutrition and hygiene advice, next review reminder',
      dueDate: plusMonths(start, m),
    });
  return plan.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.kind.localeCompare(b.kind));
}

/** Median of a list, or null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
