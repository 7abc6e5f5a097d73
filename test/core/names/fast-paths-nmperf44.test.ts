import { describe, expect, it } from 'vitest';
import { particleWord } from '../../../src/core/names/ben-joined.ts';
import { burmeseSyllablesOnly } from '../../../src/core/names/burmese.ts';
import { spanishCue } from '../../../src/core/names/fold.ts';
import { compoundShortened, spellingVariant } from '../../../src/core/names/spelling-variants.ts';
import { pieceWords as words } from '../../support/random.ts';

/**
 * Fast paths of nmperf44 (docs/names.md, "Cold lookups after the fifth session"), each checked
 * against the definition it replaced on generated words, as in fast-paths-compare.test.ts.
 */

const PARTICLE_WORD = /(?:^|\s)(?:ben|bin|ibn|بن|ابن)(?=\s)/iu;

const SPANISH_CUE = /[áéíóúñ]|^(?=.*(?:j[aeiou]|g[ei]|c[ei]|z|qu|^h))[a-z]+[aeo]$/;

/** spellingVariant before its cues: every rule run on both words. */
const RULES: ReadonlyArray<[string, RegExp, string]> = [
  ['h after t or p', /([tp])h/g, '$1'],
  ['final h', /([aeiou])h$/, '$1'],
  ['ck, q', /ck|q/g, 'k'],
  ['dzh-', /^dzh/, 'zh'],
];
const BURMESE_H = /^h([kp])/;
function plainSpellingVariant(x: string, y: string): string | null {
  if (x === y || x.length < 3 || y.length < 3 || !/^[a-z]+$/.test(x) || !/^[a-z]+$/.test(y))
    return null;
  if (BURMESE_H.test(x) || BURMESE_H.test(y))
    return x.replace(BURMESE_H, '$1h') === y.replace(BURMESE_H, '$1h') ? 'burmese hk, hp' : null;
  if (x.length < 4 || y.length < 4) return null;
  for (const [name, re, to] of RULES) {
    const nx = x.replace(re, to);
    const ny = y.replace(re, to);
    if (nx !== x || ny !== y) if (nx === ny) return name;
  }
  return plainMaghrebiVowel(x, y) ? 'maghrebi vowel' : null;
}

function plainMaghrebiVowel(x: string, y: string): boolean {
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (long.length !== short.length + 1 || !/^[^aeiouy][^aeiouyh]/.test(short)) return false;
  const v = long[0] === 'e' || long[0] === 'i' ? 0 : 1;
  return (long[v] === 'e' || long[v] === 'i') && long.slice(0, v) + long.slice(v + 1) === short;
}

const COMPOUND_TAIL =
  /^(\p{L}{4,}?)-?(?:[aou]l{1,2}ah|ol{1,2}ah|ul{1,2}ah|[aeou]d{1,2}in[e]?|al-?din)$/u;
function plainCompoundShortened(x: string, y: string): boolean {
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  const m = COMPOUND_TAIL.exec(long);
  return !!m && m[1] === short;
}

const LATIN_POOL = ['a', 'e', 'o', 'u', 'i', 'h', 't', 'p', 'k', 'c', 'q', 'd', 'z', 'j', 'g'];

describe('nmperf44 fast paths', () => {
  it('particleWord is the particle expression', () => {
    const pool = ['ben', 'Bin', 'IBN', 'bEn', 'ib', 'be', 'n', 'بن', 'ابن', 'ب', ' ', '\u00a0'];
    const cases = [...words(44, [...pool, '\t', 'x', '-', 'b', 'i'], 20_000, 6), 'ben ', ' بن x'];
    for (const s of cases) expect(particleWord(s), JSON.stringify(s)).toBe(PARTICLE_WORD.test(s));
  });

  it('burmeseSyllablesOnly is every word a syllable', () => {
    const pool = ['aung', 'san', 'win', 'myint', 'u', 'daw', 'x', ' ', '  ', '\u3000', 'kyaw'];
    for (const s of words(45, pool, 5_000, 5)) {
      const plain = s
        .split(/\s+/)
        .filter(Boolean)
        .every((w) => burmeseSyllablesOnly(w));
      expect(burmeseSyllablesOnly(s), JSON.stringify(s)).toBe(plain);
    }
    expect(burmeseSyllablesOnly('aung san')).toBe(true);
    expect(burmeseSyllablesOnly('aung smith')).toBe(false);
  });

  it('spanishCue is the Spanish cue expression', () => {
    const pool = [...LATIN_POOL, 'á', 'ñ', 'r', 'n', 'qu', 'll'];
    for (const s of words(46, pool, 20_000, 7))
      expect(spanishCue(s), JSON.stringify(s)).toBe(SPANISH_CUE.test(s));
  });

  it('spellingVariant with cues answers as every rule run', () => {
    const a = words(47, LATIN_POOL, 3_000, 6);
    const b = words(48, LATIN_POOL, 3_000, 6);
    for (let i = 0; i < a.length; i++) {
      for (const [x, y] of [
        [a[i]!, b[i]!],
        [a[i]!, a[i]!.replace(/k/, 'q')],
        [a[i]!, `${a[i]}h`],
        [`th${a[i]}`, `t${a[i]}`],
        [`jl${a[i]}`, `jel${a[i]}`],
        [`br${a[i]}`, `ibr${a[i]}`],
      ] as Array<[string, string]>)
        expect(spellingVariant(x, y), `${x} ${y}`).toBe(plainSpellingVariant(x, y));
    }
  });

  it('compoundShortened with its prefix test answers as the expression alone', () => {
    const tails = ['ollah', 'allah', 'ullah', 'eddin', 'oddine', 'al-din', 'din', 'ah'];
    const heads = words(49, ['a', 'e', 'h', 'm', 's', 't', 'j'], 2_000, 6);
    for (const h of heads)
      for (const t of tails) {
        for (const other of [h, h.slice(1), `${h}a`, `${h}${t}`])
          expect(compoundShortened(`${h}${t}`, other)).toBe(
            plainCompoundShortened(`${h}${t}`, other),
          );
      }
    expect(compoundShortened('heshmatollah', 'heshmat')).toBe(true);
  });
});
