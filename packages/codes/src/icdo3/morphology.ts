import { type NamedCode, parseCodeRows } from '../shared/code-rows';
import { type Behaviour, type Grade, isBehaviour, isGrade } from './behaviour-grade';
import { MORPHOLOGY_EPITHELIAL_ROWS } from './morphology-epithelial.data';
import { MORPHOLOGY_HAEMATOLOGICAL_ROWS } from './morphology-haematological.data';
import { MORPHOLOGY_MESENCHYMAL_ROWS } from './morphology-mesenchymal.data';

/** An ICD-O-3 morphology term: four-digit histology code with its behaviour. */
export interface MorphologyTerm extends NamedCode {
  /** `8140/3` */
  readonly code: string;
  /** 8140 */
  readonly histology: number;
  readonly behaviour: Behaviour;
}

/** A morphology read from text: histology, behaviour and optional grade. */
export interface ParsedMorphology {
  /** Four-digit histology code, 8000–9989. */
  readonly code: number;
  readonly behaviour: Behaviour;
  readonly grade?: Grade;
}

function build(): MorphologyTerm[] {
  const rows = [MORPHOLOGY_EPITHELIAL_ROWS, MORPHOLOGY_MESENCHYMAL_ROWS, MORPHOLOGY_HAEMATOLOGICAL_ROWS];
  return rows
    .flatMap(parseCodeRows)
    .map((r) => ({ ...r, histology: Number(r.code.slice(0, 4)), behaviour: Number(r.code[5]) as Behaviour }))
    .sort((a, b) => a.histology - b.histology || a.behaviour - b.behaviour);
}

/**
 * The morphology terms ORCA knows (about 690 preferred terms of ICD-O-3, not the full ~1 100 codes
 * plus synonyms): the common types of every annual-report site, every code the domain guide names and
 * at least one term in each IARC histological-group range. A code absent here may still be valid.
 */
export const MORPHOLOGY_TERMS: readonly MorphologyTerm[] = build();

const byCode = new Map(MORPHOLOGY_TERMS.map((t) => [t.code, t]));

// Optional M (and dash), four digits, optional slash, behaviour digit, optional grade digit.
const MORPHOLOGY_SHAPE = /^M?-?(\d{4})\/?(\d)(\d)?$/;

/**
 * Read a morphology code as registries write it: `8140/3`, `M8140/3`, `81403`, `M-8140/3`, and with
 * the grade as sixth digit (`8070/32`, `807032`). Full-width digits are accepted.
 *
 * @param raw - morphology as written
 * @returns histology, behaviour and grade, or null when the shape, histology range (8000–9989),
 *   behaviour (0,1,2,3,6,9) or grade (1–9) is invalid
 */
export function parseMorphology(raw: string): ParsedMorphology | null {
  const m = MORPHOLOGY_SHAPE.exec(raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase());
  if (!m) return null;
  const code = Number(m[1]);
  const behaviour = Number(m[2]);
  if (code < 8000 || code > 9989 || !isBehaviour(behaviour)) return null;
  if (m[3] === undefined) return { code, behaviour };
  const grade = Number(m[3]);
  return isGrade(grade) ? { code, behaviour, grade } : null;
}

/**
 * Canonical text of a morphology: `8140/3`, with the grade appended when given (`8070/32`).
 *
 * @param morphology - parsed morphology
 * @returns the text form
 */
export function formatMorphology(morphology: ParsedMorphology): string {
  return `${morphology.code}/${morphology.behaviour}${morphology.grade ?? ''}`;
}

/**
 * The ICD-O-3 term for a morphology with behaviour (the grade is ignored).
 *
 * @param raw - e.g. `8140/3`, `M81403`, `8070/32`
 * @returns the term, or undefined when unparsable or not in {@link MORPHOLOGY_TERMS}
 */
export function findMorphology(raw: string): MorphologyTerm | undefined {
  const parsed = parseMorphology(raw);
  return parsed === null ? undefined : byCode.get(`${parsed.code}/${parsed.behaviour}`);
}

/**
 * All terms of one histology code, one per behaviour listed (`8140` → adenoma /0 … metastatic /6).
 *
 * @param histology - four-digit code
 * @returns the terms, possibly empty
 */
export function morphologyTerms(histology: number): MorphologyTerm[] {
  return MORPHOLOGY_TERMS.filter((t) => t.histology === histology);
}
