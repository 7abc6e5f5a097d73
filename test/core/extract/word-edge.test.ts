// A leading lookbehind checked in code must find what the regex with it found: the same matches,
// at the same places, astral letters and stray surrogates included.
import { describe, expect, it } from 'vitest';
import { cueRules } from '../../../src/core/extract/lexicon.ts';
import { ALL_LANGUAGES, lexiconFor } from '../../../src/core/extract/lexicons/index.ts';
import {
  alternatives,
  classTest,
  codePointBefore,
  EdgeRule,
  execAfter,
  testAfter,
} from '../../../src/core/extract/word-edge.ts';
import { Rng } from '../../support/random.ts';

const PIECES = [
  'a',
  'l',
  '-',
  'al-',
  'Ab',
  'É',
  'ж',
  'Ж',
  '’',
  "'",
  ' ',
  ',',
  '5',
  '\u0301',
  '𝐀',
  '𐐀',
  '\ud801',
  '\udc00',
  '😀',
];

function all(re: RegExp, s: string): [number, string][] {
  return [...s.matchAll(re)].map((m) => [m.index, m[0]]);
}

function allAfter(re: RegExp, s: string, before: (cp: number) => boolean): [number, string][] {
  const out: [number, string][] = [];
  re.lastIndex = 0;
  for (let m = execAfter(re, s, before); m; m = execAfter(re, s, before)) out.push([m.index, m[0]]);
  return out;
}

describe('word edges checked in code', () => {
  it('reads a surrogate pair before an index whole', () => {
    expect(codePointBefore('𝐀b', 2)).toBe(0x1d400);
    expect(codePointBefore('\udc00b', 1)).toBe(0xdc00);
    expect(codePointBefore('ab', 0)).toBe(-1);
  });

  it('finds what the lookbehind found, on random strings', () => {
    const inWord = classTest(/[\p{L}\p{M}\d'’-]/u);
    const letter = classTest(/\p{L}/u);
    const rng = new Rng(2029);
    for (let i = 0; i < 3000; i++) {
      let s = '';
      for (let k = rng.int(0, 30); k > 0; k--) s += rng.pick(PIECES);
      expect(allAfter(/(?:al-)?\p{Lu}[\p{L}\p{M}]*/gu, s, inWord)).toEqual(
        all(/(?<![\p{L}\p{M}\d'’-])(?:al-)?\p{Lu}[\p{L}\p{M}]*/gu, s),
      );
      expect(testAfter(/(?:ab|ж|𐐀)(?![\p{L}])/giu, s, letter)).toBe(
        /(?<![\p{L}])(?:ab|ж|𐐀)(?![\p{L}])/iu.test(s),
      );
    }
  });

  it('splits a source into its alternatives, opening whole groups', () => {
    expect(alternatives(String.raw`(?<![\p{L}])(?:a|b(?:c|d))(?![\p{L}])|(?:x|[|)]y)|z\|`)).toEqual(
      [String.raw`(?<![\p{L}])(?:a|b(?:c|d))(?![\p{L}])`, 'x', '[|)]y', 'z\\|'],
    );
  });

  it('tests and finds the first match as the release cues did, their lists included', () => {
    const rng = new Rng(7);
    const words = ['freed', 'released', 'liberados', 'освобождены', 'uwolnieni', 'excarcelados'];
    const pieces = [...words, ...PIECES, 'un', 'pre', 'é'];
    for (const lx of [lexiconFor(['en']), lexiconFor(['en', 'es', 'pt']), ALL_LANGUAGES]) {
      const { release, strongRelease } = cueRules(lx);
      for (const re of [release, strongRelease]) {
        const rule = new EdgeRule(re);
        for (let i = 0; i < 400; i++) {
          let s = '';
          for (let k = rng.int(0, 12); k > 0; k--) s += rng.pick(pieces);
          expect(rule.test(s)).toBe(re.test(s));
          const m = re.exec(s);
          const f = rule.exec(s);
          expect(f && [f.index, f[0]]).toEqual(m && [m.index, m[0]]);
        }
      }
    }
  });

  it('finds every match of a global loop, with lookbehinds of other shapes too', () => {
    const rng = new Rng(11);
    const pieces = ['by ', 'De by', 'de of', 'of', 'X', 'ab', ' ', 'é', '𐐀', "'"];
    const source = String.raw`(?<![\p{L}])(?<![Dd]e\s)(?<role>by|of)(?![\p{L}])|(?<!')ab`;
    const rule = new EdgeRule(new RegExp(source, 'giu'));
    for (let i = 0; i < 1000; i++) {
      let s = '';
      for (let k = rng.int(0, 10); k > 0; k--) s += rng.pick(pieces);
      const want = [...s.matchAll(new RegExp(source, 'giu'))].map((m) => [
        m.index,
        m[0],
        m.groups?.role,
      ]);
      expect(rule.all(s).map((m) => [m.index, m[0], m.groups?.role])).toEqual(want);
    }
  });
});
