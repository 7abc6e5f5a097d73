import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  findDates,
  isValidIsoDate,
  newestYear,
  yearOfWeekday,
} from '../../../src/core/extract/dates.ts';
import { extractReport } from '../../../src/core/extract/index.ts';
import { ALL_LANGUAGES } from '../../../src/core/extract/lexicons/index.ts';
import { monthYears } from '../../../src/core/extract/month-years.ts';

const d = (s: string, pub?: string) =>
  findDates(s, pub).map(({ value, precision }) => ({ value, precision }));

describe('findDates', () => {
  it('resolves weekdays to the latest such day on or before publication', () => {
    expect(d('freed on Thursday', '2025-09-11')).toEqual([
      { value: '2025-09-11', precision: 'day' },
    ]);
    expect(d('freed on Thursday', '2025-09-13')).toEqual([
      { value: '2025-09-11', precision: 'day' },
    ]);
    expect(d('в субботу освободили', '2025-12-14')).toEqual([
      { value: '2025-12-13', precision: 'day' },
    ]);
  });

  it('resolves this weekend, today and yesterday', () => {
    expect(d('this weekend', '2025-12-14')).toEqual([{ value: '2025-12-13', precision: 'day' }]);
    expect(d('over the weekend', '2025-06-23')).toEqual([
      { value: '2025-06-21', precision: 'day' },
    ]);
    expect(d('Yesterday the side released', '2025-02-13')).toEqual([
      { value: '2025-02-12', precision: 'day' },
    ]);
    expect(d('Вчера в Минске', '2025-06-22')).toEqual([{ value: '2025-06-21', precision: 'day' }]);
  });

  it('reads absolute dates in both orders and in Russian', () => {
    expect(d('On 11 September the president', '2025-09-12')).toEqual([
      { value: '2025-09-11', precision: 'day' },
    ]);
    expect(d('on Aug. 1, 2024.')).toEqual([{ value: '2024-08-01', precision: 'day' }]);
    expect(d('released on December 13 after', '2025-12-20')).toEqual([
      { value: '2025-12-13', precision: 'day' },
    ]);
    expect(d('13 декабря 2025 года')).toEqual([{ value: '2025-12-13', precision: 'day' }]);
  });

  it('gives month precision for "in June" and takes the latest June not after publication', () => {
    expect(d('In June, 14 people', '2025-12-14')).toEqual([
      { value: '2025-06', precision: 'month' },
    ]);
    expect(d('freed in December', '2026-01-20')).toEqual([
      { value: '2025-12', precision: 'month' },
    ]);
    expect(d('earlier this month', '2024-09-17')).toEqual([
      { value: '2024-09', precision: 'month' },
    ]);
  });

  it('reads "in June" after the Slavic prepositions u, v, у and ў', () => {
    const month = (v: string) => [{ value: v, precision: 'month' }];
    expect(d('pušteni su u lipnju', '2025-12-14')).toEqual(month('2025-06'));
    expect(d('izpuščeni v juliju', '2025-12-14')).toEqual(month('2025-07'));
    expect(d('звільнені у вересні', '2025-12-14')).toEqual(month('2025-09'));
    expect(d('вызваленыя ў верасні', '2025-12-14')).toEqual(month('2025-09'));
  });

  it('reads Hungarian months whose suffix says "in" ("júniusban")', () => {
    expect(d('Júniusban szabadon engedték', '2025-09-11')).toEqual([
      { value: '2025-06', precision: 'month' },
    ]);
  });

  it('counts days back from publication', () => {
    expect(d('freed a day earlier', '2025-06-22')).toEqual([
      { value: '2025-06-21', precision: 'day' },
    ]);
    expect(d('two days ago', '2025-06-22')).toEqual([{ value: '2025-06-20', precision: 'day' }]);
  });

  it('leaves relative dates unresolved without a published date', () => {
    expect(d('on Thursday')).toEqual([]);
  });

  it('does not read months inside other words', () => {
    expect(d('a decision on the market', '2025-01-01')).toEqual([]);
  });
});

describe('date helpers', () => {
  it('validates real calendar days only', () => {
    expect(isValidIsoDate('2025-02-28')).toBe(true);
    expect(isValidIsoDate('2025-02-30')).toBe(false);
    expect(isValidIsoDate('11/09/2025')).toBe(false);
  });

  it('counts days from the start of a month or year', () => {
    expect(
      daysBetween(
        { value: '2025-09', precision: 'month' },
        { value: '2025-10-09', precision: 'day' },
      ),
    ).toBe(38);
  });
});

describe('dates of a report given without its published date', () => {
  it('reads relative days against a dateline in the opening', () => {
    const r = extractReport({
      text: 'VILNIUS, 12 September 2025. Belarus freed 52 political prisoners on Thursday, officials said.',
    });
    expect(r.releases[0]?.date).toEqual({ value: '2025-09-11', precision: 'day' });
  });

  it('takes the newest release as the main one and the older as background', () => {
    const r = extractReport({
      text: 'In June 2025 Belarus freed 14 political prisoners. On 11 September 2025 Belarus freed 52 political prisoners.',
    });
    const main = r.releases.find((x) => x.role === 'main');
    expect(main?.date?.value).toBe('2025-09-11');
    expect(main?.releasedCount?.value).toBe(52);
  });

  it('never dates the release by a bare year of the background', () => {
    const r = extractReport({
      text: 'Belarus freed 52 political prisoners, among them activists freed in 2020 and jailed again.',
    });
    expect(r.releases[0]?.date ?? null).toBeNull();
  });
});

describe('a weekday dating a day and month with no year', () => {
  it('takes the one year, from the newest the report names, where the day is that weekday', () => {
    // 3 March is a Friday in 2023 only among 2022-2025.
    expect(yearOfWeekday(3, 3, 5, 2022)).toBe(2023);
    // 9 February is a Thursday in 2023.
    expect(yearOfWeekday(2, 9, 4, 2023)).toBe(2023);
    // 29 February exists in 2024 only among 2021-2024 (a Thursday).
    expect(yearOfWeekday(2, 29, 4, 2021)).toBe(2024);
  });

  it('gives no year when no year in reach fits', () => {
    // 3 March is a Friday in 2023, out of reach from 2010 (2010-2013).
    expect(yearOfWeekday(3, 3, 5, 2010)).toBeNull();
  });

  it('dates the day only with no published date and a year named', () => {
    expect(
      findDates('condamné vendredi 3 mars à deux ans', undefined, undefined, { newest: 2022 }),
    ).toEqual([expect.objectContaining({ value: '2023-03-03', precision: 'day' })]);
    expect(
      findDates('detenido el jueves, 9 de febrero en Masaya', undefined, undefined, {
        newest: 2023,
      }),
    ).toEqual([expect.objectContaining({ value: '2023-02-09', precision: 'day' })]);
    expect(
      findDates('arrested on Friday, March 3 in Minsk', undefined, undefined, { newest: 2023 }),
    ).toEqual([expect.objectContaining({ value: '2023-03-03', precision: 'day' })]);
    // No Monday 3 March in 2020-2023: nothing.
    expect(findDates('condamné lundi 3 mars', undefined, undefined, { newest: 2020 })).toEqual([]);
    // Without a weekday there is nothing to choose the year by.
    expect(findDates('condamné le 3 mars', undefined, undefined, { newest: 2023 })).toEqual([]);
  });

  it('reads the weekday and the date it names as one date when the published date is given', () => {
    expect(d('condamné vendredi 3 mars', '2023-03-05').map((x) => x.value)).toEqual(['2023-03-03']);
  });

  it('finds the newest year a text names', () => {
    expect(newestYear('arrested in 2021, tried in 2023 under a 1999 law')).toBe(2023);
    expect(newestYear('no year here, only 12345')).toBeUndefined();
  });
});

describe('dates written in digits', () => {
  const digits = (s: string) =>
    findDates(s, undefined, undefined, { digits: true }).map((x) => x.value);

  it('reads day-first dates with dots or hyphens, and slashes when unambiguous', () => {
    expect(digits('detained on 12.03.2023 in Minsk')).toEqual(['2023-03-12']);
    expect(digits('Baku/21.02.22/Turan: today')).toEqual(['2022-02-21']);
    expect(digits('updated 17/10/2018 08:32')).toEqual(['2018-10-17']);
    expect(digits('on 03/13/2023')).toEqual(['2023-03-13']);
    expect(digits('on 05/05/2023')).toEqual(['2023-05-05']);
  });

  it('leaves ambiguous slashes, articles and long numbers alone', () => {
    // 3 April or 4 March: the writer's convention decides, and it is unknown.
    expect(digits('on 03/04/2023')).toEqual([]);
    expect(digits('по ч. 1 ст. 20.3.10 КоАП')).toEqual([]);
    expect(digits('item 1.12.03.2023 of the list')).toEqual([]);
  });

  it('reads them only when asked (the release rules do not)', () => {
    expect(findDates('detained on 12.03.2023')).toEqual([]);
  });
});

describe('a day and month with no year, dated by the report', () => {
  it('takes the year the report gives that month', () => {
    const yearOf = monthYears(
      'In March 2023 the trials went on. On March 14 he was sentenced.',
      ALL_LANGUAGES,
    );
    expect(yearOf(3, 14, 40)).toBe(2023);
    expect(
      findDates('On March 14 he was sentenced', undefined, undefined, { yearOf }).map(
        (x) => x.value,
      ),
    ).toEqual(['2023-03-14']);
  });

  it('leaves it undated when the report names the month with no year', () => {
    const yearOf = monthYears(
      'In March the trials went on. On March 14 he was sentenced.',
      ALL_LANGUAGES,
    );
    expect(findDates('On March 14 he was sentenced', undefined, undefined, { yearOf })).toEqual([]);
  });
});

describe('the year of a day and month from a whole date nearby', () => {
  const filler = ' The hearing was closed to the public and relatives waited outside.'.repeat(12);

  it('takes the year that puts the day nearest a whole date close by', () => {
    const text = 'Police detained him on 28 December 2022. He was charged on 4 January.';
    const yearOf = monthYears(text, ALL_LANGUAGES);
    expect(yearOf(1, 4, text.indexOf('4 January'))).toBe(2023);
    expect(yearOf(12, 30, text.indexOf('4 January'))).toBe(2022);
  });

  it('dates a day by a whole date far from it only as the first such day after it (det43)', () => {
    const text = `On 12 April the court gave him seven years.${filler} He wrote the posts on 19 May 2017.`;
    expect(monthYears(text, ALL_LANGUAGES)(4, 12, 3)).toBe(2018);
    expect(monthYears(text, ALL_LANGUAGES)(6, 2, 3)).toBe(2017);
    // The newest whole date, not the nearest: the verdict follows the whole story.
    const two = `On 12 April the court gave him seven years.${filler} He was held on 3 March 2015 and again on 19 May 2017.`;
    expect(monthYears(two, ALL_LANGUAGES)(4, 12, 3)).toBe(2018);
  });

  it('dates no day without a whole date anywhere', () => {
    const text = `On 12 April the court gave him seven years.${filler} He wrote the posts in May 2017.`;
    expect(monthYears(text, ALL_LANGUAGES)(4, 12, 3)).toBeNull();
  });

  it('reads a month named with its year well before the day, not one named far after it', () => {
    const before = `In March 2023 the trials went on.${filler.slice(0, 500)} On March 14 he was sentenced.`;
    expect(monthYears(before, ALL_LANGUAGES)(3, 14, before.indexOf('March 14'))).toBe(2023);
    const after = `On March 14 he was sentenced.${filler} He was first tried in March 2019 and again in 2021.`;
    expect(monthYears(after, ALL_LANGUAGES)(3, 14, 3)).toBeNull();
  });

  it('reads a month named far off in a report that names no other year', () => {
    const text = `On March 14 he was sentenced.${filler} Arrests have gone on since 1 March 2024.`;
    expect(monthYears(text, ALL_LANGUAGES)(3, 14, 3)).toBe(2024);
  });

  it('dates Vietnamese and Chinese days written in digits too', () => {
    const vi = 'Ngày 5-7-2022, công an bắt ông An. Ngày 9/7, ông bị khởi tố.';
    const yearOf = monthYears(vi, ALL_LANGUAGES, true);
    expect(
      findDates('Ngày 9/7, ông bị khởi tố.', undefined, ALL_LANGUAGES, {
        digits: true,
        dayFirst: true,
        yearOf: (m, day) => yearOf(m, day, vi.indexOf('Ngày 9/7')),
      }).map((x) => x.value),
    ).toEqual(['2022-07-09']);
  });
});

describe('days listed before a day and month', () => {
  const listed = (s: string) =>
    findDates(s, undefined, ALL_LANGUAGES, { listed: true }).map((x) => x.value);

  it('are dates of their own with its month and year', () => {
    expect(listed('arrêtés les 16 et 18 juin 2003')).toEqual(['2003-06-16', '2003-06-18']);
    expect(listed('detenidos los días 3, 4 y 5 de marzo de 2021')).toEqual([
      '2021-03-03',
      '2021-03-04',
      '2021-03-05',
    ]);
    expect(listed('задержаны 16 и 18 июня 2020 года')).toEqual(['2020-06-16', '2020-06-18']);
  });

  it('are not read as days in a range, after digits, or without the option', () => {
    expect(listed('between 14 and 16 November 2021')).toEqual(['2021-11-16']);
    expect(listed('entre le 14 et 16 novembre 2021')).toEqual(['2021-11-16']);
    expect(listed('article 5.16 and 18 June 2021')).toEqual(['2021-06-18']);
    expect(d('arrested on 16 and 18 June 2003').map((x) => x.value)).toEqual(['2003-06-18']);
  });
});

describe('a weekday naming the date written after it', () => {
  it('is that date, not a day of its own', () => {
    expect(d('detenido el pasado miércoles 22 de noviembre', '2023-12-02')).toEqual([
      { value: '2023-11-22', precision: 'day' },
    ]);
    expect(d('arrested on Wednesday, March 6', '2024-03-20')).toEqual([
      { value: '2024-03-06', precision: 'day' },
    ]);
  });

  it('stays a day of its own before another kind of date', () => {
    expect(d('arrested on Monday and charged on 6 March', '2024-03-20')).toEqual([
      { value: '2024-03-18', precision: 'day' },
      { value: '2024-03-06', precision: 'day' },
    ]);
  });
});
