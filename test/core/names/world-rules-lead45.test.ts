/**
 * European names written in Arabic letters (lead45, issue 14): Arabic has no v, p, e or o, so
 * its press writes v as ف, p as ب, ch as تش and leaves a silent h out. The people are
 * constructed: names made up for the rule.
 */
import { describe, expect, it } from 'vitest';
import { compareNames } from '../../../src/core/names/index.ts';
import { europeanInArabic } from '../../../src/core/names/readings.ts';

const decide = (a: string, b: string) => compareNames(a, b).decision;
const notes = (a: string, b: string) =>
  compareNames(a, b)
    .evidence.map((e) => e.note ?? '')
    .join(' | ');

describe('lead45 translit:ar: a European given name as Arabic letters write it', () => {
  it('reads v as f, p as b, e as i, o as u, a French -ier and a silent final e', () => {
    expect(europeanInArabic('Ivan', 'iifan')).toBe(true);
    expect(europeanInArabic('Olivier', 'aulifiih')).toBe(true);
    expect(europeanInArabic('Gustav', 'ghustaf')).toBe(true);
    expect(europeanInArabic('Paul', 'bul')).toBe(true);
    expect(europeanInArabic('Cécile', 'sisil')).toBe(true);
    // Another name, or too little to go on.
    expect(europeanInArabic('Pavel', 'fadim')).toBe(false);
    expect(europeanInArabic('Ugo', 'ughu')).toBe(false);
  });

  it.each([
    ['Ivan Petrovsky', 'إيفان بيتروفسكي'],
    ['Olivier Rastel', 'أوليفييه راستيل'],
    ['Viktor Norlund', 'فيكتور نورلوند'],
  ])('%s / %s match', (a, b) => {
    expect(decide(a, b)).toBe('match');
    expect(notes(a, b)).toContain('a European name as Arabic letters write it');
  });

  it.each([
    ['Pavel Ostrov', 'فاديم أوستروف', 'Vadim, not Pavel'],
    ['Olivier Rastel', 'إيفان راستيل', 'Ivan, not Olivier'],
  ])('%s / %s stay apart (%s)', (a, b) => {
    expect(decide(a, b)).not.toBe('match');
  });
});

describe('lead45 translit:arabic: foreign consonants in an Arabic surname', () => {
  it.each([
    // v as ف and ch as تش.
    ['Dmitri Lukovich', 'دميتري لوكوفيتش'],
    // The silent h of German oh and English wh.
    ['Paul Kohlberg', 'بول كولبرغ'],
    ['Martin Whelby', 'مارتن ويلبي'],
  ])('%s / %s match', (a, b) => {
    expect(decide(a, b)).toBe('match');
  });

  it.each([
    ['Dmitri Lukovich', 'دميتري لوكاشيك', 'another surname'],
    ['Paul Kohlberg', 'بول كولمان', 'another surname'],
  ])('%s / %s stay apart (%s)', (a, b) => {
    expect(decide(a, b)).not.toBe('match');
  });
});

describe('lead45 translit:el: a Greek word never ends in ντ, μπ or γκ', () => {
  it.each([
    ['David Keller', 'Νταβίντ Κέλερ'],
    ['Farid Wali', 'Φαρίντ Ουαλί'],
  ])('%s / %s match: a final ντ is a foreign d', (a, b) => {
    expect(decide(a, b)).toBe('match');
  });

  it('keeps a medial ντ as nd', () => {
    expect(decide('Andreas Kalos', 'Αντρέας Καλός')).toBe('match');
  });
});
