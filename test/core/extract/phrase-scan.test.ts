// The phrase scanner must find exactly what the one-regex alternation of the same entries found
// (lexicons/compile.ts wordsSource without letter variants, 'gu'): it replaced that regex for the
// country names in uncased scripts, where the regex cost 12-26 ms per report.
import { describe, expect, it } from 'vitest';
import { wordsSource } from '../../../src/core/extract/lexicons/compile.ts';
import { PhraseScanner } from '../../../src/core/extract/phrase-scan.ts';
import { Rng } from '../../support/random.ts';

const entries = [
  '*إيران',
  '*السعودية',
  '*الولايات المتحدة',
  '*الولايات المتحدة الأمريكية',
  '*مصر',
  'ایران',
  'საქართველო',
  'საქართველოში',
  'ირანი',
  'ইরান',
  'מצרים',
  '香港',
  '中国',
  '中华人民共和国',
  'ミャンマー',
  'พม่า',
];

function byRegex(s: string): Array<{ start: number; end: number }> {
  const re = new RegExp(wordsSource(entries, false)!, 'gu');
  return [...s.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const scanner = new PhraseScanner(entries);

describe('PhraseScanner', () => {
  it.each([
    ['a clitic prefix of one to three Arabic letters', 'وإيران وبإيران ففبإيران فففبإيران'],
    [
      'a phrase with any run of spaces, the longest entry first',
      'الولايات   المتحدة\nالأمريكية والولايات المتحدة،',
    ],
    ['whole words only in spaced scripts', 'إيرانية مصري مصر3 ایرانی ایران'],
    ['a combining mark may follow a word', 'مصرَ إيرانٌ'],
    ['Georgian case endings are other words', 'საქართველოში საქართველო საქართველოს ირანი'],
    [
      'unspaced scripts match inside a run',
      '在中华人民共和国和中国香港特别行政区 ミャンマー軍 ประเทศพม่า',
    ],
    ['Bengali and Hebrew', 'ইরান থেকে; מצרים.'],
    ['nothing to find', 'Belarus freed 52 people. Беларусь.'],
  ])('%s', (_, text) => {
    const found = scanner.findAll(text);
    expect(found).toEqual(byRegex(text));
    if (!text.startsWith('Belarus')) expect(found.length).toBeGreaterThan(0);
  });

  it('agrees with the regex on 2,000 random strings of these scripts and entries', () => {
    const rng = new Rng(20261206);
    const bits = [
      ...entries.map((e) => e.replace('*', '')),
      'و',
      'ب',
      'ال',
      ' ',
      '  ',
      '\n',
      'ي',
      'ة',
      'َ',
      '3',
      ',',
      'x',
      '中',
      'ს',
    ];
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: rng.int(1, 12) }, () => rng.pick(bits)).join('');
      expect(scanner.findAll(text), JSON.stringify(text)).toEqual(byRegex(text));
    }
  });
});
