import { describe, expect, it } from 'vitest';
import {
  latestReportedCount,
  type ReportedCount,
  reportedCountHistory,
} from '../../../src/core/model/count-claims.ts';
import { parsePartialDate } from '../../../src/core/model/dates.ts';

function reported(id: string, asOf: string, value: number, extra: Partial<ReportedCount> = {}) {
  return {
    id,
    country: 'BY',
    value,
    qualifier: 'exact',
    attributedTo: 'Viasna',
    asOf: parsePartialDate(asOf),
    sourceId: `src_${id}`,
    ...extra,
  } satisfies ReportedCount;
}

const figures: ReportedCount[] = [
  reported('c1', '2025-06-01', 1150),
  reported('c2', '2025-09-11', 1000, { qualifier: 'more_than', attributedTo: 'rights groups' }),
  reported('c3', '2025-09-11', 1177),
  reported('c4', '2025-12', 1110),
  reported('c5', '2025-09-11', 400, { country: 'RU' }),
];

describe('latestReportedCount', () => {
  it('takes the latest as-of on or before the day, with every figure of that date', () => {
    const r = latestReportedCount(figures, 'BY', '2025-10-01');
    expect(r?.asOf).toEqual({ value: '2025-09-11', precision: 'day' });
    expect(r?.all.map((c) => c.id)).toEqual(['c3', 'c2']);
    expect(r?.latest.id).toBe('c3'); // the exact figure over 'more than 1,000'
  });

  it('includes a figure reported as of that very day', () => {
    expect(latestReportedCount(figures, 'BY', '2025-09-11')?.latest.id).toBe('c3');
    expect(latestReportedCount(figures, 'BY', '2025-09-10')?.latest.id).toBe('c1');
  });

  it('lets an as-of month count from its first day', () => {
    expect(latestReportedCount(figures, 'BY', '2025-11-30')?.latest.id).toBe('c3');
    expect(latestReportedCount(figures, 'BY', '2025-12-01')?.latest.id).toBe('c4');
  });

  it('prefers a day over the month that starts on it', () => {
    const r = latestReportedCount(
      [reported('m', '2025-06', 1), reported('d', '2025-06-01', 2)],
      'BY',
      '2025-06-15',
    );
    expect(r?.latest.id).toBe('d');
    expect(r?.all).toHaveLength(1);
  });

  it('filters by country and returns null when nothing was reported yet', () => {
    expect(latestReportedCount(figures, 'ru', '2025-12-31')?.latest.id).toBe('c5');
    expect(latestReportedCount(figures, 'BY', '2025-05-31')).toBeNull();
    expect(latestReportedCount(figures, 'UA', '2025-12-31')).toBeNull();
  });

  it('does not depend on input order', () => {
    const a = latestReportedCount(figures, 'BY', '2025-10-01');
    const b = latestReportedCount([...figures].reverse(), 'BY', '2025-10-01');
    expect(b).toEqual(a);
  });

  it('rejects a day that is not a day', () => {
    expect(() => latestReportedCount(figures, 'BY', '2025-10')).toThrow(RangeError);
  });
});

describe('reportedCountHistory', () => {
  it('lists one country oldest first', () => {
    expect(reportedCountHistory(figures, 'BY').map((c) => c.id)).toEqual(['c1', 'c3', 'c2', 'c4']);
  });
});
