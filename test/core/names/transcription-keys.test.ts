/**
 * idx46: the candidate index finds a foreign name written in katakana, hangul or Chinese
 * transcription characters from its Latin or Cyrillic spelling and the reverse, as
 * compareNames matches them (translit:foreign-name, transcription.ts). The people are
 * constructed: names made up for the keys.
 */
import { describe, expect, it } from 'vitest';
import { CandidateIndex } from '../../../src/core/names/candidate-index.ts';
import { compareNames } from '../../../src/core/names/index.ts';
import { KeyBuffer } from '../../../src/core/names/index-keys.ts';
import { parseUncached } from '../../../src/core/names/parse.ts';
import {
  latinKey,
  transcriptionKeysInto,
  writtenKeys,
} from '../../../src/core/names/transcription-keys.ts';

/** Whether an index holding `held` (among a few other people) returns it as a match for `query`. */
function finds(held: string, query: string): boolean {
  const index = new CandidateIndex();
  index.add('other-1', 'Grigory Sobolev');
  index.add('other-2', 'Galina Sokolova');
  index.add('e', held);
  index.add('other-3', 'Howard Baker');
  return index.search(query).some((h) => h.entityId === 'e' && h.decision === 'match');
}

function keys(name: string, filing: boolean): Set<number> {
  const buf = new KeyBuffer();
  transcriptionKeysInto(parseUncached(name), buf, filing);
  return new Set(buf.keys.subarray(0, buf.count));
}

describe('idx46 transcription keys: search finds a foreign name in katakana, hangul or Chinese', () => {
  it.each([
    ['Grigory Sokolov', 'グリゴリー・ソコロフ'],
    ['Grigory Sokolov', '그리고리 소콜로프'],
    ['Grigory Sokolov', '格里戈里·索科洛夫'],
    ['Григорий Соколов', '格里戈里·索科洛夫'],
    ['Григорий Соколов', 'グリゴリー・ソコロフ'],
    ['Howard Bennett', '霍华德·贝内特'],
    ['Howard Bennett', '하워드 베넷'],
    ['Howard Bennett', 'ハワード・ベネット'],
  ])('finds %s from %s and the reverse', (latin, written) => {
    // Bennett in katakana and Chinese meets Latin Howard Bennett under an ordinary key (the
    // reading's skeleton bnt) too, where it was taken as weak before: a written alias no longer is.
    expect(compareNames(latin, written).decision).toBe('match');
    expect(finds(latin, written)).toBe(true);
    expect(finds(written, latin)).toBe(true);
  });

  it('does not return what compareNames keeps apart', () => {
    expect(finds('Grigory Sokolov', 'グリゴリー・ソコロワ')).toBe(false);
    expect(finds('グリゴリー・ソコロワ', 'Grigory Sokolov')).toBe(false);
    expect(finds('Howard Bennett', '霍华德·贝克')).toBe(false);
  });

  it('files a Latin name under one key of its consonants, word by word', () => {
    // Each word: c (a consonant first), then its first three consonants that must be written:
    // Grigory g r g (its r before a vowel is kept), Sokolov s k l.
    expect(latinKey(parseUncached('Grigory Sokolov'))).toBe('cklk|cskl');
    // An opening h is left out, as is an r before a consonant; -a is marked.
    expect(latinKey(parseUncached('Howard Bennett'))).toBe('vpt|cpnt');
    expect(latinKey(parseUncached('Galina Sokolova'))).toBe('cakln|caskl');
    expect(keys('Grigory Sokolov', true).size).toBe(1);
  });

  it('gives a written name every reading of its consonants, among them the Latin key', () => {
    const sokolov = writtenKeys(parseUncached('グリゴリー・ソコロフ'))!;
    expect(sokolov).toContain('cklk|cskl');
    // Its -a (ワ) is met only by a Latin -a: Sokolova, not Sokolov.
    const sokolova = writtenKeys(parseUncached('グリゴリー・ソコロワ'))!;
    expect(sokolova).not.toContain('cklk|cskl');
    expect(sokolova).toContain('cklk|caskl');
  });

  it('keeps two Latin names, and Greek letters, out of these keys', () => {
    // A Latin query looks only among names in the transcription scripts.
    const q = keys('Grigory Sokolov', false);
    expect([...keys('Grigory Sokolov', true)].some((k) => q.has(k))).toBe(false);
    // Greek names are read by greek.ts into the ordinary keys.
    expect(keys('Γκριγκόρι Σοκολόφ', true).size).toBe(0);
    // East Asian names in Latin letters have their own readings.
    expect(keys('Wang Dan', true).size).toBe(0);
    // One word: transcriptionMatch compares two words or more.
    expect(keys('グリゴリー', true).size).toBe(0);
  });
});
