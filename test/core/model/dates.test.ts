import { describe, expect, it } from 'vitest';
import {
  compareDates,
  datesCompatible,
  day,
  daysBetween,
  firstDay,
  InvalidDateError,
  isPartialDate,
  lastDay,
  monthOf,
  type PartialDate,
  parsePartialDate,
} from '../../../src/core/model/dates.ts';

const d = parsePartialDate;

describe('parsePartialDate', () => {
  it('takes the precision from the form', () => {
    expect(d('2025-09-11')).toEqual({ value: '2025-09-11', precision: 'day' });
    expect(d('2025-09')).toEqual({ value: '2025-09', precision: 'month' });
    expect(d(' 2025 ')).toEqual({ value: '2025', precision: 'year' });
  });

  it.each([
    '2025-02-29',
    '2025-13',
    '2025-00',
    '2025-04-31',
    '11.09.2025',
    'September 2025',
    '',
    '20250911',
  ])('rejects %j with a message naming the input', (input) => {
    expect(() => d(input)).toThrow(InvalidDateError);
    expect(() => d(input)).toThrow(`invalid date '${input}'`);
  });

  it('accepts 29 February only in leap years', () => {
    expect(d('2024-02-29').precision).toBe('day');
    expect(d('2000-02-29').precision).toBe('day');
    expect(() => d('1900-02-29')).toThrow(InvalidDateError);
  });

  it('day() insists on a day', () => {
    expect(day('2025-06-21').value).toBe('2025-06-21');
    expect(() => day('2025-06')).toThrow(InvalidDateError);
  });
});

describe('isPartialDate', () => {
  it('accepts well-formed dates only', () => {
    expect(isPartialDate({ value: '2025-06', precision: 'month' })).toBe(true);
    expect(isPartialDate({ value: '2025-06', precision: 'day' })).toBe(false);
    expect(isPartialDate({ value: '2025-13', precision: 'month' })).toBe(false);
    expect(isPartialDate({ value: '2025-02-30', precision: 'day' })).toBe(false);
    expect(isPartialDate(null)).toBe(false);
    expect(isPartialDate('2025')).toBe(false);
  });

  it('does not crash on prototype names as precision', () => {
    expect(isPartialDate({ value: '2025', precision: 'toString' })).toBe(false);
    expect(isPartialDate({ value: '2025', precision: 'constructor' })).toBe(false);
  });
});

describe('firstDay and lastDay', () => {
  it('span the days a date can mean', () => {
    expect([firstDay(d('2025-06-21')), lastDay(d('2025-06-21'))]).toEqual([
      '2025-06-21',
      '2025-06-21',
    ]);
    expect([firstDay(d('2025-06')), lastDay(d('2025-06'))]).toEqual(['2025-06-01', '2025-06-30']);
    expect([firstDay(d('2025')), lastDay(d('2025'))]).toEqual(['2025-01-01', '2025-12-31']);
    expect(lastDay(d('2025-12'))).toBe('2025-12-31');
  });

  it('knows February in leap and common years', () => {
    expect(lastDay(d('2024-02'))).toBe('2024-02-29');
    expect(lastDay(d('2025-02'))).toBe('2025-02-28');
    expect(lastDay(d('2000-02'))).toBe('2000-02-29');
    expect(lastDay(d('2100-02'))).toBe('2100-02-28');
  });
});

describe('datesCompatible', () => {
  it('a month contains its days and a year its months', () => {
    expect(datesCompatible(d('2025-06'), d('2025-06-21'))).toBe(true);
    expect(datesCompatible(d('2025-06-21'), d('2025'))).toBe(true);
    expect(datesCompatible(d('2025-06'), d('2025-06'))).toBe(true);
  });

  it('different days, months or years disagree', () => {
    expect(datesCompatible(d('2025-06-21'), d('2025-06-22'))).toBe(false);
    expect(datesCompatible(d('2025-06'), d('2025-09-11'))).toBe(false);
    expect(datesCompatible(d('2024'), d('2025-01-01'))).toBe(false);
    expect(datesCompatible(d('2025-06'), d('2025-07-01'))).toBe(false);
  });
});

describe('compareDates', () => {
  it('orders by first day, then the more precise first', () => {
    const dates: PartialDate[] = [d('2025-09'), d('2025'), d('2025-09-01'), d('2024-12-31')];
    expect(dates.sort(compareDates).map((x) => x.value)).toEqual([
      '2024-12-31',
      '2025',
      '2025-09-01',
      '2025-09',
    ]);
    expect(compareDates(d('2025-06'), d('2025-06'))).toBe(0);
  });
});

describe('daysBetween and monthOf', () => {
  it('count whole days from first possible days', () => {
    expect(daysBetween(d('2025-02-28'), d('2025-03-01'))).toBe(1);
    expect(daysBetween(d('2024-02-28'), d('2024-03-01'))).toBe(2);
    expect(daysBetween(d('2025-09'), d('2025-06'))).toBe(-92);
  });

  it('buckets by the month of the first possible day', () => {
    expect(monthOf(d('2025-09-11'))).toBe('2025-09');
    expect(monthOf(d('2025'))).toBe('2025-01');
  });
});
