import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/core/extract/language.ts';
import { normaliseForHash, sha256Hex } from '../../../src/core/extract/sha256.ts';
import { evidence, splitSentences } from '../../../src/core/extract/text.ts';

describe('splitSentences', () => {
  it('splits on stops, keeps offsets exact and skips abbreviations and initials', () => {
    const text = 'The U.S. envoy J. Coale came. Belarus freed 52!\n\nHeadline here\nNext line.';
    const parts = splitSentences(text);
    expect(parts.map((p) => p.text)).toEqual([
      'The U.S. envoy J. Coale came.',
      'Belarus freed 52!',
      'Headline here',
      'Next line.',
    ]);
    for (const p of parts) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});

describe('evidence', () => {
  it('trims spaces and commas and quotes exactly', () => {
    const text = 'freed, Ihar Losik, and';
    expect(evidence(text, 5, 18)).toEqual({ start: 7, end: 17, quote: 'Ihar Losik' });
  });
});

describe('sha256Hex', () => {
  it('matches node:crypto on ASCII, Cyrillic and long input', () => {
    for (const s of [
      '',
      'abc',
      'Беларусь освободила 52 человека',
      'x'.repeat(1000),
      'é'.repeat(63),
    ]) {
      expect(sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
    }
  });

  it('hashes the normalised text: line ends and outer spaces do not change it', () => {
    expect(sha256Hex(normaliseForHash('a\r\nb  \n'))).toBe(sha256Hex(normaliseForHash('a\nb')));
  });
});

describe('detectLanguage', () => {
  it('tells English, Russian and Belarusian apart', () => {
    expect(detectLanguage('Belarus freed 52 prisoners')).toBe('en');
    expect(detectLanguage('Беларусь освободила 52 политзаключенных')).toBe('ru');
    expect(detectLanguage('Беларусь вызваліла палітвязняў і іх вывезлі ў Літву')).toBe('be');
  });
});
