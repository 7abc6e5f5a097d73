// Terms that are not a verdict's: ages beside a name, a prosecutor's demand. Our own words.
import { describe, expect, it } from 'vitest';
import type { TermFound } from '../../../src/core/extract/detention-rules.ts';
import { withoutAges } from '../../../src/core/extract/detention-term-filters.ts';
import { extractReport } from '../../../src/core/extract/index.ts';

const term = (s: string, words: string, years: number): TermFound => {
  const start = s.indexOf(words);
  return { start, end: start + words.length, years, months: 0, days: 0, life: false, regime: null };
};
const name = (s: string, words: string) => ({
  start: s.indexOf(words),
  end: s.indexOf(words) + words.length,
});
const years = (ts: TermFound[]) => ts.map((t) => t.years);

describe('ages beside a name', () => {
  it('drops whole years written right before a name at a sentence start', () => {
    const s = '31 metų Iharas Losikas buvo nuteistas.';
    expect(withoutAges(s, [term(s, '31 metų', 31)], [name(s, 'Iharas Losikas')])).toEqual([]);
  });

  it('keeps a term after a preposition before the name', () => {
    const s = 'Суд приговорил к 5 годам Ивана Петрова.';
    expect(years(withoutAges(s, [term(s, '5 годам', 5)], [name(s, 'Ивана Петрова')]))).toEqual([5]);
  });

  it('drops an age between commas after a name when another term is there', () => {
    const s = 'Ilmi Umerov, 60 years, was sentenced to two years.';
    const ts = [term(s, '60 years', 60), term(s, 'two years', 2)];
    expect(years(withoutAges(s, ts, [name(s, 'Ilmi Umerov')]))).toEqual([2]);
  });

  it('keeps a list of terms each after its name', () => {
    const s = 'Sentenced: Siarhei Tsikhanouski, 18 years; Mikalai Statkevich, 16 years.';
    const ts = [term(s, '18 years', 18), term(s, '16 years', 16)];
    const people = [name(s, 'Siarhei Tsikhanouski'), name(s, 'Mikalai Statkevich')];
    expect(years(withoutAges(s, ts, people))).toEqual([18, 16]);
  });
});

describe('terms a prosecutor asks for', () => {
  it('drops the term demanded and keeps the court’s', () => {
    const r = extractReport({
      text: 'Prosecutors had asked for 15 years; the court sentenced the politician Viktar Babaryka to 14 years in prison.',
      publishedAt: '2021-07-06',
    });
    expect(r.detentions.map((d) => d.sentence?.years)).toEqual([14]);
  });

  it('leaves a verdict with only the demand undetermined', () => {
    const r = extractReport({
      text: 'Суд приговорил Игоря Лосика; прокурор просил 15 лет.',
      publishedAt: '2021-07-06',
    });
    expect(r.detentions.map((d) => [d.kind, d.sentence])).toEqual([['sentence', null]]);
  });
});

describe('a term lowered to another', () => {
  const termOf = (text: string) =>
    extractReport({ text, publishedAt: '2024-11-19' }).detentions.map((d) => [
      d.person?.name,
      d.sentence?.years,
    ]);

  it('gives the lowered term, not the starting point, in several languages', () => {
    expect(
      termOf(
        'The judge set a starting point of 12 years for the organiser Martin Lee Wah, reduced to eight years for his guilty plea.',
      ),
    ).toEqual([['Martin Lee Wah', 8]]);
    expect(
      termOf(
        'La Audiencia condenó a Jorge Blanco Ruiz a 10 años de prisión, rebajada a seis años por colaborar con la investigación.',
      ),
    ).toEqual([['Jorge Blanco Ruiz', 6]]);
    expect(termOf('民主派人士陳志明被判監禁12年，其後上訴獲減至八年。')).toEqual([['陳志明', 8]]);
  });

  it('keeps two terms that no lowering word joins', () => {
    expect(
      termOf('The court sentenced Anna Kovacs to 12 years and Peter Nagy to eight years.'),
    ).toEqual([
      ['Anna Kovacs', 12],
      ['Peter Nagy', 8],
    ]);
  });
});
