import { describe, expect, it } from 'vitest';
import { formatCount, isSuppressed } from './count-format';

describe('formatCount', () => {
  it('shows a suppressed cell as <5 whatever the language', () => {
    expect(formatCount({ value: null, suppressed: true }, 'zh-CN')).toBe('<5');
    expect(formatCount({ value: null, suppressed: true }, 'en')).toBe('<5');
  });

  it('groups digits of a visible count and of a plain integer', () => {
    expect(formatCount({ value: 12345, suppressed: false }, 'zh-CN')).toBe('12,345');
    expect(formatCount(1234567, 'en')).toBe('1,234,567');
    expect(formatCount({ value: 0, suppressed: false }, 'zh-CN')).toBe('0');
  });
});

describe('isSuppressed', () => {
  it('treats a null value as suppressed even without the flag', () => {
    expect(isSuppressed({ value: null, suppressed: false })).toBe(true);
    expect(isSuppressed({ value: 3, suppressed: true })).toBe(true);
    expect(isSuppressed({ value: 7, suppressed: false })).toBe(false);
  });
});
