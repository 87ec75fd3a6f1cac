import type { PhysicianTitle, QcDrug } from '@orca/contract';
import { DEFAULT_PRESCRIBING_AUTHORITY, type PrescribingAuthority } from './drug-catalogue';

/** Findings of the prescription rules, stored as the record's flags. */
export type PrescriptionFlag = 'unauthorised_prescriber' | 'no_pathology' | 'no_target_test' | 'off_label';

/** The facts of a prescription the rules look at. */
export interface PrescriptionFacts {
  prescriberTitle: PhysicianTitle;
  pathologyConfirmed: boolean;
  targetTested: boolean | null;
  offLabel: boolean | null;
}

/**
 * Flags one antitumour prescription (domain guide §4.2, §4.4): a prescriber whose title lacks the
 * drug's tier authority; no pathological diagnosis (drugs may be used only with one); a drug needing a
 * target test without one; off-label (拓展性) use, which needs consent and institutional rules.
 *
 * @param drug - the catalogue entry of the prescribed drug.
 * @param facts - the prescription.
 * @param authority - titles allowed per tier.
 * @returns the flags, empty when the prescription passes.
 */
export function prescriptionFlags(
  drug: QcDrug,
  facts: PrescriptionFacts,
  authority: PrescribingAuthority = DEFAULT_PRESCRIBING_AUTHORITY,
): PrescriptionFlag[] {
  const flags: PrescriptionFlag[] = [];
  if (!authority[drug.tier].includes(facts.prescriberTitle)) flags.push('unauthorised_prescriber');
  if (!facts.pathologyConfirmed) flags.push('no_pathology');
  if (drug.targetTestRequired && facts.targetTested !== true) flags.push('no_target_test');
  if (facts.offLabel === true) flags.push('off_label');
  return flags;
}
