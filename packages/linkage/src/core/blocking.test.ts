import { describe, expect, it } from 'vitest';
import { blockPairs } from './blocking';

interface Row {
  a: string | null;
  b: string | null;
}
const rows: Row[] = [
  { a: 'x', b: '1' },
  { a: 'x', b: '1' },
  { a: 'x', b: '2' },
  { a: null, b: '2' },
];
const rules = [
  { name: 'a', key: (r: Row) => r.a },
  { name: 'b', key: (r: Row) => r.b },
];

describe('blockPairs', () => {
  it('emits each pair once across passes and never blocks on a missing key', () => {
    const { pairs, stats } = blockPairs(rows, rules);
    const list = Array.from(pairs.left, (l, p) => `${l}-${pairs.right[p]}`).sort();
    expect(list).toEqual(['0-1', '0-2', '1-2', '2-3']);
    expect(stats.pairsPerRule).toEqual([
      { rule: 'a', pairs: 3 },
      { rule: 'b', pairs: 1 },
    ]);
  });

  it('pairs only across sides in link mode, side 0 on the left', () => {
    const side = Uint8Array.of(1, 0, 0, 1);
    const { pairs } = blockPairs(rows, rules, { mode: 'link', side });
    const list = Array.from(pairs.left, (l, p) => `${l}-${pairs.right[p]}`).sort();
    expect(list).toEqual(['1-0', '2-0', '2-3']);
  });

  it('skips and reports blocks above the size limit, and a later pass can still pair them', () => {
    const { pairs, stats } = blockPairs(rows, rules, { maxBlockSize: 2 });
    expect(stats.skippedBlocks).toEqual([{ rule: 'a', key: 'x', size: 3 }]);
    expect(pairs.count).toBe(2); // 0-1 and 2-3 by rule b
  });
});
