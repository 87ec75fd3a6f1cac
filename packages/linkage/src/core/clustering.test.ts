import { describe, expect, it } from 'vitest';
import { clusterLinks } from './clustering';

function input(
  edges: [number, number, number][],
  size: number,
  extra: Partial<Parameters<typeof clusterLinks>[0]> = {},
) {
  const weights = new Map(edges.map(([a, b, w]) => [`${Math.min(a, b)}-${Math.max(a, b)}`, w]));
  return {
    size,
    left: Int32Array.from(edges, (e) => e[0]),
    right: Int32Array.from(edges, (e) => e[1]),
    weight: Float64Array.from(edges, (e) => e[2]),
    count: edges.length,
    linkWeight: 5,
    bridgeMaxWeight: 13,
    bridgeMinCrossWeight: -5,
    scorePair: (i: number, j: number) => weights.get(`${Math.min(i, j)}-${Math.max(i, j)}`) ?? -20,
    ...extra,
  };
}

describe('clusterLinks', () => {
  it('forms connected components of the links and leaves non-links apart', () => {
    const out = clusterLinks(
      input(
        [
          [0, 1, 20],
          [1, 2, 20],
          [0, 2, 20],
          [3, 4, 2],
        ],
        5,
      ),
    );
    expect(out.clusterCount).toBe(3);
    expect(out.clusterOf[0]).toBe(out.clusterOf[2]);
    expect(out.clusterOf[3]).not.toBe(out.clusterOf[4]);
    expect(out.withheld).toEqual([]);
  });

  it('never puts two different valid IDs in one cluster and reports the link as a conflict', () => {
    // 0 and 2 carry different valid IDs; 1 (no ID) links to both, more strongly to 0.
    const out = clusterLinks(
      input(
        [
          [0, 1, 20],
          [1, 2, 15],
        ],
        3,
        { conflictKey: ['110105194912310029', null, '440524188001010014'] },
      ),
    );
    expect(out.clusterOf[0]).toBe(out.clusterOf[1]);
    expect(out.clusterOf[2]).not.toBe(out.clusterOf[1]);
    expect(out.withheld).toEqual([{ pair: 1, reason: 'conflict' }]);
  });

  it('cuts a weak bridge between records that disagree when compared directly', () => {
    // 0–1 strong, 1–2 just above the link threshold, 0–2 compared directly: clearly different.
    const out = clusterLinks(
      input(
        [
          [0, 1, 25],
          [1, 2, 6],
          [0, 2, -15],
        ],
        3,
      ),
    );
    expect(out.clusterOf[0]).toBe(out.clusterOf[1]);
    expect(out.clusterOf[2]).not.toBe(out.clusterOf[1]);
    expect(out.withheld).toEqual([{ pair: 1, reason: 'weak_bridge' }]);
  });

  it('keeps a weak bridge when the two sides agree when compared directly', () => {
    const out = clusterLinks(
      input(
        [
          [0, 1, 25],
          [1, 2, 6],
          [0, 2, 4],
        ],
        3,
      ),
    );
    expect(out.clusterCount).toBe(1);
  });
});
