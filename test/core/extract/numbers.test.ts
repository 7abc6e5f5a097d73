import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../src/core/extract/numbers.ts';

const first = (s: string) => {
  const q = findQuantities(s)[0]!;
  return { value: q.value, qualifier: q.qualifier, text: s.slice(q.start, q.end) };
};

describe('findQuantities', () => {
  it('reads digits with thousands separators', () => {
    expect(first('more than 1,000 remain')).toEqual({
      value: 1000,
      qualifier: 'more_than',
      text: 'more than 1,000',
    });
    expect(first('около 1 100 человек').value).toBe(1100);
  });

  it('reads English number words, hyphenated or not', () => {
    expect(first('Fifty-two prisoners').value).toBe(52);
    expect(first('fifty two detainees').value).toBe(52);
    expect(first('one hundred and twenty-three inmates').value).toBe(123);
    expect(first('a thousand people').value).toBe(1000);
    expect(first('two dozen people').value).toBe(24);
  });

  it('reads Russian number words', () => {
    expect(first('освободили трех заключенных').value).toBe(3);
    expect(first('пятьдесят два человека').value).toBe(52);
  });

  it('maps qualifiers', () => {
    expect(first('almost 1,200 people').qualifier).toBe('almost');
    expect(first('over 100 prisoners').qualifier).toBe('more_than');
    expect(first('at least 30 people').qualifier).toBe('at_least');
    expect(first('up to 40 people').qualifier).toBe('up_to');
    expect(first('roughly 1,150 prisoners').qualifier).toBe('about');
    expect(first('более 1100 политзаключенных').qualifier).toBe('more_than');
    expect(first('почти 1200').qualifier).toBe('almost');
  });

  it('treats dozens and hundreds as lower bounds', () => {
    expect(findQuantities('Dozens of prisoners')[0]).toMatchObject({
      value: 24,
      qualifier: 'at_least',
      vague: true,
    });
    expect(findQuantities('десятки людей')[0]).toMatchObject({ value: 20, vague: true });
  });

  it('ignores words that only look like numbers', () => {
    expect(findQuantities('Someone said anyone could go')).toEqual([]);
  });

  it("reads Norwegian 'to', 'fire', 'ni' and 'ti' as numbers in Scandinavian text only", () => {
    const values = (s: string, language: string) => findQuantities(s, language).map((q) => q.value);
    expect(values('Iran lauslet to fangar og fire journalistar', 'nn')).toEqual([2, 4]);
    expect(values('Iran løslot ni fanger og ti journalister', 'no')).toEqual([9, 10]);
    // Every list reads a text of a language without one: English words stay words.
    expect(values('Two were sent to prison; fire broke out', 'en')).toEqual([2]);
    expect(values('no es para ti ni para mí', 'es')).toEqual([]);
    // Nor do they continue a number: 'two to' is no 'two-two'.
    expect(values('They flew two to Vilnius', 'en')).toEqual([2]);
    expect(values('ni uno ni otro', 'es')).toEqual([1]);
  });
});
