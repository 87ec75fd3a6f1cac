import { describe, expect, it } from 'vitest';
import { zhCN } from '../app/i18n/zh-CN';
import { describePurpose, encodePurpose, PURPOSE_NOTE_MAX } from './purpose';

describe('encodePurpose', () => {
  it('sends the bare key without a note and key plus note with one', () => {
    expect(encodePurpose('quality_control')).toBe('quality_control');
    expect(encodePurpose('follow_up', '  电话随访 ')).toBe('follow_up: 电话随访');
  });

  it('stays within the contract limit of 200 characters', () => {
    const encoded = encodePurpose('other', '长'.repeat(500));
    expect(encoded.length).toBe('other: '.length + PURPOSE_NOTE_MAX);
    expect(encoded.length).toBeLessThanOrEqual(200);
  });
});

describe('describePurpose', () => {
  it('translates keys written by this UI and keeps foreign text as it is', () => {
    expect(describePurpose('dco_follow_back', zhCN.purposes)).toBe('死亡补发病追溯核查');
    expect(describePurpose('other: 科研审批 2024-01', zhCN.purposes)).toBe('其他：科研审批 2024-01');
    expect(describePurpose('annual report', zhCN.purposes)).toBe('annual report');
    expect(describePurpose(null, zhCN.purposes)).toBeNull();
  });
});
