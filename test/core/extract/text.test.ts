import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/core/extract/language.ts';
import { lexiconFor } from '../../../src/core/extract/lexicons/index.ts';
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

describe('splitSentences: abbreviations of other languages', () => {
  const texts = (t: string, languages?: string[]) =>
    splitSentences(t, languages ? lexiconFor(languages) : undefined).map((p) => p.text);

  it('keeps a Polish title with its name after "ds."', () => {
    const t = 'Spotkał się z pełnomocnikiem ds. Litwy Adamem Wolskim. Rozmowa trwała godzinę.';
    expect(texts(t, ['pl'])).toEqual([
      'Spotkał się z pełnomocnikiem ds. Litwy Adamem Wolskim.',
      'Rozmowa trwała godzinę.',
    ]);
    // With no language known every list counts.
    expect(texts(t)).toHaveLength(2);
  });

  it('reads the lists of the report only', () => {
    // 'ds.' is Polish: an English text ending a sentence with it is cut there.
    expect(texts('Data came from ds. Then it stopped.', ['en'])).toHaveLength(2);
    expect(texts('Der Anwalt, z.B. Herr Maier, kam. Dann ging er.', ['de'])).toHaveLength(2);
  });

  it('keeps an article number with its code in Russian', () => {
    const t = 'Его обвинили по ч. 1 ст. 342 УК. Суд назначил срок.';
    expect(texts(t, ['ru'])).toEqual(['Его обвинили по ч. 1 ст. 342 УК.', 'Суд назначил срок.']);
  });

  it('still ends a sentence at a question mark after an abbreviation', () => {
    expect(texts('¿Quién paga en EE.UU.? Nadie lo sabe.', ['es'])).toHaveLength(2);
  });
});

describe('splitSentences: sentences glued without a space', () => {
  it('splits a stop right before a capitalised word, offsets into the original text', () => {
    const t = 'Ông Trần bị bắt hôm qua.Bản án sẽ được tuyên sau!Gia đình chờ.';
    const parts = splitSentences(t, lexiconFor(['vi']));
    expect(parts.map((p) => p.text)).toEqual([
      'Ông Trần bị bắt hôm qua.',
      'Bản án sẽ được tuyên sau!',
      'Gia đình chờ.',
    ]);
    for (const p of parts) expect(t.slice(p.start, p.end)).toBe(p.text);
  });

  it('leaves initials, decimals, acronyms, addresses and abbreviations whole', () => {
    for (const t of [
      'She met J.Doe and A.B.Carter there.',
      'Growth was 3.5 percent.',
      'Read it on www.Example.org today.',
      'Read it on Example.com today.',
      'The page news.org/Today.Html moved.',
      'He lives in TP.HCM now.',
      'Radio Sibir.Realii reported it.',
    ])
      expect(splitSentences(t, lexiconFor(['en'])), t).toHaveLength(1);
    expect(splitSentences('Họ ở Tp.Hồ Chí Minh.', lexiconFor(['vi']))).toHaveLength(1);
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
