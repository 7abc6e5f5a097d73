/**
 * Extraction's work grows with the text, whatever its shape (docs/security.md, "Bounded
 * reads"): report texts and titles come from strangers (feeds, watched sources, editors). Two
 * patterns used to backtrack on one long word: the dateline (a line of 4,000 capitals took
 * 45 s, of Cyrillic capitals 5 min; the title is read twice before the text) and the place
 * scan (a chain of hyphenated capitals, 60,000 characters in 3 s). Each shape below, at 40,000
 * characters, now takes milliseconds; the bound is generous for a busy machine and far below
 * what the old patterns took (hours at this length).
 */
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/core/extract/index.ts';

const n = 40_000;
const sentence = 'Belarus freed nine political prisoners on 21 June 2025.';
const shapes: Record<string, string> = {
  'capitals at the start of a line': 'T'.repeat(n),
  'Cyrillic capitals': 'Ж'.repeat(n),
  'hyphenated capitals': 'Ta-'.repeat(n / 3),
  'Cyrillic hyphenated capitals': 'Жа-'.repeat(n / 3),
  'capitals after a parenthesis': `)${'T'.repeat(n)}`,
  'capitals and dots': 'T.'.repeat(n / 2),
  'capitals and spaces on many lines': 'TT  \n'.repeat(n / 5),
  'a long run of spaces after a capital word': `\nMINSK${' '.repeat(n)}x`,
};

describe('extraction on hostile shapes', () => {
  for (const [name, shape] of Object.entries(shapes))
    it(`reads ${n} characters of ${name} in linear time, as text and as a title`, () => {
      const t = performance.now();
      extractReport({ text: `${shape}\n${sentence}` });
      extractReport({ text: sentence, title: shape });
      expect(performance.now() - t).toBeLessThan(5000);
    });

  it('still finds a dateline and leaves its place out of the release country', () => {
    const text =
      'ANKARA (AP) — Belarus freed nine political prisoners on 21 June 2025, Turkey said. Ankara welcomed it.';
    expect(extractReport({ text }).releases[0]?.country).toBe('BY');
  });
});
