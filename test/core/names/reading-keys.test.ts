import { describe, expect, it } from 'vitest';
import {
  JAPANESE_GIVEN_NAMES,
  JAPANESE_GIVEN_NAMES_WOMEN,
  JAPANESE_SURNAMES,
} from '../../../src/core/names/data/japanese-names.ts';
import { KeyBuffer } from '../../../src/core/names/index-keys.ts';
import { mayBeJapaneseWord } from '../../../src/core/names/kanji-reading.ts';
import { parseUncached } from '../../../src/core/names/parse.ts';
import { readingKeysInto, readsAliasWords } from '../../../src/core/names/reading-keys.ts';

function keys(name: string, filing: boolean): Set<number> {
  const buf = new KeyBuffer();
  readingKeysInto(parseUncached(name), buf, filing);
  return new Set(buf.keys.subarray(0, buf.count));
}

/** Whether a query for `a` looks under a key `b` is filed under. */
const meet = (a: string, b: string) => [...keys(a, false)].some((k) => keys(b, true).has(k));

describe('reading keys', () => {
  it('gives a Han name and the spellings its Cantonese reading matches a key in common', () => {
    expect(meet('黃之鋒', 'Wong Chi-fung')).toBe(true);
    expect(meet('黃之鋒', 'Chi Fung Wong')).toBe(true);
    expect(meet('黃之鋒', 'Joshua Wong Chi-fung')).toBe(true);
    expect(meet('黎智英', 'Lai Chee-ying')).toBe(true);
    expect(meet('歐陽冠聰', 'Au-yeung Kwun-chung')).toBe(true);
    expect(meet('Szeto Wah', '司徒華')).toBe(true);
    expect(meet('Wóng Chí-fung', '黃之鋒')).toBe(true);
    // Another surname, or a given name that opens with another syllable.
    expect(meet('黃之鋒', 'Lai Chee-ying')).toBe(false);
    expect(meet('黃之鋒', 'Wong Ka-ming')).toBe(false);
  });

  it('gives a kanji name and its Hepburn spellings a key in common, in either order', () => {
    expect(meet('久保田徹', 'Toru Kubota')).toBe(true);
    expect(meet('久保田徹', 'KUBOTA Tōru')).toBe(true);
    expect(meet('安倍晋三', 'Abe Shinzou')).toBe(true);
    expect(meet('安倍晋三', 'Abeshinzo')).toBe(true);
    expect(meet('Синдзо Абэ', '安倍晋三')).toBe(true);
    expect(meet('Toru Kubota', '久保田徹')).toBe(true);
    expect(meet('久保田徹', 'Shinzo Abe')).toBe(false);
  });

  it('files most Latin names under one reading key only, their transcription key', () => {
    // The one key is their consonants' (transcription-keys.ts, idx46), met only by names in
    // katakana, hangul or Chinese transcription characters.
    for (const name of [
      'Maria Kalesnikava',
      'Siarhei Tsikhanouski',
      'Мария Колесникова',
      'Ihar Losik',
    ])
      expect([keys(name, true).size, keys(name, false).size]).toEqual([1, 1]);
  });

  it('never brings two Latin names, or two Han names, together under a reading key', () => {
    expect(meet('Wong Chi-fung', 'Wong Chi-fung')).toBe(false);
    expect(meet('Toru Kubota', 'Kubota Toru')).toBe(false);
    expect(meet('黃之鋒', '黃之鋒')).toBe(false);
    expect(meet('久保田徹', '久保田徹')).toBe(false);
  });

  it('has the index parse aliases in full only for a query in Han characters', () => {
    expect(readsAliasWords(parseUncached('黃之鋒'))).toBe(true);
    expect(readsAliasWords(parseUncached('Wong Chi-fung'))).toBe(false);
    expect(readsAliasWords(parseUncached('Мария Колесникова'))).toBe(false);
  });
});

describe('mayBeJapaneseWord', () => {
  it('lets through every reading the table lists, in the spellings hepburnKey reads', () => {
    const readings = `${JAPANESE_SURNAMES}\n${JAPANESE_GIVEN_NAMES}\n${JAPANESE_GIVEN_NAMES_WOMEN}`
      .trim()
      .split(/\s+/)
      .flatMap((e) => (e.split(':')[1] ?? '').split('/'))
      .filter((r) => r !== '');
    expect(readings.length).toBeGreaterThan(300);
    for (const r of readings) expect([r, mayBeJapaneseWord(r)]).toEqual([r, true]);
    for (const w of ['Ohno', 'Satoh', 'Shinzō', 'Jumpei', 'Hattori', 'Itchō', "Shin'ichi"])
      expect([w, mayBeJapaneseWord(w)]).toEqual([w, true]);
    for (const w of ['Синдзо', 'Абэ', 'Сигэнобу', 'Ёсихидэ', 'Фусако'])
      expect([w, mayBeJapaneseWord(w)]).toEqual([w, true]);
  });

  it('turns away words no romanisation of Japanese writes', () => {
    for (const w of ['Kalesnikava', 'Tsikhanouski', 'Siarhei', 'Statkevich', 'Колесникова', 'Ігар'])
      expect([w, mayBeJapaneseWord(w)]).toEqual([w, false]);
  });
});
