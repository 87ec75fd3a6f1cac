import { describe, expect, it } from 'vitest';
import {
  basisFromCard,
  CARD_BASIS_CODES,
  findIarcBasis,
  IARC_BASIS_CODES,
  isMicroscopicallyVerified,
} from './basis';

describe('basis of diagnosis', () => {
  it('lists 8 IARC codes and 10 card codes', () => {
    expect(IARC_BASIS_CODES.map((c) => c.code)).toEqual([0, 1, 2, 4, 5, 6, 7, 9]);
    expect(CARD_BASIS_CODES).toHaveLength(10);
  });

  it('stores card code 3 as 2 and card code 8 as 7, keeping the original', () => {
    expect(basisFromCard(3)).toEqual({ iarc: 2, original: 3 });
    expect(basisFromCard('8')).toEqual({ iarc: 7, original: 8 });
    expect(basisFromCard(' 7 ')).toEqual({ iarc: 7, original: 7 });
    expect(basisFromCard('10')).toBeNull();
  });

  it('counts 5, 6 and 7 as microscopically verified', () => {
    const mv = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter(isMicroscopicallyVerified);
    expect(mv).toEqual([5, 6, 7]);
    for (const c of CARD_BASIS_CODES) {
      expect(isMicroscopicallyVerified(c.iarc)).toBe(c.cardCode >= 5 && c.cardCode <= 8);
    }
  });

  it('has labels for every IARC code and none for card-only codes', () => {
    expect(findIarcBasis(0)?.zh).toBe('仅有死亡医学证明书');
    expect(findIarcBasis(3)).toBeUndefined();
  });
});
