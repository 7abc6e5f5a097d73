import { describe, expect, it } from 'vitest';
import { bareSource, wordsSource } from '../../../src/core/extract/lexicons/compile.ts';
import { trieSource } from '../../../src/core/extract/lexicons/trie-source.ts';
import { Rng } from '../../support/random.ts';

const flat = (alts: string[]) => `(?:${alts.join('|')})`;

/** Every match of a global regex over s, as index:text. */
function matches(source: string, s: string): string[] {
  const re = new RegExp(source, 'giu');
  return [...s.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
}

describe('trieSource', () => {
  it('shares the first letters of entries that begin alike', () => {
    expect(trieSource(['secured their release', 'secured her release'])).toBe(
      '(?:secured (?:their release|her release))',
    );
    expect(trieSource(['freedom', 'freed'])).toBe('(?:freed(?:om|))');
    // 'c*' may match where 'cc' does and is tried first: 'cc' may not join 'ccb' before it.
    expect(trieSource(['ccb', 'c\\p{L}*', 'cc'])).toBe('(?:c(?:cb|\\p{L}*|c))');
  });

  it('parts branches only between whole units: groups, classes and quantified letters', () => {
    const src = trieSource([
      'releas(?:e|ed)',
      'releas(?:ing)',
      'walk\\p{L}*',
      'walk\\s+out',
      '[vV]on',
    ]);
    expect(src).toBe('(?:releas(?:(?:e|ed)|(?:ing))|walk(?:\\p{L}*|\\s+out)|[vV]on)');
    expect(() => new RegExp(src, 'u')).not.toThrow();
  });

  it.each([
    ['plain letters', 'abcé'],
    // Letters the 'i' flag folds together though their lower cases differ.
    ['letters that fold together', 'sſσςkK'],
  ])('matches what the flat alternation matches, in longest-first lists: %s', (_, letters) => {
    const rng = new Rng(7);
    const word = () =>
      Array.from({ length: rng.int(1, 4) }, () => rng.pick([...letters])).join('') +
      (rng.chance(0.2) ? '*' : '');
    for (let round = 0; round < 120; round++) {
      const entries = Array.from({ length: rng.int(2, 12) }, () =>
        Array.from({ length: rng.int(1, 2) }, word).join(' '),
      );
      const text = Array.from({ length: 30 }, () => rng.pick([...letters, ' ', ' ', 'B'])).join('');
      const bounded = wordsSource(entries);
      const bare = bareSource(entries);
      if (!bounded || !bare) continue;
      // compile.ts's own sources are the trees; rebuild the flat ones from the entries.
      const flatBare = flat(
        [...new Set(entries)]
          .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
          .map((e) =>
            e
              .split(/\s+/)
              .map((w) => (w.endsWith('*') ? `${w.slice(0, -1)}\\p{L}*` : w))
              .join('\\s+'),
          ),
      );
      expect(matches(bare, text), `${entries.join(', ')} in "${text}"`).toEqual(
        matches(flatBare, text),
      );
      expect(matches(bounded, text)).toEqual(
        matches(`(?<![\\p{L}\\p{M}])${flatBare}(?![\\p{L}])`, text),
      );
    }
  });

  it('finds a match wherever the flat alternation finds one, in any order', () => {
    const rng = new Rng(11);
    for (let round = 0; round < 200; round++) {
      const alts = Array.from({ length: rng.int(2, 8) }, () =>
        Array.from({ length: rng.int(1, 5) }, () => rng.pick(['a', 'b', 'c', ' '])).join(''),
      );
      const text = Array.from({ length: 20 }, () => rng.pick(['a', 'b', 'c', ' ', 'x'])).join('');
      expect(new RegExp(trieSource(alts), 'u').test(text)).toBe(
        new RegExp(flat(alts), 'u').test(text),
      );
    }
  });
});
