// The scorer over ELD's table must answer as `eld.detect` does, scores and their order included:
// the report's language and its near languages (reportLexicon) follow from them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eld } from 'eld/small';
import { describe, expect, it } from 'vitest';
import { eldScores, readsTable } from '../../../src/core/extract/eld-scores.ts';
import { Rng } from '../../support/random.ts';
import { loadFixtures } from './fixture-support.ts';

function viaEld(text: string) {
  const r = eld.detect(text);
  return { language: r.language, scores: r.language ? Object.entries(r.getScores()) : [] };
}

const FIXTURES = join(import.meta.dirname, '../../fixtures');

function fixtureTexts(): string[] {
  const texts = loadFixtures().map((f) => f.input.text);
  for (const dir of ['languages', 'detentions'])
    for (const file of readdirSync(join(FIXTURES, dir)).filter((f) => f.endsWith('.jsonl')))
      for (const line of readFileSync(join(FIXTURES, dir, file), 'utf8').split('\n'))
        if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
  return texts;
}

// Letters of several scripts, marks, apostrophes, digits, spaces, a stray surrogate, an emoji.
const PIECES = [
  ...'abcdefghijklmnopqrstuvwxyzäöüßéèçñłęąőűışğ',
  ...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяіўєїґ',
  ...'ابتثجحخدذرسشصضطظعغفقكلمنهوي',
  ...'的一是不了人我在有他这中大来上国',
  ...'აბგდევზთიკლმნოპჟრსტუ',
  'ǎ',
  'İ',
  'K',
  "'",
  '’',
  '`',
  '-',
  '.',
  ',',
  '5',
  '\ud800',
  '😀',
  ' ',
  ' ',
  ' ',
  '\n',
];

describe('eldScores', () => {
  it('reads the table', () => {
    expect(readsTable()).toBe(true);
  });

  it("answers as eld.detect on the fixtures' texts, whole and in pieces", () => {
    for (const text of fixtureTexts()) {
      for (const cut of [text.slice(0, 120), text.slice(0, 40), text, text.slice(120, 300)])
        expect(eldScores(cut)).toEqual(viaEld(cut));
    }
  });

  it('answers as eld.detect on random strings, long words and empty ones', () => {
    const rng = new Rng(29);
    const cases = ['', ' ', '...', 'a', 'ab', 'abc', 'abcd', 'abcde', 'x'.repeat(200)];
    for (let i = 0; i < 3000; i++) {
      let s = '';
      const n = rng.int(0, 140);
      for (let k = 0; k < n; k++)
        s += rng.chance(0.1) ? 'word'.repeat(rng.int(1, 25)) : rng.pick(PIECES);
      cases.push(s);
    }
    for (const text of cases) expect(eldScores(text)).toEqual(viaEld(text));
  });
});
