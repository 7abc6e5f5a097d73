import { describe, expect, it } from 'vitest';
import {
  type Annotation,
  annotationSchema,
  articleText,
  givenDate,
  parseJsonl,
} from '../../bench/real/annotations.ts';
import { breakdownFigures, breakdownTable, extractionFigures } from '../../bench/real/figures.ts';
import {
  bcubed,
  f1,
  maxMatching,
  sameGoBetween,
  sameName,
  scoreReport,
  summarise,
} from '../../bench/real/score.ts';
import type { Evidence, ExtractedRelease, ExtractResult } from '../../src/core/extract/contract.ts';

const TEXT = 'Belarus freed 52 people, among them Mikola Statkevich. Lithuania took them in.';

function ev(quote: string, text = TEXT): Evidence {
  const start = text.indexOf(quote);
  return { start, end: start + quote.length, quote };
}

function annotation(over: Partial<Annotation> = {}): Annotation {
  return {
    id: 'r9001',
    url: 'https://example.org/a',
    language: 'en',
    events: [{ event: 'by-2025-09-11', role: 'main' }],
    publishedAt: null,
    releasedCount: { value: 52, qualifier: 'exact', words: '52' },
    released: [{ name: 'Mikola Statkevich', canonical: 'Mikalai Statkevich' }],
    concessions: [],
    mediators: [],
    destinations: [],
    remaining: [],
    kinds: [],
    split: 'dev',
    ...over,
  };
}

function release(over: Partial<ExtractedRelease> = {}): ExtractedRelease {
  return {
    role: 'main',
    country: 'BY',
    date: null,
    releasedCount: { value: 52, qualifier: 'exact', evidence: ev('52') },
    released: [],
    concessions: [],
    mediators: [],
    destinations: [],
    ...over,
  };
}

function result(releases: ExtractedRelease[], over: Partial<ExtractResult> = {}): ExtractResult {
  return {
    report: { url: null, title: null, publishedAt: null, language: 'en' },
    releases,
    detentions: [],
    remainingCounts: [],
    problems: [],
    ...over,
  };
}

const person = (name: string) => ({ name, personId: null, descriptor: null, evidence: ev('52') });

describe('names', () => {
  it('matches a spelling or its canonical form through the name engine', () => {
    expect(sameName('Mikalai Statkevich', ['Mikola Statkevich', 'Mikalai Statkevich'])).toBe(true);
    // Russian accusative against the nominative the annotation gives.
    expect(sameName('Марию Колесникову', ['Мария Колесникова'])).toBe(true);
    expect(sameName('Maria Kalesnikava', ['Мария Колесникова'])).toBe(true);
    // One-word actors the engine will not auto-match are still the same written name.
    expect(sameName('the Vatican', ['Vatican'])).toBe(true);
    // Other languages' articles copied from the text ('le Qatar'), not the particle of 'de Lima'.
    expect(sameName('Qatar', ['le Qatar'])).toBe(true);
    expect(sameName('États-Unis', ['les États-Unis'])).toBe(true);
    expect(sameName('Lima', ['de Lima'])).toBe(false);
    expect(sameName('Viktar Babaryka', ['Mikalai Statkevich'])).toBe(false);
  });

  it('takes a go-between country however written, a body with its acronym, a title off', () => {
    // One country in two languages or forms, as destinations are scored by their code.
    expect(sameGoBetween('Vaticano', ['Santa Sede'])).toBe(true);
    expect(sameGoBetween('Estados Unidos', ['EE.UU.'])).toBe(true);
    expect(sameGoBetween('United States', ['U.S.'])).toBe(true);
    expect(sameGoBetween('Türkiye', ['Turkey'])).toBe(true);
    // A body's full name with its acronym in brackets against the acronym alone, either way.
    expect(sameGoBetween('Agencia Nacional de Enlace (ANE)', ['ANE'])).toBe(true);
    expect(sameGoBetween('ANE', ['Agencia Nacional de Enlace (ANE)'])).toBe(true);
    // A sheikh named with and without his title.
    expect(sameGoBetween('Hamad bin Khalid al-Thani', ['Sheikh Hamad bin Khalid al-Thani'])).toBe(
      true,
    );
    // A country is not its own office, nor another country, nor a person.
    expect(sameGoBetween('Turkey', ['MİT'])).toBe(false);
    expect(sameGoBetween('Qatar', ['Oman'])).toBe(false);
    expect(sameGoBetween('Qatar', ['Hamad bin Khalid al-Thani'])).toBe(false);
    expect(sameGoBetween('ANE', ['Agencia Federal de Enlace (AFE)'])).toBe(false);
  });

  it('pairs one to one and finds the largest pairing, not the first greedy one', () => {
    // 'a' fits both golds; greedy takes X for 'a' and leaves 'b' unpaired.
    const fits: Record<string, string[]> = { a: ['X', 'Y'], b: ['X'] };
    expect(maxMatching(['a', 'b'], ['X', 'Y'], (p, g) => fits[p]!.includes(g))).toBe(2);
    expect(maxMatching(['a', 'a'], ['X'], (p, g) => fits[p]!.includes(g))).toBe(1);
  });
});

describe('scoreReport', () => {
  it('scores the main release against the annotation, item by item', () => {
    const got = result(
      [
        release({
          released: [person('Mikalai Statkevich'), person('Franak Viachorka')],
          concessions: [
            {
              kind: 'sanctions_relief',
              grantedBy: 'US',
              target: 'Belavia',
              description: 'x',
              evidence: ev('freed'),
            },
          ],
          destinations: [
            { country: 'LT', evidence: ev('Lithuania') },
            { country: 'LT', evidence: ev('Lithuania') },
          ],
        }),
        release({ role: 'background', releasedCount: null, released: [person('Ihar Losik')] }),
      ],
      {
        remainingCounts: [
          {
            country: 'BY',
            value: 1100,
            qualifier: 'more_than',
            attributedTo: 'Viasna',
            evidence: { start: 0, end: 7, quote: 'Belarus freed' },
          },
        ],
      },
    );
    const a = annotation({
      concessions: [
        { kind: 'sanctions_relief', target: 'Belavia', stated: 'done' },
        { kind: 'diplomatic_step', target: 'embassy', stated: 'intended' },
      ],
      destinations: [{ country: 'LT' }],
      remaining: [{ value: 1100, qualifier: 'more_than', attributedTo: 'Viasna', country: 'BY' }],
    });
    const s = scoreReport(a, TEXT, got);
    expect(s.countRight).toBe(true);
    expect(s.crashed).toBe(false);
    // The background release's Losik is not counted.
    expect(s.released).toEqual({ matched: 1, predicted: 2, gold: 1 });
    expect(s.concessions).toEqual({ matched: 1, predicted: 1, gold: 2 });
    expect(s.destinations).toEqual({ matched: 1, predicted: 1, gold: 1 });
    expect(s.remaining).toEqual({ matched: 1, predicted: 1, gold: 1 });
    // Eight evidences, the background release's included; the remaining figure's quote is not
    // the text at its offsets.
    expect(s.evidence).toEqual({ exact: 7, total: 8 });
  });

  it('takes a count as right only when it equals the annotated one, absent = absent', () => {
    expect(scoreReport(annotation(), TEXT, result([release()])).countRight).toBe(true);
    const wrong = release({ releasedCount: { value: 14, qualifier: 'exact', evidence: ev('52') } });
    expect(scoreReport(annotation(), TEXT, result([wrong])).countRight).toBe(false);
    expect(scoreReport(annotation(), TEXT, result([])).countRight).toBe(false);
    const none = annotation({ releasedCount: null });
    expect(scoreReport(none, TEXT, result([])).countRight).toBe(true);
    expect(scoreReport(none, TEXT, result([release()])).countRight).toBe(false);
  });

  it('counts a mediator only when the name engine or the written form agrees', () => {
    const a = annotation({ mediators: [{ name: 'John Coale', role: 'envoy' }] });
    const med = (name: string) => ({ name, role: null, evidence: ev('52') });
    expect(
      scoreReport(a, TEXT, result([release({ mediators: [med('Джон Коул')] })])).mediators,
    ).toEqual({ matched: 1, predicted: 1, gold: 1 });
    expect(
      scoreReport(a, TEXT, result([release({ mediators: [med('Donald Trump')] })])).mediators,
    ).toEqual({ matched: 0, predicted: 1, gold: 1 });
  });

  it('scores a throw as a crash that found nothing', () => {
    const s = scoreReport(annotation({ releasedCount: null }), TEXT, new Error('boom'));
    expect(s.crashed).toBe(true);
    expect(s.countRight).toBe(false);
    expect(s.released).toEqual({ matched: 0, predicted: 0, gold: 1 });
  });
});

describe('sums and breakdowns', () => {
  it('adds reports up micro, and splits them by language and by each failure kind', () => {
    const ru = annotation({ id: 'r9002', language: 'ru', kinds: ['no_date', 'swap'] });
    const scores = [
      scoreReport(annotation({ kinds: ['no_date'] }), TEXT, result([release()])),
      scoreReport(ru, TEXT, result([release({ released: [person('Mikola Statkevich')] })])),
    ];
    const s = summarise(scores);
    expect(s.countRight).toBe(2);
    expect(s.released).toEqual({ matched: 1, predicted: 1, gold: 2 });
    expect(f1(s.released)).toBeCloseTo(2 / 3, 6);
    const overall = extractionFigures(s);
    expect(overall.find((f) => f.figure === 'released_recall')).toEqual({
      figure: 'released_recall',
      value: 0.5,
      n: 2,
    });
    const parts = breakdownFigures(scores);
    const at = (scope: Record<string, string>, figure: string) =>
      parts.find((f) => f.figure === figure && JSON.stringify(f.scope) === JSON.stringify(scope))
        ?.value;
    expect(at({ language: 'ru' }, 'released_f1')).toBe(1);
    expect(at({ language: 'en' }, 'released_f1')).toBe(0);
    expect(at({ kind: 'no_date' }, 'reports')).toBe(2);
    expect(at({ kind: 'swap' }, 'released_count_accuracy')).toBe(1);
    expect(breakdownTable('kind', parts, parts)).toMatch(/\| no_date +\| +2 \|/);
  });

  it('shows no named F1 where nothing was annotated or found', () => {
    const a = annotation({ released: [] });
    const parts = breakdownFigures([scoreReport(a, TEXT, result([release()]))]);
    expect(breakdownTable('language', parts, parts)).toMatch(
      /\| en +\| +1 \| +1 \| +1 \| +– \| +– \|/,
    );
  });
});

describe('bcubed', () => {
  const gold = new Map([
    ['r1', 'e1'],
    ['r2', 'e1'],
    ['r3', 'e2'],
  ]);

  it('is 1 for the gold clustering and loses recall when a report is alone', () => {
    expect(
      bcubed(
        new Map([
          ['r1', 'x'],
          ['r2', 'x'],
          ['r3', 'y'],
        ]),
        gold,
      ).f1,
    ).toBe(1);
    const split = bcubed(
      new Map([
        ['r1', 'x'],
        ['r3', 'y'],
      ]),
      gold,
    );
    expect(split.precision).toBe(1);
    expect(split.recall).toBeCloseTo((1 / 2 + 1 / 2 + 1) / 3, 6);
  });

  it('loses precision when two events are merged', () => {
    const merged = bcubed(
      new Map([
        ['r1', 'x'],
        ['r2', 'x'],
        ['r3', 'x'],
      ]),
      gold,
    );
    expect(merged.recall).toBe(1);
    expect(merged.precision).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3) / 3, 6);
  });
});

describe('the files', () => {
  it('drops only the leading date line of the search tool', () => {
    expect(articleText(' date 2025-09-11 Belarus freed 52.')).toBe('Belarus freed 52.');
    expect(articleText(' date 2025-09\nBelarus freed 52.')).toBe('Belarus freed 52.');
    expect(articleText('Belarus freed 52. date 2025-09-11')).toBe(
      'Belarus freed 52. date 2025-09-11',
    );
  });

  it('gives a publication date only when the annotation has a whole day', () => {
    expect(givenDate(annotation({ publishedAt: '2025-09-12' }))).toBe('2025-09-12');
    expect(givenDate(annotation({ publishedAt: '2025-09' }))).toBeUndefined();
    expect(givenDate(annotation())).toBeUndefined();
  });

  it('says which line of a JSONL file is wrong and where', () => {
    const good = JSON.stringify({ ...annotation(), notes: 'kept out of the type' });
    const bad = JSON.stringify({ ...annotation(), split: 'train' });
    const { items, problems } = parseJsonl(
      `${good}\n\n${bad}\n{oops\n`,
      annotationSchema,
      'a.jsonl',
    );
    expect(items.map((a) => a.id)).toEqual(['r9001']);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^a\.jsonl:3: split: /);
    expect(problems[1]).toMatch(/^a\.jsonl:4: not JSON/);
  });
});
