import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/core/extract/language.ts';
import { normaliseForHash } from '../../../src/core/extract/normalise-text.ts';
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

  it('gives the same text when a sentence is copied out of a text with wider characters', () => {
    const text = `The “envoy” came. Belarus freed 52 people, café owners among them. ${'x '.repeat(900)}`;
    const parts = splitSentences(text);
    expect(parts.length).toBe(3);
    for (const p of parts) expect(p.text).toBe(text.slice(p.start, p.end));
  });
});

describe('evidence', () => {
  it('trims spaces and commas and quotes exactly', () => {
    const text = 'freed, Ihar Losik, and';
    expect(evidence(text, 5, 18)).toEqual({ start: 7, end: 17, quote: 'Ihar Losik' });
  });
});

describe('normaliseForHash', () => {
  it('gives one text for line ends, outer spaces, NUL and composed or decomposed letters', () => {
    expect(normaliseForHash('a\r\nb  \n')).toBe(normaliseForHash('a\nb'));
    expect(normaliseForHash('  Lo\u0000sik\r')).toBe('Losik');
    expect(normaliseForHash('Bialiatski\u0301')).toBe('Bialiatsk\u00ed');
  });
});

describe('detectLanguage', () => {
  it('tells English, Russian and Belarusian apart', () => {
    expect(detectLanguage('Belarus freed 52 prisoners')).toBe('en');
    expect(detectLanguage('Беларусь освободила 52 политзаключенных')).toBe('ru');
    expect(detectLanguage('Беларусь вызваліла палітвязняў і іх вывезлі ў Літву')).toBe('be');
  });
});
