import { describe, expect, it } from 'vitest';
import { interpolate } from './rule';
import { FILE_RULES, findRule, RULES, RULESET_VERSION } from './ruleset';

const ALL = [...RULES, ...FILE_RULES];

describe('the rule set', () => {
  it('has a version of the form YYYY.N', () => {
    expect(RULESET_VERSION).toMatch(/^\d{4}\.\d+$/);
  });

  it('gives every rule a unique snake_case id', () => {
    const ids = ALL.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
  });

  it('gives every rule a severity, fields, a source and a message in Chinese and English', () => {
    for (const rule of ALL) {
      expect(['error', 'warning']).toContain(rule.severity);
      expect(rule.fields.length).toBeGreaterThan(0);
      expect(rule.source.length).toBeGreaterThan(0);
      expect(rule.message.zh).toMatch(/\p{Script=Han}/u);
      expect(rule.message.en).toMatch(/^[\x20-\x7e\u00a0-\u024f\u2013\u2014\u2019→–]+$/);
    }
  });

  it('finds rules by id', () => {
    expect(findRule('sex_site')?.severity).toBe('error');
    expect(findRule('duplicate_id')?.fields).toEqual(['id']);
    expect(findRule('no_such_rule')).toBeUndefined();
  });
});

describe('interpolate', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('does not read inherited properties as values', () => {
    expect(interpolate('{constructor}', {})).toBe('{constructor}');
  });
});
