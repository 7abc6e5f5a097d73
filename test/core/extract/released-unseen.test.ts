// Release reports that name people who are not this release's freed, read from part 16's errors
// (rel45): a release placed a span back from the report's time ('two weeks ago', 'vorige week',
// '早前') is an earlier one. Each report is written for this test, the names are invented, and
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
