/** Months of history a drug's control limit is derived from. */
export const ALERT_HISTORY_MONTHS = 12;
/** Months of the history that must show use, else the limit is not meaningful and no alert is raised. */
export const ALERT_MIN_USED_MONTHS = 3;

/** `2025-03` → the `k` months before it, oldest first. */
export function monthsBefore(month: string, k: number): string[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const out: string[] = [];
  for (let i = k; i >= 1; i--) {
    const index = y * 12 + (m - 1) - i;
    out.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

/**
 * The over-normal control limit of one drug (超常预警, domain guide §4.4): mean + 2 SD of its own
 * monthly use over the previous 12 months (months without use count as 0; SD with n − 1), a Shewhart
 * individuals-style limit from the drug's history rather than a fixed number. Two SD (≈ 97.7 %
 * one-sided under normality) suits a monthly screening list that a pharmacist reviews; with fewer than
 * 3 months of use the limit is not computed.
 *
 * @param history - monthly use (DDDs, or prescriptions when no quantity), oldest first.
 * @returns mean, SD and limit, or null when the history is too thin.
 */
export function usageControlLimit(
  history: readonly number[],
): { mean: number; sd: number; limit: number } | null {
  if (history.filter((u) => u > 0).length < ALERT_MIN_USED_MONTHS || history.length < 2) return null;
  const mean = history.reduce((s, u) => s + u, 0) / history.length;
  const variance = history.reduce((s, u) => s + (u - mean) ** 2, 0) / (history.length - 1);
  const sd = Math.sqrt(variance);
  return { mean, sd, limit: mean + 2 * sd };
}

/**
 * Whether this month's use of a drug is over normal.
 *
 * @param usage - this month's use.
 * @param history - the previous months' use, oldest first.
 * @returns the limit reached, or null when use is within it (or the history is too thin).
 */
export function overNormal(
  usage: number,
  history: readonly number[],
): { mean: number; sd: number; limit: number } | null {
  const limit = usageControlLimit(history);
  return limit && usage > limit.limit ? limit : null;
}
