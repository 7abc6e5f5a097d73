// Release reports that name people who are not this release's freed, read from part 16's errors
// (rel45): a release placed a span back from the report's time ('two weeks ago', 'vorige week',
// '早前') is an earlier one; a photographer before an agency's slash and an office holder a Chinese
// report quotes are not freed; Chinese names open with more surnames and close before a day. Each report is written for this test, the names are invented, and
// each case fails without its rule.
import { describe, expect, it } from 'vitest';
import { type FreedCase, freed } from './freed-support.ts';

const AGO: FreedCase[] = [
  {
    lang: 'nl',
    text: 'De journalist Jan Smit is zaterdag vrijgelaten uit de gevangenis. Vorige week kwam Pieter Brouwer op vrije voeten.',
    freed: ['Jan Smit'],
    notFreed: ['Pieter Brouwer'],
  },
  {
    lang: 'nl',
    text: 'De activist Jan Smit is zaterdag vrijgelaten. Een andere activist, Kees Visser, is drie weken geleden vrijgelaten en naar huis gegaan.',
    freed: ['Jan Smit'],
    notFreed: ['Kees Visser'],
  },
  {
    lang: 'it',
    text: 'Il giornalista Marco Rossi è stato scarcerato oggi dopo due anni. Un mese fa era stato scarcerato anche Luca Bianchi, suo collega.',
    freed: ['Marco Rossi'],
    notFreed: ['Luca Bianchi'],
  },
  {
    lang: 'de',
    text: 'Der Blogger Karl Weber ist am Montag freigelassen worden. Vor zwei Wochen war Otto Brandt freigekommen.',
    freed: ['Karl Weber'],
    notFreed: ['Otto Brandt'],
  },
  {
    lang: 'fr',
    text: 'Le militant Paul Girard a été libéré lundi. Il y a deux semaines, son camarade Louis Mercier avait été libéré de la même prison.',
    freed: ['Paul Girard'],
    notFreed: ['Louis Mercier'],
  },
  {
    lang: 'zh',
    text: '律师王建国周一获释。两周前,记者李明远也已获释。',
    freed: ['王建国'],
    notFreed: ['李明远'],
  },
  {
    lang: 'zh',
    text: '维权律师王建国周一刑满出狱。人权组织说,早前获释的记者李明远仍受到监视。',
    freed: ['王建国'],
    notFreed: ['李明远'],
  },
];

describe('a release told as a span back from now is an earlier one (rel45)', () => {
  for (const c of AGO)
    it(`${c.lang}: ${c.notFreed.join(', ')}`, () => {
      const got = freed(c.text, c.lang);
      for (const n of c.freed) expect(got).toContain(n);
      for (const n of c.notFreed) expect(got).not.toContain(n);
    });

  it('a span that dates the arrest leaves the release this report tells', () => {
    const got = freed(
      'De activist Jan Smit, drie weken geleden gearresteerd, is vrijgelaten.',
      'nl',
    );
    expect(got).toContain('Jan Smit');
  });
});

describe('credits, quoted officials and Chinese names (rel45)', () => {
  it('a photographer before a slash and the agency is a credit', () => {
    const got = freed('The lawyer Tom Baker was freed on Monday, John Carter/AP Photo.', 'en');
    expect(got).toContain('Tom Baker');
    expect(got).not.toContain('John Carter');
  });

  it('zh: an office holder with a bracketed Latin name is quoted, not freed', () => {
    const got = freed(
      '维权律师王建国周一获释。某人权组织中国部主任玛丽•史密斯(Mary Smith)表示,王建国获释后仍受监视。',
      'zh',
    );
    expect(got).toContain('王建国');
    expect(got).not.toContain('Mary Smith');
    expect(got.some((n) => n.includes('主任'))).toBe(false);
  });

  it('zh: a surname among the two hundred most frequent opens a name', () => {
    expect(freed('人权律师常建华周一获释。', 'zh')).toEqual(['常建华']);
  });

  it('zh: a day of the month closes a name', () => {
    expect(freed('维权律师王建国8日刑满出狱。', 'zh')).toEqual(['王建国']);
  });
});
