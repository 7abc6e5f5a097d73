import { describe, expect, it } from 'vitest';
import { AliasForms, decode, encode } from '../../../src/core/names/alias-forms.ts';
import { compareParsed } from '../../../src/core/names/compare.ts';
import { CandidateIndex, compareNames } from '../../../src/core/names/index.ts';
import { parseUncached } from '../../../src/core/names/parse.ts';

const STORED = [
  'Maria Kalesnikava',
  'Мария Колесникова',
  'Марыя Калеснікава',
  'KALESNIKAVA Maria',
  'Kalesnikava, Maria',
  'Siarhei Tsikhanouski',
  'Sergei Tikhanovsky',
  'Mikhail Chodorkowski', // two folds of a bare Latin 'ch'
  'Сергей Тихановского', // an inflected surname: extra nominative forms
  'Zmitser Dashkevich',
  'John Coale',
];

const NOT_STORED = [
  'Maria Aliaksandrauna Kalesnikava', // patronymic
  'S. Tsikhanouski', // initial
  'Kalesnikava', // no given name
  'Vladimir Kara-Murza', // stored: a hyphenated surname is one word
  'Anna Maria Kowalska', // a middle name
];

describe('AliasForms', () => {
  it('rebuilds exactly the parse of the common shape', () => {
    for (const name of STORED) {
      const parsed = parseUncached(name);
      const rec = encode(parsed.parses, name);
      expect(rec, name).not.toBe('');
      expect(decode(rec, name).parses, name).toEqual(parsed.parses);
    }
  });

  it('scores a rebuilt alias exactly like a parsed one', () => {
    const query = parseUncached('Колесниковой Марии');
    for (const name of STORED) {
      const rebuilt = decode(encode(parseUncached(name).parses, name), name);
      expect(compareParsed(query, rebuilt), name).toEqual(compareNames('Колесниковой Марии', name));
    }
  });

  it('leaves other shapes to be re-parsed from the text', () => {
    const stored = NOT_STORED.filter((n) => encode(parseUncached(n).parses, n) !== '');
    expect(stored).toEqual(['Vladimir Kara-Murza']);
    expect(encode(parseUncached('Maria\u0001 Kalesnikava').parses, 'Maria\u0001 Kalesnikava')).toBe(
      '',
    );
  });

  it('numbers records densely and answers null for a shape it did not store', () => {
    const forms = new AliasForms();
    const names = ['Maria Kalesnikava', 'S. Tsikhanouski', 'Ihar Losik'];
    names.forEach((n, i) => {
      expect(forms.push(parseUncached(n).parses, n)).toBe(i);
    });
    expect(forms.size).toBe(3);
    expect(forms.get(0, names[0]!)?.parses).toEqual(parseUncached(names[0]!).parses);
    expect(forms.get(1, names[1]!)).toBeNull();
    expect(forms.get(2, names[2]!)?.parses[0]?.surname?.text).toBe('losik');
  });

  it('gives the index the same answers for stored and re-parsed aliases', () => {
    const index = new CandidateIndex();
    index.add('P1', 'Марыя Калеснікава');
    index.add('P2', 'Maria Aliaksandrauna Kalesnikava');
    index.add('P3', 'Siarhei Tsikhanouski');
    const hits = index.search('Колесниковой Марии', { limit: 5 });
    expect(hits.map((h) => h.entityId).sort()).toEqual(['P1', 'P2']);
    const direct = compareNames('Колесниковой Марии', 'Марыя Калеснікава');
    expect(hits.find((h) => h.entityId === 'P1')?.score).toBe(direct.score);
    expect(hits.find((h) => h.entityId === 'P1')?.evidence).toEqual(direct.evidence);
  });
});
