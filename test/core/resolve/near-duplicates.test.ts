import { describe, expect, it } from 'vitest';
import {
  factsAgree,
  fingerprint,
  type KeyFacts,
  NearDuplicateIndex,
  orderSimilarity,
} from '../../../src/core/resolve/near-duplicates.ts';

const facts: KeyFacts = { country: 'BY', window: ['2024-08-16', '2024-08-16'], count: 30 };

const wire = `Lukashenko pardons 30 more people jailed over protests

MINSK, Aug 16 - Belarusian leader Alexander Lukashenko pardoned 30 people on Friday who had been convicted of extremist crimes, his press office said, in the second such move since early July.

The office said those pardoned had written petitions asking for clemency. Several of them were seriously ill, it added. The rights group Viasna says about 1,400 political prisoners are held in Belarus.`;

const print = (text: string, over: Partial<Parameters<typeof fingerprint>[0]> = {}) =>
  fingerprint({
    text,
    language: 'en',
    releaseDate: '2024-08-16',
    country: 'BY',
    people: [],
    facts,
    ...over,
  });

describe('near duplicates', () => {
  it('finds a syndicated copy with a new headline and an extra line', () => {
    const index = new NearDuplicateIndex();
    index.add('src_1', print(wire));
    const copy = `Belarus: ${wire}\n\n(Distributed by a partner agency.)`;
    expect(index.find(print(copy))).toMatchObject({ id: 'src_1', how: 'text' });
  });

  it('does not link an independent report of the same event', () => {
    const index = new NearDuplicateIndex();
    index.add('src_1', print(wire));
    const other =
      'Thirty prisoners walked free in Belarus after a presidential pardon, rights activists said on Saturday; about 1,400 remain behind bars.';
    expect(index.find(print(other))).toBeNull();
  });

  it('does not link a template report about another release', () => {
    const index = new NearDuplicateIndex();
    index.add('src_1', print(wire));
    const september = wire.replaceAll('Aug 16', 'Sept 4').replace('second', 'third');
    const later: KeyFacts = { country: 'BY', window: ['2024-09-04', '2024-09-04'], count: 30 };
    expect(index.find(print(september, { facts: later, releaseDate: '2024-09-04' }))).toBeNull();
    expect(factsAgree(facts, later)).toBe(false);
    expect(factsAgree(facts, { ...facts, count: 31 })).toBe(false);
    expect(factsAgree(facts, { country: null, window: null, count: null })).toBe(true);
  });

  it('links a translation by its numbers, date and names in order', () => {
    const en =
      'On 11 September 2025 Belarus freed 52 prisoners, among them Ihar Losik, after talks; 14 were foreigners and 1,100 remain jailed.';
    const ru =
      '11 сентября 2025 года Беларусь освободила 52 заключённых, среди них Игорь Лосик; 14 из них иностранцы, а 1 100 остаются в тюрьмах.';
    const f: KeyFacts = { country: 'BY', window: ['2025-09-11', '2025-09-11'], count: 52 };
    const index = new NearDuplicateIndex();
    index.add('src_en', print(en, { facts: f, releaseDate: '2025-09-11', people: ['Ihar Losik'] }));
    const found = index.find(
      print(ru, { language: 'ru', facts: f, releaseDate: '2025-09-11', people: ['Игорь Лосик'] }),
    );
    expect(found).toMatchObject({ id: 'src_en', how: 'translation' });
  });

  it('measures number order agreement', () => {
    expect(orderSimilarity(['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'])).toBe(1);
    expect(orderSimilarity(['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a'])).toBe(0.25);
    expect(orderSimilarity([], ['a'])).toBe(0);
  });
});
