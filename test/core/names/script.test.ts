import { describe, expect, it } from 'vitest';
import { guessScript, normaliseName } from '../../../src/core/names/index.ts';
import { isPlain, normaliseToken } from '../../../src/core/names/script.ts';

describe('script and language guess', () => {
  it('tells Belarusian, Russian and Ukrainian Cyrillic apart by their letters', () => {
    expect(guessScript('Ціханоўскі').lang).toBe('be');
    expect(guessScript('Калеснікава').lang).toBe('cyrl');
    expect(guessScript('Тихановский').lang).toBe('ru');
    expect(guessScript('Асєєв').lang).toBe('uk');
    expect(guessScript('Їжак').lang).toBe('uk');
    // -ій is both Belarusian (Георгій) and Ukrainian (Андрій): no guess.
    expect(guessScript('Андрій').lang).toBe('cyrl');
  });

  it('recognises Latin systems by their diacritics and digraphs', () => {
    expect(guessScript('Cichanoŭski').lang).toBe('be-2007');
    expect(guessScript('Łosik').lang).toBe('be-lacinka');
    expect(guessScript('Mariâ').lang).toBe('iso9');
    expect(guessScript('Poczobut').lang).toBe('pl');
    expect(guessScript('Chodorkowski').lang).toBe('latn');
    expect(guessScript('Timoschenko').lang).toBe('de');
    expect(guessScript('Losik')).toEqual({ script: 'Latn', lang: 'latn' });
  });

  it('flags mixed-script tokens and repairs look-alike letters', () => {
    expect(guessScript('Kолесникова').script).toBe('mixed');
    const n = normaliseName('Мария Kолесникова');
    expect(n.surname).toBe('колесникова');
  });
});

describe('normaliseName', () => {
  it('reads Given Surname, SURNAME Given and Surname, Given', () => {
    expect(normaliseName('Maria Kalesnikava')).toMatchObject({
      given: 'maria',
      surname: 'kalesnikava',
    });
    expect(normaliseName('KALESNIKAVA Maria')).toMatchObject({
      given: 'maria',
      surname: 'kalesnikava',
      order: 'caps',
    });
    expect(normaliseName('Kalesnikava, Maria')).toMatchObject({
      given: 'maria',
      surname: 'kalesnikava',
      order: 'comma',
    });
  });

  it('finds the patronymic in both orders', () => {
    expect(normaliseName('Колесникова Мария Александровна')).toMatchObject({
      surname: 'колесникова',
      given: 'мария',
      patronymic: 'александровна',
    });
    expect(normaliseName('Igor Losik Gennadievich')).toMatchObject({
      given: 'igor',
      surname: 'losik',
      patronymic: 'gennadievich',
    });
    expect(normaliseName('Maria Aliaksandrauna Kalesnikava')).toMatchObject({
      surname: 'kalesnikava',
      patronymic: 'aliaksandrauna',
    });
  });

  it('reads initials and drops titles, quotes and punctuation', () => {
    const n = normaliseName('Mr. S.V. Tsikhanouski');
    expect(n).toMatchObject({ surname: 'tsikhanouski', given: 's', patronymic: 'v' });
    expect(normaliseName('«Виктор Бабарико»').normalised).toBe('виктор бабарико');
  });

  it('orders by the given-name table when there are no other clues', () => {
    expect(normaliseName('Statkevich Mikalai')).toMatchObject({
      given: 'mikalai',
      surname: 'statkevich',
    });
  });
});

describe('isPlain (text that needs no normalisation)', () => {
  it('accepts letters NFC leaves alone and refuses what normalisation would change', () => {
    for (const t of ['kalesnikava', 'калеснікава', 'cichanoŭski', 'łukašenka', 'ŝerbakov', 'ў'])
      expect(isPlain(t), t).toBe(true);
    // Decomposed letters, apostrophe-like marks and combining Cyrillic marks are not plain.
    for (const t of ['li\u0306', 'pod"yachev', 'o`neil', 'd’artagnan', 'ʼja', 'x´y', 'a\u0483'])
      expect(isPlain(t), t).toBe(false);
  });

  it('gives normaliseToken the same result either way', () => {
    for (const t of ['Калеснікава', 'Cichanoŭski', 'Pod"yachev', 'Лі\u0306', 'Ŝerbakov']) {
      const slow = t
        .toLowerCase()
        .normalize('NFC')
        .replace(/[’ʼ`´ʹʺ′‘"″]/g, "'");
      expect(normaliseToken(t), t).toBe(slow);
    }
  });
});
