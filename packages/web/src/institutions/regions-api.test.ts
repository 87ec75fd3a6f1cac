import { describe, expect, it } from 'vitest';
import { isCountyCode } from './regions-api';

describe('isCountyCode', () => {
  it('tells county codes from province and prefecture codes', () => {
    expect(isCountyCode('360121')).toBe(true); // 南昌县
    expect(isCountyCode('360100')).toBe(false); // 南昌市
    expect(isCountyCode('360000')).toBe(false); // 江西省
    expect(isCountyCode('3601')).toBe(false);
  });
});
