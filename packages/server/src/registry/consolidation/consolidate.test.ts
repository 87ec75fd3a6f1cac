import { describe, expect, it } from 'vitest';
import { addReportToTumours, type ReportFacts, type TumourDraft } from './consolidate';

let n = 0;
const id = () => `t${++n}`;
const report = (over: Partial<ReportFacts>): ReportFacts => ({
  reportId: `r${++n}`,
  diagnosisDate: '2021-05-01',
  icd10: 'C16.9',
  topography: 'C16.9',
  morphology: '8140/3',
  basis: 2,
  stage: null,
  institutionId: 'h1',
  sourceId: 's',
  regionCode: '360102',
  ...over,
});

describe('consolidating reports into tumours (IARC/IACR 2004)', () => {
  it('merges two reports of the same organ and histology, keeping the earliest date and the best basis', () => {
    const tumours: TumourDraft[] = [];
    addReportToTumours(tumours, report({ diagnosisDate: '2021-05-10', basis: 2, institutionId: 'h1' }), id);
    addReportToTumours(
      tumours,
      report({ diagnosisDate: '2021-05-03', basis: 7, morphology: '8144/3', institutionId: 'h2' }),
      id,
    );
    expect(tumours).toHaveLength(1);
    expect(tumours[0]).toMatchObject({
      diagnosisDate: '2021-05-03',
      basis: 7,
      morphology: '8144/3',
      institutionId: 'h2',
    });
    expect(tumours[0]!.reportIds).toHaveLength(2);
  });

  it('counts colon and rectum (C18–C20 are not one group, C19–C20 are) as the rules say', () => {
    const tumours: TumourDraft[] = [];
    addReportToTumours(tumours, report({ icd10: 'C19', topography: 'C19.9' }), id);
    addReportToTumours(tumours, report({ icd10: 'C20', topography: 'C20.9' }), id);
    expect(tumours).toHaveLength(1);
    addReportToTumours(tumours, report({ icd10: 'C18.7', topography: 'C18.7' }), id);
    expect(tumours).toHaveLength(2);
  });

  it('makes a new primary in the same organ when the histology groups differ', () => {
    const tumours: TumourDraft[] = [];
    addReportToTumours(tumours, report({ icd10: 'C34.1', topography: 'C34.1', morphology: '8140/3' }), id);
    addReportToTumours(tumours, report({ icd10: 'C34.1', topography: 'C34.1', morphology: '8070/3' }), id);
    expect(tumours).toHaveLength(2);
  });

  it('does not make a new primary from an unspecified carcinoma or an unknown morphology', () => {
    const tumours: TumourDraft[] = [];
    addReportToTumours(tumours, report({ icd10: 'C34.1', topography: 'C34.1', morphology: '8070/3' }), id);
    addReportToTumours(tumours, report({ icd10: 'C34.1', topography: 'C34.1', morphology: '8010/3' }), id);
    addReportToTumours(tumours, report({ icd10: 'C34.1', topography: 'C34.1', morphology: null }), id);
    expect(tumours).toHaveLength(1);
  });

  it('counts a lymphoma once per person whatever the site it was reported in', () => {
    const tumours: TumourDraft[] = [];
    addReportToTumours(tumours, report({ icd10: 'C83.3', topography: 'C77.0', morphology: '9680/3' }), id);
    addReportToTumours(tumours, report({ icd10: 'C83.3', topography: 'C16.9', morphology: '9680/3' }), id);
    expect(tumours).toHaveLength(1);
  });
});
