import { describe, expect, it } from 'vitest';
import {
  boundedLevenshtein,
  isAdjacentTransposition,
  isOneSubstitution,
  jaroWinkler,
} from './string-similarity';

describe('jaroWinkler', () => {
  // Reference values: Winkler (1990) table, as reproduced by R stringdist::stringsim(method = "jw", p = 0.1).
  it.each([
    ['MARTHA', 'MARHTA', 0.961111],
    ['DWAYNE', 'DUANE', 0.84],
    ['DIXON', 'DICKSONX', 0.813333],
    ['li na', 'li na', 1],
    ['abc', '', 0],
  ])('gives %s ~ %s the published similarity %f', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 5);
  });

  it('is symmetric', () => {
    expect(jaroWinkler('liu min', 'liu ming')).toBeCloseTo(jaroWinkler('liu ming', 'liu min'), 12);
  });
});

describe('keying errors', () => {
  it('recognises one substituted character and nothing else', () => {
    expect(isOneSubstitution('360102199001011234', '360102199001011284')).toBe(true);
    expect(isOneSubstitution('1234', '1234')).toBe(false);
    expect(isOneSubstitution('1234', '1243')).toBe(false);
  });

  it('recognises one adjacent transposition and nothing else', () => {
    expect(isAdjacentTransposition('1234', '1324')).toBe(true);
    expect(isAdjacentTransposition('1234', '1234')).toBe(false);
    expect(isAdjacentTransposition('1234', '4231')).toBe(false);
  });

  it('bounds the Levenshtein distance', () => {
    expect(boundedLevenshtein('kitten', 'sitting', 5)).toBe(3);
    expect(boundedLevenshtein('kitten', 'sitting', 1)).toBe(2);
  });
});
