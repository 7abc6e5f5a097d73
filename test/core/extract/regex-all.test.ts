// allMatches gives what String.prototype.matchAll gives, empty matches and surrogate pairs
// included, and leaves the regex's lastIndex as it found it.
import { describe, expect, it } from 'vitest';
import { allMatches } from '../../../src/core/extract/regex-all.ts';

const cases: [RegExp, string][] = [
  [/\p{Lu}\p{L}*/gu, 'Ales Bialiatski and Maria Kalesnikava'],
  [/x*/gu, 'a😀b'],
  [/x*/g, 'a😀b'],
  [/(?=\p{L})/gu, 'Ян 😀 Ли'],
  [/\d+/g, 'none here'],
];

describe('allMatches', () => {
  it.each(cases)('matches as matchAll does: %s on %s', (re, s) => {
    const expected = [...s.matchAll(re)].map((m) => [m.index, m[0]]);
    const got = allMatches(re, s).map((m) => [m.index, m[0]]);
    expect(got).toEqual(expected);
    expect(re.lastIndex).toBe(0);
  });
});
