// What a whole report yields beyond counts: its country, a release with nothing but a country,
// names with a lower-case Arabic article. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extractReport, releaseCountry } from '../../../src/core/extract/index.ts';

const main = (text: string) => extractReport({ text }).releases.find((r) => r.role === 'main');

describe('releaseCountry', () => {
  it('leaves the dateline city out of the tally', () => {
    expect(
      releaseCountry(
        "BANGKOK (AP) — Myanmar's military government said it would free political prisoners.",
      ),
    ).toBe('MM');
    expect(
      releaseCountry(
        '(UPDATE) BANGKOK: The Myanmar junta announced an amnesty for prisoners on Wednesday.',
      ),
    ).toBe('MM');
  });

  it('still counts a country named in the text after the dateline', () => {
    expect(
      releaseCountry('RIYADH, Saudi Arabia — Saudi authorities have released a student.'),
    ).toBe('SA');
  });
});

describe('a release with neither count nor names', () => {
  it('is kept as the main release when the text says which country released', () => {
    const r = main('Iran has released a French citizen held for more than two years, Paris said.');
    expect(r).toMatchObject({ country: 'IR', releasedCount: null, released: [] });
  });

  it('gives no release when the text reports none', () => {
    expect(extractReport({ text: 'Iran and France held talks on Monday.' }).releases).toEqual([]);
  });
});

describe('names with an Arabic article', () => {
  it('reads "Salma al-Shehab" as one name', () => {
    const r = main('Saudi Arabia has released Salma al-Shehab, a doctoral student at Leeds.');
    expect(r?.released.map((p) => p.name)).toEqual(['Salma al-Shehab']);
    expect(r?.released[0]?.evidence.quote).toBe('Salma al-Shehab');
  });
});
