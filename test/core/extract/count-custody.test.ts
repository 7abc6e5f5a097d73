// A pardon's non-custodial part frees no one; the part beside it is the count freed from prison.
// Sentences written for these tests; figures from public reporting.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/core/extract/index.ts';

const count = (text: string, language?: string) =>
  extractReport({ text, language }).releases.find((r) => r.role === 'main')?.releasedCount?.value ??
  null;

describe('the custodial part of a pardon', () => {
  const parts: [string, string, number][] = [
    [
      'en',
      'The president pardoned 49 people on Sunday. The pardon covers 14 people serving non-custodial sentences and 34 prisoners.',
      34,
    ],
    [
      'ru',
      'Президент помиловал 49 человек. Помилование распространяется на 14 человек, чьё наказание не связано с лишением свободы, и 34 заключённых.',
      34,
    ],
    [
      'ru',
      'Президент помиловал 20 осужденных: 5 человек, осужденных без лишения свободы, и 15 заключенных.',
      15,
    ],
    [
      'uk',
      'Президент помилував 30 засуджених: 10 осіб, покарання яких не пов’язане з позбавленням волі, і 20 в’язнів.',
      20,
    ],
    [
      'es',
      'El presidente indultó a 40 personas: 12 personas con penas no privativas de libertad y 28 presos.',
      28,
    ],
    [
      'fr',
      'Le président a gracié 25 personnes: 5 personnes condamnées à des peines non privatives de liberté et 20 détenus.',
      20,
    ],
    [
      'de',
      'Der Präsident begnadigte 18 Menschen: 6 Personen mit Strafen ohne Freiheitsentzug und 12 Häftlinge.',
      12,
    ],
    [
      'it',
      'Il presidente ha graziato 22 persone: 7 persone con pene non detentive e 15 detenuti.',
      15,
    ],
    [
      'pl',
      'Prezydent ułaskawił 16 osób: 4 osoby skazane bez pozbawienia wolności i 12 więźniów.',
      12,
    ],
  ];
  for (const [language, text, n] of parts) {
    it(`counts the ${n} held (${language})`, () => {
      expect(count(text, language)).toBe(n);
    });
  }

  it('keeps a release on parole', () => {
    expect(count('The court freed 52 prisoners on parole on Friday.', 'en')).toBe(52);
    expect(count('Суд освободил условно-досрочно 12 заключенных.', 'ru')).toBe(12);
  });
});
