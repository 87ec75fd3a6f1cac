import { describe, expect, it } from 'vitest';
import { dcoStatus, formatPct, mvStatus, yearsCovered } from './kpi';

describe('mvStatus', () => {
  it('passes MV% strictly above 66% and fails at or below it', () => {
    expect(mvStatus(67.11)).toBe('good'); // national pooled 2010, domain.md §2.11
    expect(mvStatus(66.01)).toBe('good');
    expect(mvStatus(66)).toBe('poor');
    expect(mvStatus(40)).toBe('poor');
  });

  it('is unknown without cases', () => {
    expect(mvStatus(null)).toBe('unknown');
    expect(mvStatus(Number.NaN)).toBe('unknown');
  });
});

describe('dcoStatus', () => {
  it('passes DCO% strictly below 15% and fails at or above it', () => {
    expect(dcoStatus(2.99)).toBe('good'); // national pooled 2010, domain.md §2.11
    expect(dcoStatus(14.99)).toBe('good');
    expect(dcoStatus(15)).toBe('poor');
    expect(dcoStatus(22)).toBe('poor');
    expect(dcoStatus(null)).toBe('unknown');
  });
});

describe('yearsCovered', () => {
  it('counts both end years', () => {
    expect(yearsCovered(2015, 2022)).toBe(8);
    expect(yearsCovered(2020, 2020)).toBe(1);
  });

  it('is null without data or with an inverted range', () => {
    expect(yearsCovered(null, 2020)).toBeNull();
    expect(yearsCovered(2021, 2020)).toBeNull();
  });
});

describe('formatPct', () => {
  it('prints one decimal and a dash for no value', () => {
    expect(formatPct(67.114, 'zh-CN')).toBe('67.1%');
    expect(formatPct(2, 'en')).toBe('2.0%');
    expect(formatPct(null, 'zh-CN')).toBe('—');
  });
});
