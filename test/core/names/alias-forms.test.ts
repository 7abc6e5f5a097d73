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
  'Tikhanovsky Siarhei', // reversed with a known given name: one reading
  'Losik Kalesnikava', // two surnames-like words: two readings
  'Αλεξέι Ναβάλνι', // Greek: the Latin reading is stored
  'Γκιόργκι Μπαρατασβίλι', // Greek given name no table knows: two readings
  'ალექსეი ნავალნი', // Georgian
  'Արայիկ Հարությունյան', // Armenian
  'مروان البرغوثي', // Arabic: family and reading
  '毛泽东', // Chinese: east Asian family
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
      const rec = encode(parsed, name);
      expect(rec, name).not.toBe('');
      const { tokens: _t, ...rest } = parsed;
      expect({ ...decode(rec, name), tokens: [] }, name).toEqual({ ...rest, tokens: [] });
    }
  });

  it('stores two readings of a two-word name whose order the table cannot tell', () => {
    const name = 'Γκιόργκι Μπαρατασβίλι';
    const parsed = parseUncached(name);
    expect(parsed.parses).toHaveLength(2);
    expect(decode(encode(parsed, name), name).parses).toEqual(parsed.parses);
  });

  it('keeps the Latin reading of another shape, so the script is not read again', () => {
    const name = 'Μαρία Αλεξάνδροβνα Κολέσνικοβα'; // a patronymic: not a stored shape
    const parsed = parseUncached(name);
    const rec = encode(parsed, name);
    expect(rec).toBe(`\u0005${parsed.reading}`);
    const forms = new AliasForms();
    forms.push(parsed, name);
    const { tokens: _t, ...rest } = forms.get(0, name);
    const { tokens: _u, ...want } = parsed;
    expect(rest).toEqual(want);
  });

  it('scores a rebuilt alias exactly like a parsed one', () => {
    const query = parseUncached('Колесниковой Марии');
    for (const name of STORED) {
      const rebuilt = decode(encode(parseUncached(name), name), name);
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

  it('numbers records densely and re-parses a shape it did not store', () => {
    const forms = new AliasForms();
    const names = ['Maria Kalesnikava', 'S. Tsikhanouski', 'Ihar Losik'];
    names.forEach((n, i) => {
      expect(forms.push(parseUncached(n).parses, n)).toBe(i);
    });
    expect(forms.size).toBe(3);
    expect(forms.get(0, names[0]!)?.parses).toEqual(parseUncached(names[0]!).parses);
    expect(forms.get(1, names[1]!).parses).toEqual(parseUncached(names[1]!).parses);
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
