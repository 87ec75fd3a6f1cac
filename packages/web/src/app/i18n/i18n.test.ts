import { describe, expect, it } from 'vitest';
import { en } from './en';
import { pickLanguage } from './resources';
import { zhCN } from './zh-CN';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();

describe('translation tables', () => {
  const zh = leaves(zhCN);
  const english = leaves(en);

  it('have exactly the same keys in zh-CN and English', () => {
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it('have no empty string in either language', () => {
    for (const [key, text] of [...zh, ...english]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same interpolation placeholders in both languages', () => {
    for (const [key, text] of zh)
      expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('show the session-expiry message the brief asks for', () => {
    expect(zhCN.session.expired).toBe('登录已过期，请重新登录');
  });
});

describe('pickLanguage', () => {
  it('defaults to zh-CN when nothing was chosen', () => {
    expect(pickLanguage(null)).toBe('zh-CN');
    expect(pickLanguage('')).toBe('zh-CN');
  });

  it('maps English variants to en and Chinese variants to zh-CN', () => {
    expect(pickLanguage('en-US')).toBe('en');
    expect(pickLanguage('EN')).toBe('en');
    expect(pickLanguage('zh')).toBe('zh-CN');
    expect(pickLanguage('zh-TW')).toBe('zh-CN');
  });
});
