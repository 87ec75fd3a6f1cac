import type { ReportCard } from '@orca/contract';
import type { OutcomeIssue } from './operation-outcome';

// How ORCA reads an R4 transaction bundle from a hospital system (issue #3 part 3). mCODE is a
// mapping target, not the internal model (domain guide §7.4): the bundle is turned into one report
// card, which then goes through the same rule set and pipeline as a card typed into the form.

/** ICD-10 (WHO); the national clinical edition's codes map to the same 4 characters (domain guide §2.2). */
export const ICD10_SYSTEM = 'http://hl7.org/fhir/sid/icd-10';
/** ICD-O-3 as HL7's terminology names it; topography (C16.9) and morphology/behaviour (8140/3). */
export const ICDO3_SYSTEM = 'http://terminology.hl7.org/CodeSystem/icd-o-3';
/**
 * The resident identity number (公民身份号码, GB 11643). The OID 2.16.156.10011.1.3 is the one Chinese
 * health-record sharing documents (WS/T 500 CDA) use for 身份证号 [U: taken from those documents, not
 * from a registry of identifier systems].
 */
export const RESIDENT_ID_SYSTEM = 'urn:oid:2.16.156.10011.1.3';
/** The county of residence (GB/T 2260, 6 digits) on Patient.address; `Address.district` also works. */
export const COUNTY_CODE_EXTENSION = 'https://orca.cancer-registry.cn/fhir/StructureDefinition/county-code';
/** Basis of diagnosis on the Condition: the Chinese card's code 0–9 (domain guide §2.2). */
export const BASIS_EXTENSION = 'https://orca.cancer-registry.cn/fhir/StructureDefinition/basis-of-diagnosis';
/** mCODE histology-morphology-behavior extension (mCODE STU 4). */
export const MCODE_MORPHOLOGY_EXTENSION =
  'http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-histology-morphology-behavior';
export const LOINC_SYSTEM = 'http://loinc.org';
/** LOINC of the TNM stage group and categories (mCODE TNMStageGroup, TNMPrimaryTumorCategory …). */
export const LOINC_STAGE_GROUP = ['21908-9', '21902-2', '21914-7'];
const LOINC_T = ['21905-5', '21899-0'];
const LOINC_N = ['21906-3', '21900-6'];
const LOINC_M = ['21907-1', '21901-4'];

/** Most entries a bundle may carry: one patient's report is a handful of resources. */
export const MAX_ENTRIES = 50;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const arrayOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;

interface Coding {
  system?: string;
  code?: string;
  display?: string;
}
function codings(concept: unknown): Coding[] {
  if (!isObject(concept)) return [];
  return arrayOf(concept.coding)
    .filter(isObject)
    .map((c) => ({ system: str(c.system), code: str(c.code), display: str(c.display) }));
}
function extensionValue(resource: Json, url: string): unknown {
  const ext = arrayOf(resource.extension).find((e) => isObject(e) && e.url === url);
  if (!isObject(ext)) return undefined;
  return ext.valueCode ?? ext.valueString ?? ext.valueCodeableConcept ?? ext.valueInteger;
}

/** The result of reading a bundle: the card when the structure is sound, and every problem found. */
export interface BundleReading {
  card: ReportCard | null;
  issues: OutcomeIssue[];
  /** FHIRPath of the resource each card field came from, for mapping later findings back. */
  paths: Partial<Record<keyof ReportCard, string>>;
}

interface Located {
  resource: Json;
  path: string;
  fullUrl: string | undefined;
}

/** Sex of GB/T 2261.1 from FHIR AdministrativeGender. */
function sexOf(gender: string | undefined): string {
  return gender === 'male' ? '1' : gender === 'female' ? '2' : gender === 'unknown' ? '0' : gender ? '9' : '';
}

function nameOf(patient: Json): string {
  const name = arrayOf(patient.name).find(isObject);
  if (!name) return '';
  const text = str(name.text);
  if (text) return text;
  // Chinese names are family name then given name, written without a space.
  return `${str(name.family) ?? ''}${arrayOf(name.given)
    .filter((g) => typeof g === 'string')
    .join('')}`;
}

function refersTo(reference: unknown, target: Located): boolean {
  if (!isObject(reference)) return false;
  const ref = str(reference.reference);
  if (!ref) return false;
  const id = str(target.resource.id);
  return ref === target.fullUrl || (id !== undefined && ref === `${target.resource.resourceType}/${id}`);
}

function dateOf(value: unknown): string {
  const text = str(value);
  return text ? text.slice(0, 10) : '';
}

/**
 * Reads an R4 transaction bundle into a report card: structure first (resourceType, type, entries,
 * exactly one Patient and one primary cancer Condition referring to it, at most one stage-group
 * Observation), then the fields. Field values are copied as written; the @orca/checks rule set run
 * by the report service decides whether they are valid (a bad ICD-10 code is its finding, not ours).
 *
 * Mapping — Patient: name (text, or family + given), gender → sex, birthDate, identifier with
 * system {@link RESIDENT_ID_SYSTEM} → ID number, address (county code extension or 6-digit district,
 * text/line → address), telecom phone. Condition: code.coding ICD-10 → icd10; ICD-O-3 codings in
 * code or bodySite → topography (Cxx.x) and morphology (dddd/b), also the mCODE morphology extension;
 * onsetDateTime, else recordedDate → diagnosis date; basis extension. Observation (LOINC 21908-9 or
 * the mCODE TNM profiles): valueCodeableConcept → stage; T/N/M category observations → tnm_t/n/m.
 *
 * @param body - the parsed request body (untrusted).
 * @returns the card or null, and the structural issues.
 */
export function readBundle(body: unknown): BundleReading {
  const issues: OutcomeIssue[] = [];
  const paths: BundleReading['paths'] = {};
  const fail = (code: OutcomeIssue['code'], diagnostics: string, expression: string): BundleReading => ({
    card: null,
    issues: [...issues, { severity: 'error', code, diagnostics, expression: [expression] }],
    paths,
  });
  if (!isObject(body)) return fail('structure', 'The body must be a FHIR resource (a JSON object)', 'Bundle');
  if (body.resourceType !== 'Bundle') {
    return fail(
      'structure',
      `Expected resourceType Bundle, got ${JSON.stringify(body.resourceType ?? null).slice(0, 40)}`,
      'Bundle.resourceType',
    );
  }
  if (body.type !== 'transaction') {
    return fail('value', 'Only transaction bundles are accepted (Bundle.type = transaction)', 'Bundle.type');
  }
  const entries = arrayOf(body.entry);
  if (entries.length === 0) return fail('required', 'The bundle has no entries', 'Bundle.entry');
  if (entries.length > MAX_ENTRIES) {
    return fail(
      'too-costly',
      `At most ${MAX_ENTRIES} entries per bundle (one patient's report)`,
      'Bundle.entry',
    );
  }
  const located: Located[] = [];
  entries.forEach((entry, i) => {
    const path = `Bundle.entry[${i}].resource`;
    if (!isObject(entry) || !isObject(entry.resource) || typeof entry.resource.resourceType !== 'string') {
      issues.push({
        severity: 'error',
        code: 'structure',
        diagnostics: 'Entry without a resource',
        expression: [path],
      });
      return;
    }
    located.push({ resource: entry.resource, path, fullUrl: str(entry.fullUrl) });
  });
  if (issues.length > 0) return { card: null, issues, paths };

  const ofType = (type: string) => located.filter((l) => l.resource.resourceType === type);
  const patients = ofType('Patient');
  const conditions = ofType('Condition');
  const observations = ofType('Observation');
  if (patients.length !== 1) {
    return fail('required', `Exactly one Patient is required, found ${patients.length}`, 'Bundle.entry');
  }
  if (conditions.length !== 1) {
    return fail(
      'required',
      `Exactly one primary cancer Condition is required, found ${conditions.length}`,
      'Bundle.entry',
    );
  }
  const patient = patients[0]!;
  const condition = conditions[0]!;
  if (!refersTo(condition.resource.subject, patient)) {
    return fail(
      'invalid',
      'Condition.subject must refer to the Patient of the bundle',
      `${condition.path}.subject`,
    );
  }

  const p = patient.resource;
  const card: ReportCard = {};
  const set = (field: keyof ReportCard, value: string | undefined, path: string) => {
    if (value === undefined || value === '') return;
    card[field] = value;
    paths[field] = path;
  };
  set('name', nameOf(p), `${patient.path}.name`);
  set('sex', sexOf(str(p.gender)), `${patient.path}.gender`);
  set('birthDate', str(p.birthDate), `${patient.path}.birthDate`);
  const residentId = arrayOf(p.identifier).find((id) => isObject(id) && id.system === RESIDENT_ID_SYSTEM);
  if (isObject(residentId)) set('idNumber', str(residentId.value), `${patient.path}.identifier`);
  const address = arrayOf(p.address).find(isObject);
  if (address) {
    const county = str(extensionValue(address, COUNTY_CODE_EXTENSION)) ?? str(address.district);
    set('regionCode', county, `${patient.path}.address`);
    const text =
      str(address.text) ??
      arrayOf(address.line)
        .filter((l) => typeof l === 'string')
        .join('');
    set('address', text, `${patient.path}.address`);
  }
  const phone = arrayOf(p.telecom).find((t) => isObject(t) && t.system === 'phone');
  if (isObject(phone)) set('phone', str(phone.value), `${patient.path}.telecom`);
  const organisation = isObject(p.managingOrganization) ? p.managingOrganization : undefined;
  if (organisation && isObject(organisation.identifier)) {
    set('institutionCode', str(organisation.identifier.value), `${patient.path}.managingOrganization`);
  }

  const c = condition.resource;
  const codePath = `${condition.path}.code`;
  const codes = codings(c.code);
  const icd10 = codes.find((x) => x.system === ICD10_SYSTEM)?.code;
  if (!icd10) {
    issues.push({
      severity: 'error',
      code: 'required',
      diagnostics: `Condition.code needs an ICD-10 coding (system ${ICD10_SYSTEM})`,
      expression: [codePath],
    });
  }
  set('icd10', icd10, codePath);
  const icdo3 = [...codes, ...arrayOf(c.bodySite).flatMap(codings)].filter((x) => x.system === ICDO3_SYSTEM);
  const morphologyExt = extensionValue(c, MCODE_MORPHOLOGY_EXTENSION);
  icdo3.push(...codings(morphologyExt).filter((x) => x.system === ICDO3_SYSTEM));
  set('topography', icdo3.find((x) => x.code && /^C\d/i.test(x.code))?.code, `${condition.path}.bodySite`);
  set(
    'morphology',
    icdo3.find((x) => x.code && /^\d{4}\/\d$/.test(x.code))?.code,
    `${condition.path}.extension`,
  );
  const onset = dateOf(c.onsetDateTime) || dateOf(c.recordedDate);
  if (!onset) {
    issues.push({
      severity: 'error',
      code: 'required',
      diagnostics: 'Condition.onsetDateTime or Condition.recordedDate is required (the diagnosis date)',
      expression: [`${condition.path}.onsetDateTime`],
    });
  }
  set('diagnosisDate', onset, `${condition.path}.onsetDateTime`);
  const basis = extensionValue(c, BASIS_EXTENSION);
  set('basis', basis === undefined ? undefined : String(basis), `${condition.path}.extension`);
  const bodySiteText = arrayOf(c.bodySite).find(isObject);
  const codeText = isObject(c.code) ? str(c.code.text) : undefined;
  set('diagnosisText', codeText ?? (bodySiteText ? str(bodySiteText.text) : undefined), codePath);

  for (const o of observations) {
    const loinc = codings(o.resource.code)
      .filter((x) => x.system === LOINC_SYSTEM)
      .map((x) => x.code ?? '');
    const profiles = isObject(o.resource.meta) ? arrayOf(o.resource.meta.profile).map(String) : [];
    const value = o.resource.valueCodeableConcept;
    const text = codings(value)[0]?.code ?? (isObject(value) ? str(value.text) : undefined);
    // AJCC writes the classification before the group (cIIIA, pT2): the card keeps the group itself.
    const stripped = text?.replace(/^[cpyr]+(?=[0IVT-Z\d])/i, '');
    const path = `${o.path}.valueCodeableConcept`;
    if (
      loinc.some((l) => LOINC_STAGE_GROUP.includes(l)) ||
      profiles.some((u) => u.includes('tnm-stage-group'))
    ) {
      set('stage', stripped, path);
    } else if (loinc.some((l) => LOINC_T.includes(l))) set('tnmT', stripped, path);
    else if (loinc.some((l) => LOINC_N.includes(l))) set('tnmN', stripped, path);
    else if (loinc.some((l) => LOINC_M.includes(l))) set('tnmM', stripped, path);
  }
  const source = arrayOf(c.identifier).find(isObject);
  if (source) set('sourceId', str(source.value), `${condition.path}.identifier`);
  set('reportDate', dateOf(c.recordedDate) || undefined, `${condition.path}.recordedDate`);
  return { card: issues.length > 0 ? null : card, issues, paths };
}
