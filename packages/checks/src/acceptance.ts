import type { Finding } from './types';

/** A user's confirmation of a warning: the rule, the field and the reason given (kept for audit). */
export interface Confirmation {
  readonly ruleId: string;
  readonly field: string;
  readonly reason: string;
}

/** Whether a record may be accepted, and what stands in the way. */
export interface AcceptanceDecision {
  readonly accepted: boolean;
  /** Error findings: they block acceptance whatever is confirmed. */
  readonly errors: readonly Finding[];
  /** Warnings without a confirmation that gives a reason. */
  readonly unconfirmed: readonly Finding[];
}

/**
 * Decide acceptance from a record's findings: every error blocks; every warning needs a confirmation
 * of the same rule and field with a non-blank reason (the "confirmation with a recorded
 * reason"). Confirmations of findings that no longer occur are ignored.
 *
 * @param findings - the record's findings (from {@link checkCase} or {@link checkDeath})
 * @param confirmations - the warnings the user confirmed
 * @returns the decision with the blocking findings
 */
export function decideAcceptance(
  findings: readonly Finding[],
  confirmations: readonly Confirmation[] = [],
): AcceptanceDecision {
  const confirmed = new Set(
    confirmations.filter((c) => c.reason.trim() !== '').map((c) => `${c.ruleId}\u0000${c.field}`),
  );
  const errors = findings.filter((f) => f.severity === 'error');
  const unconfirmed = findings.filter(
    (f) => f.severity === 'warning' && !confirmed.has(`${f.ruleId}\u0000${f.field}`),
  );
  return { accepted: errors.length === 0 && unconfirmed.length === 0, errors, unconfirmed };
}
