import { describe, expect, it } from 'vitest';
import { maskName, maskResidentId } from './masking';
import { normaliseName } from './names';

describe('masking and name normalisation', () => {
  it('masks an ID keeping the first four and the last four characters', () => {
    expect(maskResidentId('36010219800101123X')).toBe('3601**********123X');
    expect(maskResidentId('360102800101123')).toBe('3601*******1123');
    expect(maskResidentId('12345678')).toBe('********');
  });

  it('masks names keeping the first and the last character', () => {
    expect(maskName('张三华')).toBe('张*华');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳明华')).toBe('欧**华');
    expect(maskName('张')).toBe('*');
    expect(maskName('')).toBe('');
    expect(maskName('𠀋小明')).toBe('𠀋*明');
  });

  it('normalises names for matching: NFKC, no spaces, one middle dot', () => {
    expect(normaliseName(' 张　三 ')).toBe('张三');
    expect(normaliseName('买买提•艾力')).toBe('买买提·艾力');
    expect(normaliseName('ＡＢＣ　ｄ')).toBe('ABCD');
  });
});
