import { checkCharacter } from '@orca/codes';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import {
  birthDateComparison,
  chineseNameComparison,
  matchingResidentId,
  regionComparison,
  residentIdComparison,
} from './registry-comparisons';
import type { RegistryRecord } from './registry-record';

function levelOf(
  cmp: ReturnType<typeof residentIdComparison>,
  a: Partial<RegistryRecord>,
  b: Partial<RegistryRecord>,
) {
  return cmp
    .compile([
      { id: 'a', ...a },
      { id: 'b', ...b },
    ])
    .level(0, 1);
}

const id17 = '36010219800315123';
const ID = id17 + checkCharacter(id17);

describe('registry comparisons', () => {
  it('grades names as exact, homophone (王伟/王玮, 李娜/李纳), similar pinyin (刘敏/刘明) or different', () => {
    const name = chineseNameComparison();
    expect(levelOf(name, { name: '王伟' }, { name: ' 王伟 ' })).toBe(0);
    expect(levelOf(name, { name: '王伟' }, { name: '王玮' })).toBe(1);
    expect(levelOf(name, { name: '李娜' }, { name: '李纳' })).toBe(1);
    expect(levelOf(name, { name: '刘敏' }, { name: '刘明' })).toBe(2);
    expect(levelOf(name, { name: '刘敏' }, { name: '张伟' })).toBe(3);
    expect(levelOf(name, { name: '刘敏' }, { name: null })).toBe(-1);
  });

  it('reads polyphonic surnames in surname mode (单 shan, 曾 zeng)', () => {
    expect(pinyin('单', { toneType: 'none', surname: 'head' })).toBe('shan');
    const name = chineseNameComparison();
    expect(levelOf(name, { name: '单田芳' }, { name: '单田方' })).toBe(1);
  });

  it('grades resident IDs as exact, one digit off, transposed or different, missing as no evidence', () => {
    const cmp = residentIdComparison();
    expect(levelOf(cmp, { residentId: ID }, { residentId: ID.toLowerCase() })).toBe(0);
    expect(levelOf(cmp, { residentId: ID }, { residentId: `${ID.slice(0, 10)}9${ID.slice(11)}` })).toBe(
      ID[10] === '9' ? 0 : 1,
    );
    expect(
      levelOf(cmp, { residentId: ID }, { residentId: `${ID.slice(0, 6)}${ID[7]}${ID[6]}${ID.slice(8)}` }),
    ).toBe(2);
    expect(levelOf(cmp, { residentId: ID }, { residentId: null })).toBe(-1);
    expect(matchingResidentId('360102800315123')).toHaveLength(18);
  });

  it('recognises a swapped day and month and a year one off', () => {
    const cmp = birthDateComparison();
    expect(levelOf(cmp, { birthDate: '1980-03-05' }, { birthDate: '1980-05-03' })).toBe(1);
    expect(levelOf(cmp, { birthDate: '1980-03-05' }, { birthDate: '1981-03-05' })).toBe(2);
    expect(levelOf(cmp, { birthDate: '1980-03-05' }, { birthDate: '1980-03-06' })).toBe(3);
  });

  it('compares regions by county, then by prefecture through GB/T 2260 parents', () => {
    const cmp = regionComparison();
    expect(levelOf(cmp, { regionCode: '360102' }, { regionCode: '360102' })).toBe(0);
    expect(levelOf(cmp, { regionCode: '360102' }, { regionCode: '360111' })).toBe(1);
    expect(levelOf(cmp, { regionCode: '360102' }, { regionCode: '360202' })).toBe(2);
  });
});
