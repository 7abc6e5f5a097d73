import { describe, expect, it } from 'vitest';
import { parseJsonl } from '../../bench/real/annotations.ts';
import {
  detentionBreakdown,
  detentionBreakdownTable,
  detentionFigures,
  detentionOverallTable,
} from '../../bench/real/detention-figures.ts';
import {
  dateWithin,
  detentionsOf,
  type GotDetention,
  sameTerm,
  scoreDetentions,
  summariseDetentions,
} from '../../bench/real/detention-score.ts';
import {
  type DetentionAnnotation,
  type DetentionItem,
  detentionAnnotationSchema,
  splitCaseProblems,
  verbatimProblems,
} from '../../bench/real/detentions.ts';
import type { Evidence } from '../../src/core/extract/contract.ts';

// Made-up report in our own words.
const TEXT =
  'A Minsk court gave Ihar Losik 15 years on Monday. He had been detained in June 2020. ' +
  'Rights groups added 12 more names to the list of political prisoners.';

function ev(quote: string): Evidence {
  const start = TEXT.indexOf(quote);
  return { start, end: start + quote.length, quote };
}

function item(over: Partial<DetentionItem>): DetentionItem {
  return {
    kind: 'sentence',
    role: 'main',
    name: null,
    canonical: null,
    count: null,
    date: null,
    term: null,
    article: null,
    court: null,
    recognisedBy: null,
    ...over,
  };
}

function annotation(
  items: DetentionItem[],
  over: Partial<DetentionAnnotation> = {},
): DetentionAnnotation {
  return {
    id: 'r9001',
    url: 'https://example.org/a',
    query: 'q',
    language: 'en',
    country: 'BY',
    publishedAt: null,
    style: 'wire',
    case: 'case-a',
    split: 'dev',
    items,
    kinds: ['single_person'],
    notes: '',
    ...over,
  };
}

function got(over: Partial<GotDetention>): GotDetention {
  return {
    kind: 'sentence',
    role: 'main',
    date: null,
    person: null,
    count: null,
    sentence: null,
    charges: [],
    court: null,
    recognisedBy: null,
    place: null,
    evidence: ev('gave'),
    ...over,
  };
}

const losik = (kind: string, over: Partial<GotDetention> = {}) =>
  got({ kind, person: { name: 'Ihar Losik', evidence: ev('Ihar Losik') }, ...over });
const goldLosik = (over: Partial<DetentionItem>) =>
  item({ name: 'Ihar Losik', canonical: 'Ihar Losik', ...over });

describe('detentionsOf', () => {
  it('treats a result without the key, or with something else under it, as nothing found', () => {
    expect(detentionsOf({ releases: [] })).toEqual([]);
    expect(detentionsOf({ detentions: 'x' })).toEqual([]);
    expect(detentionsOf(null)).toEqual([]);
    expect(detentionsOf({ detentions: [null, { kind: 'arrest' }] })).toEqual([{ kind: 'arrest' }]);
  });
});

describe('scoreDetentions', () => {
  it('scores a result that has no detentions key as found nothing, without crashing', () => {
    const a = annotation([goldLosik({ term: { years: 15, months: 0, days: 0, life: false } })]);
    const s = scoreDetentions(a, TEXT, { releases: [], remainingCounts: [], problems: [] });
    expect(s.crashed).toBe(false);
    expect(s.persons).toEqual({ matched: 0, predicted: 0, gold: 1 });
    expect(s.termExact).toEqual({ right: 0, total: 0 });
  });

  it('pairs a person with two events by kind first, so neither is counted as a wrong kind', () => {
    const a = annotation([
      goldLosik({ kind: 'arrest', date: { value: '2020-06', precision: 'month' } }),
      goldLosik({ kind: 'sentence', term: { years: 15, months: 0, days: 0, life: false } }),
    ]);
    // In the same order, a name-only maximum matching pairs them crosswise (augmenting the
    // second item moves the first one onto the other gold item).
    const s = scoreDetentions(a, TEXT, {
      detentions: [
        losik('arrest', { date: { value: '2020-06', precision: 'month' } }),
        losik('sentence', {
          sentence: { years: 15, months: 0, days: 0, life: false, evidence: ev('15 years') },
        }),
      ],
    });
    expect(s.persons).toEqual({ matched: 2, predicted: 2, gold: 2 });
    expect(s.kindRight).toEqual({ right: 2, total: 2 });
    expect(s.status.matched).toBe(2);
    expect(s.termExact).toEqual({ right: 1, total: 1 });
    expect(s.dateRight).toEqual({ right: 1, total: 1 });
  });

  it('counts a paired person with the wrong kind against kind accuracy only', () => {
    const a = annotation([goldLosik({ kind: 'sentence' })]);
    const s = scoreDetentions(a, TEXT, { detentions: [losik('arrest')] });
    expect(s.persons.matched).toBe(1);
    expect(s.kindRight).toEqual({ right: 0, total: 1 });
    expect(s.status).toEqual({ matched: 0, predicted: 1, gold: 1 });
  });

  it('matches inflected and transliterated names through the name engine', () => {
    const a = annotation([
      item({ kind: 'recognition', name: 'Мария Колесникова', canonical: 'Maria Kalesnikava' }),
    ]);
    const inflected = got({ kind: 'recognition', person: { name: 'Марию Колесникову' } });
    const latin = got({ kind: 'recognition', person: { name: 'Maria Kalesnikava' } });
    expect(scoreDetentions(a, TEXT, { detentions: [inflected] }).persons.matched).toBe(1);
    expect(scoreDetentions(a, TEXT, { detentions: [latin] }).persons.matched).toBe(1);
    const other = got({ kind: 'recognition', person: { name: 'Viktar Babaryka' } });
    expect(scoreDetentions(a, TEXT, { detentions: [other] }).persons.matched).toBe(0);
  });

  it('pairs each name with the annotated one written the same when the engine takes two for one', () => {
    // Two sisters (made up): the name engine matches 'زهره' and 'زهرا', as Arabic writes Zahra both ways.
    const term = (years: number) => ({ years, months: 0, days: 0, life: false });
    const a = annotation([
      item({ name: 'زهره احمدی', term: term(9) }),
      item({ name: 'زهرا احمدی', term: term(6) }),
    ]);
    const zohreh = got({
      person: { name: 'زهره احمدی' },
      sentence: { ...term(9), evidence: ev('15 years') },
    });
    const zahra = got({
      person: { name: 'زهرا احمدی' },
      sentence: { ...term(6), evidence: ev('15 years') },
    });
    for (const order of [
      [zohreh, zahra],
      [zahra, zohreh],
    ]) {
      const s = scoreDetentions(a, TEXT, { detentions: order });
      expect(s.persons.matched).toBe(2);
      expect(s.termExact).toEqual({ right: 2, total: 2 });
    }
  });

  it('scores main items only: background on either side is left out', () => {
    const a = annotation([goldLosik({ kind: 'arrest', role: 'background' })]);
    const s = scoreDetentions(a, TEXT, { detentions: [losik('arrest', { role: 'background' })] });
    expect(s.persons).toEqual({ matched: 0, predicted: 0, gold: 0 });
  });

  it('matches aggregates by kind and value, one to one', () => {
    const a = annotation([
      item({ kind: 'recognition', count: { value: 12, qualifier: 'exact', words: '12' } }),
    ]);
    const s = scoreDetentions(a, TEXT, {
      detentions: [
        got({ kind: 'recognition', count: { value: 12, evidence: ev('12') } }),
        got({ kind: 'arrest', count: { value: 12, evidence: ev('12') } }),
      ],
    });
    expect(s.aggregates).toEqual({ matched: 1, predicted: 2, gold: 1 });
  });

  it('checks every evidence span of the extracted items against the text', () => {
    const wrong = { start: 0, end: 5, quote: 'Ihar ' };
    const s = scoreDetentions(annotation([]), TEXT, {
      detentions: [
        losik('sentence', {
          sentence: { years: 15, months: 0, days: 0, life: false, evidence: wrong },
        }),
      ],
    });
    // The item's own evidence and the person's are right; the term's is not.
    expect(s.evidence).toEqual({ exact: 2, total: 3 });
  });

  it('marks a thrown error as a crash with everything annotated missed', () => {
    const a = annotation([goldLosik({})]);
    const s = scoreDetentions(a, TEXT, new Error('boom'));
    expect(s.crashed).toBe(true);
    expect(s.persons).toEqual({ matched: 0, predicted: 0, gold: 1 });
  });
});

describe('terms and dates', () => {
  it('takes 18 months for 1 year 6 months and keeps life terms apart', () => {
    const t = (years: number, months = 0, days = 0, life = false) => ({
      years,
      months,
      days,
      life,
    });
    expect(sameTerm(t(1, 6), t(0, 18))).toBe(true);
    expect(sameTerm(t(4, 8, 7), t(4, 8, 0))).toBe(false);
    expect(sameTerm(t(0, 0, 0, true), t(0, 0, 0, true))).toBe(true);
    expect(sameTerm(t(25), t(0, 0, 0, true))).toBe(false);
  });

  it('accepts an extracted date that says the annotated one at least as precisely', () => {
    const month = { value: '2023-03', precision: 'month' };
    expect(dateWithin(month, { value: '2023-03-03' })).toBe(true);
    expect(dateWithin(month, { value: '2023-03' })).toBe(true);
    expect(dateWithin(month, { value: '2023' })).toBe(false);
    expect(dateWithin(month, { value: '2023-04-01' })).toBe(false);
    expect(dateWithin(month, null)).toBe(false);
  });
});

describe('figures', () => {
  const a1 = annotation([goldLosik({ term: { years: 15, months: 0, days: 0, life: false } })]);
  const a2 = annotation(
    [item({ kind: 'recognition', count: { value: 12, qualifier: 'exact', words: '12' } })],
    { id: 'r9002', language: 'ru', split: 'test', kinds: ['aggregate'] },
  );
  const scores = [
    scoreDetentions(a1, TEXT, {
      detentions: [
        losik('sentence', { sentence: { years: 14, months: 0, days: 0, life: false } }),
        got({ kind: 'arrest', person: { name: 'Somebody Else' } }),
      ],
    }),
    scoreDetentions(a2, TEXT, { releases: [] }),
  ];

  it('sums micro over reports and gives F1, term, count and crash figures', () => {
    const figures = detentionFigures(summariseDetentions(scores));
    const value = (name: string) => figures.find((f) => f.figure === name)!;
    expect(value('detention_persons_precision').value).toBe(0.5);
    expect(value('detention_persons_recall').value).toBe(1);
    expect(value('detention_persons_f1').value).toBe(0.667);
    expect(value('detention_term_exact')).toMatchObject({ value: 0, n: 1 });
    expect(value('detention_aggregate_count_accuracy')).toMatchObject({ value: 0, n: 1 });
    expect(value('detention_crashes').value).toBe(0);
  });

  it('breaks the figures down per split, language and kind tag, with a dash for nothing scored', () => {
    const breakdown = detentionBreakdown(scores);
    const scopes = breakdown.filter((f) => f.figure === 'detention_reports').map((f) => f.scope);
    expect(scopes).toEqual(
      expect.arrayContaining([
        { split: 'dev' },
        { split: 'test' },
        { language: 'ru' },
        { kind: 'aggregate' },
      ]),
    );
    const table = detentionBreakdownTable('language', breakdown, breakdown);
    const ru = table.split('\n').find((l) => l.startsWith('| ru'))!;
    expect(ru).toContain('–');
    const overall = detentionFigures(summariseDetentions(scores));
    expect(detentionOverallTable(overall, overall)).toContain('detention_persons_f1');
  });
});

describe('annotation checks', () => {
  it('names words an annotation quotes that the text does not contain', () => {
    const a = annotation([
      goldLosik({ court: 'A Minsk court' }),
      item({ kind: 'recognition', count: { value: 12, qualifier: 'exact', words: 'twelve' } }),
    ]);
    expect(verbatimProblems(a, TEXT)).toEqual(["r9001 item 1: count words 'twelve' not in text"]);
  });

  it('finds a case whose reports sit in both splits', () => {
    const b = annotation([], { id: 'r9002', split: 'test' });
    expect(splitCaseProblems([annotation([]), b])).toEqual([
      'case case-a is in both splits (r9002)',
    ]);
    expect(splitCaseProblems([annotation([]), { ...b, case: 'case-b' }])).toEqual([]);
  });

  it('refuses an item with both a name and a count', () => {
    const bad = annotation([
      item({ name: 'Ihar Losik', count: { value: 1, qualifier: 'exact', words: '1' } }),
    ]);
    const { items, problems } = parseJsonl(JSON.stringify(bad), detentionAnnotationSchema, 'x');
    expect(items).toEqual([]);
    expect(problems[0]).toContain('a name or a count');
  });
});
