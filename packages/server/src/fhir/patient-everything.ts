import { siteGroupOfIcd10 } from '@orca/codes';
import { and, asc, eq } from 'drizzle-orm';
import type { RequestContext } from '../context/request-context';
import { institutions } from '../institutions/institutions.tables';
import { persons, reports, tumours } from '../registry/registry.tables';
import {
  BASIS_EXTENSION,
  COUNTY_CODE_EXTENSION,
  ICD10_SYSTEM,
  ICDO3_SYSTEM,
  LOINC_SYSTEM,
  MCODE_MORPHOLOGY_EXTENSION,
  RESIDENT_ID_SYSTEM,
} from './bundle-intake';
import { FhirError } from './operation-outcome';

type Resource = Record<string, unknown>;
const MCODE = 'http://hl7.org/fhir/us/mcode/StructureDefinition';
/** Identifier systems of ORCA's own records in exported resources. */
export const TUMOUR_ID_SYSTEM = 'urn:orca:tumour';
export const REPORT_ID_SYSTEM = 'urn:orca:report';

interface ConditionFacts {
  id: string;
  identifier: { system: string; value: string };
  patientId: string;
  icd10: string;
  topography: string | null;
  morphology: string | null;
  basis: number | null;
  diagnosisDate: string;
  recordedDate: string | null;
}

function condition(f: ConditionFacts): Resource {
  const topography = f.topography ? [{ coding: [{ system: ICDO3_SYSTEM, code: f.topography }] }] : undefined;
  const extension: Resource[] = [];
  if (f.morphology) {
    extension.push({
      url: MCODE_MORPHOLOGY_EXTENSION,
      valueCodeableConcept: { coding: [{ system: ICDO3_SYSTEM, code: f.morphology }] },
    });
  }
  if (f.basis !== null) extension.push({ url: BASIS_EXTENSION, valueCode: String(f.basis) });
  return {
    resourceType: 'Condition',
    id: f.id,
    meta: { profile: [`${MCODE}/mcode-primary-cancer-condition`] },
    identifier: [f.identifier],
    ...(extension.length > 0 ? { extension } : {}),
    category: [
      {
        coding: [
          { system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'problem-list-item' },
        ],
      },
    ],
    code: {
      coding: [{ system: ICD10_SYSTEM, code: f.icd10, display: siteGroupOfIcd10(f.icd10)?.zh }],
    },
    ...(topography ? { bodySite: topography } : {}),
    subject: { reference: `Patient/${f.patientId}` },
    onsetDateTime: f.diagnosisDate,
    ...(f.recordedDate ? { recordedDate: f.recordedDate } : {}),
  };
}

function stageObservation(id: string, conditionId: string, patientId: string, stage: string, date: string) {
  return {
    resourceType: 'Observation',
    id,
    meta: { profile: [`${MCODE}/mcode-tnm-stage-group`] },
    status: 'final',
    category: [
      {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey' }],
      },
    ],
    code: { coding: [{ system: LOINC_SYSTEM, code: '21908-9', display: 'Stage group.clinical Cancer' }] },
    subject: { reference: `Patient/${patientId}` },
    focus: [{ reference: `Condition/${conditionId}` }],
    effectiveDateTime: date,
    valueCodeableConcept: { text: stage },
  };
}

/**
 * `$everything` for one registry person, as a searchset Bundle: the Patient (identified: name, resident
 * ID, address with county code, phone, vital status), one Condition per registry tumour (the
 * consolidated record, identifier {@link TUMOUR_ID_SYSTEM}) and one per source report card in the
 * caller's scope (identifier {@link REPORT_ID_SYSTEM}), each with its stage-group Observation. A
 * hospital sees only the tumours and cards it reported. Out of scope and absent look alike (404); the
 * export is audited like any read of identified data, with its purpose.
 *
 * @param ctx - the caller.
 * @param personId - the registry person.
 * @param purpose - why (recorded in the audit entry).
 * @param base - the FHIR base URL, for each entry's fullUrl.
 * @returns the Bundle.
 * @throws FhirError 404.
 */
export async function patientEverything(
  ctx: RequestContext,
  personId: string,
  purpose: string | null,
  base: string,
): Promise<Resource> {
  const [person] = await ctx.db
    .select()
    .from(persons)
    .where(and(eq(persons.id, personId), ctx.scoped.persons()));
  if (!person) {
    throw new FhirError(404, [
      { severity: 'error', code: 'not-found', diagnostics: `Patient/${personId} not found` },
    ]);
  }
  const tumourRows = await ctx.db
    .select()
    .from(tumours)
    .where(and(eq(tumours.personId, personId), ctx.scoped.tumours()))
    .orderBy(asc(tumours.diagnosisDate));
  const reportRows = await ctx.db
    .select({ report: reports, institutionCode: institutions.code })
    .from(reports)
    .innerJoin(institutions, eq(institutions.id, reports.institutionId))
    .where(and(eq(reports.personId, personId), ctx.scoped.reports()))
    .orderBy(asc(reports.diagnosisDate));
  await ctx.audit({
    action: 'export',
    entity: 'fhir_patient_everything',
    entityId: personId,
    purpose,
    detail: { tumours: tumourRows.length, reports: reportRows.length },
  });

  const name = ctx.sealer.unseal(person.nameSealed);
  const idNumber = ctx.sealer.unsealOrNull(person.idNumberSealed);
  const phone = ctx.sealer.unsealOrNull(person.phoneSealed);
  const address = ctx.sealer.unsealOrNull(person.addressSealed);
  const patient: Resource = {
    resourceType: 'Patient',
    id: person.id,
    ...(idNumber ? { identifier: [{ system: RESIDENT_ID_SYSTEM, value: idNumber }] } : {}),
    name: [{ text: name }],
    gender: person.sex === 1 ? 'male' : person.sex === 2 ? 'female' : 'unknown',
    ...(person.birthDate ? { birthDate: person.birthDate } : {}),
    ...(phone ? { telecom: [{ system: 'phone', value: phone }] } : {}),
    address: [
      {
        extension: [{ url: COUNTY_CODE_EXTENSION, valueCode: person.regionCode }],
        district: person.regionCode,
        ...(address ? { text: address } : {}),
      },
    ],
    ...(person.vitalStatus === 2
      ? person.deathDate
        ? { deceasedDateTime: person.deathDate }
        : { deceasedBoolean: true }
      : person.vitalStatus === 1
        ? { deceasedBoolean: false }
        : {}),
  };
  const resources: Resource[] = [patient];
  for (const t of tumourRows) {
    resources.push(
      condition({
        id: t.id,
        identifier: { system: TUMOUR_ID_SYSTEM, value: t.id },
        patientId: person.id,
        icd10: t.icd10,
        topography: t.topography,
        morphology: t.morphology,
        basis: t.basis,
        diagnosisDate: t.diagnosisDate,
        recordedDate: t.reportDate,
      }),
    );
    if (t.stage) resources.push(stageObservation(`${t.id}-stage`, t.id, person.id, t.stage, t.diagnosisDate));
  }
  for (const { report: r, institutionCode } of reportRows) {
    resources.push(
      condition({
        id: r.id,
        identifier: { system: REPORT_ID_SYSTEM, value: `${institutionCode}/${r.sourceId}` },
        patientId: person.id,
        icd10: r.icd10,
        topography: r.topography,
        morphology: r.morphology,
        basis: r.basisOriginal ?? r.basis,
        diagnosisDate: r.diagnosisDate,
        recordedDate: r.reportDate,
      }),
    );
    if (r.stage) resources.push(stageObservation(`${r.id}-stage`, r.id, person.id, r.stage, r.diagnosisDate));
  }
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: resources.length,
    entry: resources.map((resource) => ({
      fullUrl: `${base}/${String(resource.resourceType)}/${String(resource.id)}`,
      resource,
      search: { mode: resource.resourceType === 'Patient' ? 'match' : 'include' },
    })),
  };
}
