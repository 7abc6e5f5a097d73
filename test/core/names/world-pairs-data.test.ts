// Checks the world name pairs themselves (not the engine): the format, that every name is written
// in the script its row claims, the coverage the set promises, and that dev and test share no one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DIFFERENT_CATEGORIES,
  loadWorldPairs,
  parseWorldPairs,
  WORLD_PAIRS_FILE,
  type WorldPair,
} from '../../../bench/names-pairs.ts';

const pairs = loadWorldPairs();

/** Unicode scripts (Script_Extensions) a claimed ISO 15924 code allows. */
const SCRIPTS: Record<string, string[]> = {
  Latn: ['Latin'],
  Cyrl: ['Cyrillic'],
  Grek: ['Greek'],
  Geor: ['Georgian'],
  Armn: ['Armenian'],
  Arab: ['Arabic'],
  Hebr: ['Hebrew'],
  Deva: ['Devanagari'],
  Beng: ['Bengali'],
  Telu: ['Telugu'],
  Thai: ['Thai'],
  Mymr: ['Myanmar'],
  Khmr: ['Khmer'],
  Ethi: ['Ethiopic'],
  Tibt: ['Tibetan'],
  Hani: ['Han'],
  Hang: ['Hangul'],
  Jpan: ['Han', 'Hiragana', 'Katakana'],
};
const scriptRe = Object.fromEntries(
  Object.entries(SCRIPTS).map(([code, names]) => [
    code,
    new RegExp(`^(?:${names.map((n) => `\\p{scx=${n}}`).join('|')})$`, 'u'),
  ]),
);

/** Letters and marks of a name not in the claimed script ('' when all are), or why not. */
function offScript(name: string, code: string): string {
  const re = scriptRe[code];
  if (!re) return `unknown script code ${code}`;
  const letters = [...name].filter((c) => /[\p{L}\p{M}]/u.test(c));
  if (!letters.some((c) => /\p{L}/u.test(c))) return 'no letters';
  return letters.filter((c) => !re.test(c)).join('');
}

const ARABIC_YEH_KAF = /[\u064A\u0643\u0649]/u; // ي ك ى: Arabic, not Persian or Urdu
const PERSIAN_YEH_KEHEH = /[\u06CC\u06A9]/u; // ی ک: Persian and Urdu, not Arabic
const PERSIAN_OR_URDU = new Set(['IR', 'PK']);
const ARABIC_LANGUAGE = new Set(['EG', 'SA', 'SY', 'BH', 'MA', 'DZ', 'PS', 'IL', 'TR']);

const sides = (p: WorldPair) =>
  [
    [p.a, p.scripts[0]],
    [p.b, p.scripts[1]],
  ] as const;

describe('world name pairs: data', () => {
  it('parses: nine columns, known labels and categories, a split and people on every row', () => {
    expect(pairs.length).toBeGreaterThan(0);
    expect(() => parseWorldPairs('Ales\tAlies\tsame\tromanisation\tLatn\tBY\tdev\tx\n')).toThrow(
      /line 1: 8 columns, expected 9/,
    );
    expect(() =>
      parseWorldPairs('Ales\tAlies\tsame\thard-negative-given\tLatn\tBY\tdev\tx\tn\n'),
    ).toThrow(/line 1: category hard-negative-given does not fit label same/);
  });

  it('writes every name in the script its row claims, in NFC, without stray spaces', () => {
    // The check itself: Georgian is not Armenian, Persian is Arabic script, kana and kanji are Jpan.
    expect(offScript('მზია ამაღლობელი', 'Armn')).toBe('მზიაამაღლობელი');
    expect(offScript('نرگس محمدی', 'Arab')).toBe('');
    expect(offScript('Наргес Mohammadi', 'Cyrl')).toBe('Mohammadi');
    expect(offScript('袴田ひで子', 'Jpan')).toBe('');
    expect(offScript('袴田ひで子', 'Hani')).toBe('ひで');
    const wrong: string[] = [];
    for (const p of pairs) {
      for (const [name, code] of sides(p)) {
        const off = offScript(name, code);
        if (off) wrong.push(`line ${p.line}: "${name}" claimed ${code}: ${off}`);
        if (name !== name.normalize('NFC')) wrong.push(`line ${p.line}: "${name}" is not NFC`);
        if (name !== name.trim() || /\s{2}/u.test(name))
          wrong.push(`line ${p.line}: "${name}" has stray spaces`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('writes Persian and Urdu with their own letters, Arabic with Arabic ones', () => {
    const wrong: string[] = [];
    for (const p of pairs) {
      for (const [name, code] of sides(p)) {
        if (code !== 'Arab') continue;
        // A pair may test the Arabic letters on purpose (Arabic-language reports write Persian
        // names with them); its note says so.
        const onPurpose = /\bArabic [يكى]/.test(p.note);
        if (PERSIAN_OR_URDU.has(p.country) && ARABIC_YEH_KAF.test(name) && !onPurpose)
          wrong.push(`line ${p.line}: Arabic yeh or kaf in "${name}"`);
        if (ARABIC_LANGUAGE.has(p.country) && PERSIAN_YEH_KEHEH.test(name))
          wrong.push(`line ${p.line}: Persian yeh or keheh in "${name}"`);
      }
    }
    expect(wrong).toEqual([]);
    const persian = pairs
      .filter((p) => p.country === 'IR')
      .flatMap((p) => [p.a, p.b])
      .join(' ');
    for (const letter of ['پ', 'چ', 'ژ', 'گ', 'ک', 'ی', '\u200C'])
      expect(persian, `Persian names use ${letter}`).toContain(letter);
  });

  it('has no pair twice and no name paired with itself', () => {
    const seen = new Map<string, number>();
    const wrong: string[] = [];
    for (const p of pairs) {
      if (p.a === p.b) wrong.push(`line ${p.line}: a equals b`);
      const key = [p.a, p.b].sort().join('\t');
      const before = seen.get(key);
      if (before) wrong.push(`line ${p.line} repeats line ${before}`);
      seen.set(key, p.line);
    }
    expect(wrong).toEqual([]);
  });

  it('covers at least 650 pairs, 12 scripts and 25 countries, a quarter of them different', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(650);
    expect(new Set(pairs.flatMap((p) => p.scripts)).size).toBeGreaterThanOrEqual(12);
    expect(new Set(pairs.map((p) => p.country)).size).toBeGreaterThanOrEqual(25);
    const different = pairs.filter((p) => !p.same);
    expect(different.length / pairs.length).toBeGreaterThanOrEqual(0.25);
    const hard = different.filter((p) =>
      (DIFFERENT_CATEGORIES as readonly string[]).includes(p.category),
    );
    expect(hard.length).toBeGreaterThanOrEqual(165);
    for (const c of DIFFERENT_CATEGORIES)
      expect(different.filter((p) => p.category === c).length, `${c} pairs`).toBeGreaterThanOrEqual(
        10,
      );
  });

  it('splits by person: nobody is in both dev and test; test keeps its pairs, dev grows', () => {
    const splitOf = new Map<string, { split: string; line: number }>();
    const wrong: string[] = [];
    for (const p of pairs) {
      for (const person of p.people) {
        const before = splitOf.get(person);
        if (before && before.split !== p.split)
          wrong.push(`${person}: ${before.split} on line ${before.line}, ${p.split} on ${p.line}`);
        if (!before) splitOf.set(person, { split: p.split, line: p.line });
      }
    }
    expect(wrong).toEqual([]);
    // The split was about 60/40 when it was made; later rounds added dev pairs only (test people
    // stay unseen), so dev's share grew while the test split kept the pairs it is reported on; the
    // ceiling only catches a test split that lost its pairs (0.85 until the nm42 round's 478 dev
    // pairs took dev to 0.87, 0.8999 after nm44). The nm45 round held out about half of its new
    // pairs, by person, as new test pairs (259 test, 248 dev): dev 0.86.
    const dev = pairs.filter((p) => p.split === 'dev').length / pairs.length;
    expect(pairs.filter((p) => p.split === 'test').length).toBeGreaterThanOrEqual(467);
    expect(dev).toBeGreaterThan(0.55);
    expect(dev).toBeLessThan(0.9);
  });

  it('explains its columns in the header', () => {
    const header = readFileSync(WORLD_PAIRS_FILE, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('#'))
      .join('\n');
    for (const column of ['label', 'category', 'script', 'country', 'split', 'people', 'note'])
      expect(header).toContain(column);
    expect(header).toMatch(/split by person/i);
  });
});
