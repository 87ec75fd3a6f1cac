import { describe, expect, it } from 'vitest';
import { ETHNICITY_CODES, findEthnicity } from './ethnicity';
import { MARITAL_STATUS_CODES, parseMaritalStatus } from './marital-status';
import { findOccupationStatus, OCCUPATION_STATUS_CODES } from './occupation';
import { parseSex, SEX_CODES } from './sex';
import { normaliseStageGroup, stageMainGroup } from './tnm-stage';
import { ID_DOCUMENT_TYPES, parseVitalStatus, VITAL_STATUS_CODES } from './vital-status';

describe('small national code tables', () => {
  it('has the four GB/T 2261.1 sex codes and reads words', () => {
    expect(SEX_CODES.map((s) => s.code)).toEqual([0, 1, 2, 9]);
    expect(parseSex('男')).toBe(1);
    expect(parseSex(' f ')).toBe(2);
    expect(parseSex(9)).toBe(9);
    expect(parseSex('x')).toBeNull();
  });

  it('has 56 ethnic groups plus other and foreign origin, 01 being Han', () => {
    expect(ETHNICITY_CODES).toHaveLength(58);
    expect(ETHNICITY_CODES.filter((e) => Number(e.code) <= 56)).toHaveLength(56);
    expect(new Set(ETHNICITY_CODES.map((e) => e.code)).size).toBe(58);
    expect(findEthnicity('01')).toEqual({ code: '01', zh: '汉族', en: 'Han' });
    expect(findEthnicity(5)?.zh).toBe('维吾尔族');
    expect(findEthnicity('壮')?.code).toBe('08');
    expect(findEthnicity('56')?.zh).toBe('基诺族');
    expect(findEthnicity('57')).toBeUndefined();
  });

  it('maps the death certificate one-digit marital status to GB/T 2261.2', () => {
    expect(MARITAL_STATUS_CODES).toHaveLength(8);
    expect(parseMaritalStatus(2)).toBe('20');
    expect(parseMaritalStatus('22')).toBe('22');
    expect(parseMaritalStatus('9')).toBe('90');
    expect(parseMaritalStatus('5')).toBeNull();
  });

  it('lists the 13 GB/T 2261.4 employment statuses', () => {
    expect(OCCUPATION_STATUS_CODES).toHaveLength(13);
    expect(findOccupationStatus('27')?.zh).toBe('农民');
  });

  it('reads vital status and lists identity-document types', () => {
    expect(VITAL_STATUS_CODES).toHaveLength(2);
    expect(parseVitalStatus('死亡')).toBe(2);
    expect(parseVitalStatus(1)).toBe(1);
    expect(parseVitalStatus(3)).toBeNull();
    expect(ID_DOCUMENT_TYPES.map((t) => t.code)).toEqual([1, 2, 3, 4, 5, 6, 7, 9]);
  });

  it('normalises TNM stage groups from Chinese and Arabic writing', () => {
    expect(normaliseStageGroup('Ⅲa期')).toBe('IIIA');
    expect(normaliseStageGroup('stage 2b')).toBe('IIB');
    expect(normaliseStageGroup('IA1')).toBe('IA1');
    expect(normaliseStageGroup('0期')).toBe('0');
    expect(normaliseStageGroup('Ⅳ')).toBe('IV');
    expect(normaliseStageGroup('不详')).toBeNull();
    expect(normaliseStageGroup('V')).toBeNull();
    expect(stageMainGroup('IIIC')).toBe('III');
    expect(stageMainGroup('4')).toBe('IV');
  });
});
