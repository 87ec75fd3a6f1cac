import { describe, expect, it } from 'vitest';
import { exactComparison } from '../comparisons/generic';
import { linkDeaths } from './link-deaths';
import type { FellegiSunterModel, LinkageSettings } from './types';

interface Row {
  id: string;
  person?: string;
  name: string;
  birth: string;
}

const settings: LinkageSettings<Row> = {
  recordId: (r) => r.id,
  comparisons: [exactComparison('name', (r) => r.name), exactComparison('birth', (r) => r.birth)],
  blocking: [{ name: 'name', key: (r) => r.name }],
  thresholds: { link: 10, review: 0 },
};

// A hand-set model: each agreeing field adds 8 bits, each disagreeing one takes 4; prior −4 bits.
const level = (label: string, m: number, u: number) => ({ label, m, u, weight: Math.log2(m / u) });
const model: FellegiSunterModel = {
  comparisons: ['name', 'birth'].map((name) => ({
    name,
    tfLevels: [],
    levels: [level('exact', 0.8, 0.8 / 256), level('different', 0.2, 0.2 * 16)],
  })),
  lambda: 1 / 17,
  priorWeight: -4,
  training: {
    candidatePairs: 0,
    patterns: 0,
    randomPairs: 0,
    iterations: 0,
    converged: true,
    sessions: [],
    unestimated: [],
  },
};

describe('linkDeaths', () => {
  it('links a death to the one person it matches and leaves others unmatched', () => {
    const persons: Row[] = [
      { id: 'r1', person: 'A', name: 'li', birth: '1950' },
      { id: 'r2', person: 'A', name: 'li', birth: '1951' },
      { id: 'r3', person: 'B', name: 'wang', birth: '1960' },
    ];
    const deaths: Row[] = [
      { id: 'd1', name: 'li', birth: '1950' },
      { id: 'd2', name: 'zhao', birth: '1970' },
    ];
    const out = linkDeaths(persons, (r) => r.person!, deaths, settings, { model });
    expect(out.links.map((l) => [l.deathId, l.personId, l.pair.weight])).toEqual([['d1', 'A', 12]]);
    expect(out.unmatchedDeaths).toEqual(['d2']);
  });

  it('sends a death matching two persons equally well to review as ambiguous', () => {
    const persons: Row[] = [
      { id: 'r1', person: 'A', name: 'li', birth: '1950' },
      { id: 'r2', person: 'B', name: 'li', birth: '1950' },
    ];
    const out = linkDeaths(persons, (r) => r.person!, [{ id: 'd1', name: 'li', birth: '1950' }], settings, {
      model,
    });
    expect(out.links).toEqual([]);
    expect(out.reviewPairs.map((r) => [r.personId, r.reason]).sort()).toEqual([
      ['A', 'ambiguous'],
      ['B', 'ambiguous'],
    ]);
  });

  it('gives a person at most one death: the strongest wins, the other is a reported conflict', () => {
    const persons: Row[] = [{ id: 'r1', person: 'A', name: 'li', birth: '1950' }];
    const deaths: Row[] = [
      { id: 'd1', name: 'li', birth: '1950' },
      { id: 'd2', name: 'li', birth: '1950' },
    ];
    const out = linkDeaths(persons, (r) => r.person!, deaths, settings, { model });
    expect(out.links.map((l) => l.deathId)).toEqual(['d1']);
    expect(out.reviewPairs.map((r) => [r.deathId, r.reason])).toEqual([['d2', 'person_has_two_deaths']]);
  });

  it('puts a grey-zone death into review', () => {
    const persons: Row[] = [{ id: 'r1', person: 'A', name: 'li', birth: '1950' }];
    const out = linkDeaths(persons, (r) => r.person!, [{ id: 'd1', name: 'li', birth: '1999' }], settings, {
      model,
    });
    expect(out.links).toEqual([]);
    expect(out.reviewPairs).toMatchObject([{ deathId: 'd1', personId: 'A', reason: 'grey_zone' }]);
  });
});
