/**
 * Purposes a user may give for reading identified data (PIPL Art. 6 purpose limitation, domain.md §7):
 * the registry's routine tasks of domain.md §2 (QC, follow-up, DCO follow-back, dedup, correction).
 */
export const PURPOSES = [
  'quality_control',
  'follow_up',
  'dco_follow_back',
  'duplicate_check',
  'data_correction',
  'other',
] as const;
export type Purpose = (typeof PURPOSES)[number];

/** Longest free-text note; with the key it stays under the contract's 200-character `purpose`. */
export const PURPOSE_NOTE_MAX = 150;

/**
 * The `purpose` query parameter recorded in the audit log: the stable key, then the note if any
 * (`follow_up: 电话随访`). A stable key lets the audit page show it in the reader's language.
 *
 * @param purpose - the chosen purpose.
 * @param note - optional free text; required by the form for `other`.
 * @returns the string to send as `?purpose=`.
 */
export function encodePurpose(purpose: Purpose, note?: string): string {
  const text = (note ?? '').trim().slice(0, PURPOSE_NOTE_MAX);
  return text ? `${purpose}: ${text}` : purpose;
}

/**
 * A recorded purpose in the reader's language: the key's label and the note, or the raw text if it was
 * not written by this UI (e.g. by the CLI).
 *
 * @param raw - the audit entry's `purpose`.
 * @param labels - translated label per purpose key.
 * @returns e.g. `随访：电话随访`, or null for no purpose.
 */
export function describePurpose(raw: string | null, labels: Record<Purpose, string>): string | null {
  if (raw === null || raw === '') return null;
  for (const key of PURPOSES) {
    if (raw === key) return labels[key];
    if (raw.startsWith(`${key}: `)) return `${labels[key]}：${raw.slice(key.length + 2)}`;
  }
  return raw;
}
