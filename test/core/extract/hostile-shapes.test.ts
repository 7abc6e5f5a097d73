/**
 * Extraction's work grows with the text, whatever its shape (docs/security.md, "Bounded
 * reads"): report texts and titles come from strangers (feeds, watched sources, editors). Two
 * patterns used to backtrack on one long word: the dateline (a line of 4,000 capitals took
 * 45 s, of Cyrillic capitals 5 min; the title is read twice before the text) and the place
 * scan (a chain of hyphenated capitals, 60,000 characters in 3 s). Each shape below, at 40,000
 * characters, now takes milliseconds. The check is a ratio, not a time limit, so a busy machine
 * cannot fail it: CPU time (not wall clock, which counts waiting for a core) at 40,000
 * characters against an eighth of that, best of three each, the ratio taken again (up to three
 * times) only when it is over the bound. Linear work gives about 8; the old patterns, quadratic
 * and worse, gave 64 and more.
 */
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/core/extract/index.ts';

const n = 40_000;
const sentence = 'Belarus freed nine political prisoners on 21 June 2025.';
const shapes: Record<string, (length: number) => string> = {
  'capitals at the start of a line': (k) => 'T'.repeat(k),
  'Cyrillic capitals': (k) => 'Ж'.repeat(k),
  'hyphenated capitals': (k) => 'Ta-'.repeat(k / 3),
  'Cyrillic hyphenated capitals': (k) => 'Жа-'.repeat(k / 3),
  'capitals after a parenthesis': (k) => `)${'T'.repeat(k)}`,
  'capitals and dots': (k) => 'T.'.repeat(k / 2),
  'capitals and spaces on many lines': (k) => 'TT  \n'.repeat(k / 5),
  'a long run of spaces after a capital word': (k) => `\nMINSK${' '.repeat(k)}x`,
};

/** CPU milliseconds to read the shape as text and as a title, best of three. */
function cpuMs(shape: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 3; k++) {
    const t = process.cpuUsage();
    extractReport({ text: `${shape}\n${sentence}` });
    extractReport({ text: sentence, title: shape });
    const used = process.cpuUsage(t);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/**
 * The smallest of up to three ratios, stopping at the first under the bound. Under a load
 * average of 15 one ratio of a linear shape once reached 24 (CPU time still grows with cache
 * misses on a crowded machine); a quadratic shape gives 64 and more every time, so a second
 * look cannot let one through.
 */
function bestRatio(make: (length: number) => string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let tries = 0; tries < 3 && best >= 24; tries++) {
    const small = cpuMs(make(n / 8));
    const big = cpuMs(make(n));
    // A floor of 2 ms on the small side: below it the clock's grain decides the ratio.
    best = Math.min(best, big / Math.max(small, 2));
  }
  return best;
}

describe('extraction on hostile shapes', () => {
  for (const [name, make] of Object.entries(shapes))
    it(`reads ${n} characters of ${name} in linear time, as text and as a title`, () => {
      cpuMs(make(n / 8)); // compiles the regexes first, so neither side pays for it
      expect(bestRatio(make)).toBeLessThan(24);
    });

  it('still finds a dateline and leaves its place out of the release country', () => {
    const text =
      'ANKARA (AP) — Belarus freed nine political prisoners on 21 June 2025, Turkey said. Ankara welcomed it.';
    expect(extractReport({ text }).releases[0]?.country).toBe('BY');
  });
});
