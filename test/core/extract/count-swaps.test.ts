// A swap's count is everyone it exchanged, both sides: a count the text gives as exchanged
// outranks one side's. Sentences written for these tests; figures from public reporting.
import { describe, expect, it } from 'vitest';
import { findCountCandidates } from '../../../src/core/extract/counts.ts';
import { extractReport } from '../../../src/core/extract/index.ts';

const best = (s: string, language?: string) => {
  const found = findCountCandidates(s, language);
  return found.reduce((a, c) => (c.score > a.score ? c : a), found[0]!).value;
};
const count = (text: string) =>
  extractReport({ text }).releases.find((r) => r.role === 'main')?.releasedCount?.value ?? null;

describe('a count of the exchanged', () => {
  const exchanged: [string, string, number][] = [
    ['en', 'On Thursday 26 prisoners were exchanged at the airport.', 26],
    ['en', 'The deal involved the exchange of 26 people held in seven countries.', 26],
    ['en', 'Officials said 8 detainees were quietly swapped on the tarmac.', 8],
    ['en', 'Ukraine and Russia exchanged 300 prisoners on Saturday.', 300],
    ['ru', 'В Анкаре были обменяны 26 человек из семи стран.', 26],
    ['es', 'En el aeropuerto se concretó el intercambio de 26 presos de siete países.', 26],
    ['pt', 'A troca de 24 prisioneiros ocorreu em Ancara.', 24],
    ['fr', "L'échange de 26 détenus a eu lieu jeudi à Ankara.", 26],
    ['de', 'Der Austausch von 26 Gefangenen fand in Ankara statt.', 26],
    ['it', 'Lo scambio di 26 prigionieri è avvenuto ad Ankara.', 26],
    ['pl', 'W Ankarze doszło do wymiany 26 więźniów.', 26],
  ];
  for (const [language, s, n] of exchanged) {
    it(`reads ${n} as the swap's count (${language})`, () => {
      expect(best(s, language)).toBe(n);
    });
  }

  it("prefers the exchanged total to one side's freed", () => {
    expect(
      count(
        'Russia released 16 people on Thursday in a deal with Western governments. ' +
          'On Thursday 26 detainees held in several states were exchanged in Ankara.',
      ),
    ).toBe(26);
  });

  it("keeps one side's count when the text gives no exchanged total", () => {
    expect(
      count('Venezuela freed 10 Americans on Friday in exchange for 252 Venezuelans held abroad.'),
    ).toBe(10);
  });
});
