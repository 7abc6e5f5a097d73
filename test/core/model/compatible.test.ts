import { describe, expect, it } from 'vitest';
import {
  numberRange,
  rangesOverlap,
  specificity,
  valuesCompatible,
} from '../../../src/core/model/compatible.ts';
import { parsePartialDate } from '../../../src/core/model/dates.ts';
import { date, num, ref, text } from '../../../src/core/model/values.ts';

describe('numberRange', () => {
  it('turns qualified figures into ranges', () => {
    expect(numberRange(120, 'about')).toEqual({
      min: 108,
      max: 132,
      minOpen: false,
      maxOpen: false,
    });
    expect(numberRange(100, 'more_than')).toMatchObject({ min: 100, minOpen: true });
    expect(numberRange(100, 'at_least')).toMatchObject({ min: 100, minOpen: false });
    expect(numberRange(1000, 'almost')).toEqual({
      min: 900,
      max: 1000,
      minOpen: false,
      maxOpen: false,
    });
    expect(numberRange(100, 'up_to')).toEqual({ min: 0, max: 100, minOpen: false, maxOpen: false });
  });
});

describe('rangesOverlap', () => {
  it('treats touching ends as overlapping only when both are closed', () => {
    expect(rangesOverlap(numberRange(100, 'more_than'), numberRange(100, 'up_to'))).toBe(false);
    expect(rangesOverlap(numberRange(100, 'at_least'), numberRange(100, 'up_to'))).toBe(true);
    expect(rangesOverlap(numberRange(100, 'up_to'), numberRange(100, 'more_than'))).toBe(false);
  });
});

describe('valuesCompatible', () => {
  it('never matches values of different types', () => {
    expect(valuesCompatible(text('52'), num(52))).toBe(false);
    expect(valuesCompatible(ref('a'), text('a'))).toBe(false);
  });

  it('is symmetric', () => {
    const values = [num(123), num(100, 'more_than'), num(100, 'up_to'), num(120, 'about')];
    for (const a of values) {
      for (const b of values) expect(valuesCompatible(a, b)).toBe(valuesCompatible(b, a));
    }
  });
});

describe('specificity', () => {
  it('ranks exact over bounded over open figures, and days over months over years', () => {
    expect(specificity(num(5))).toBeGreaterThan(specificity(num(5, 'about')));
    expect(specificity(num(5, 'up_to'))).toBeGreaterThan(specificity(num(5, 'more_than')));
    const d = (s: string) => specificity(date(parsePartialDate(s)));
    expect(d('2025-06-21')).toBeGreaterThan(d('2025-06'));
    expect(d('2025-06')).toBeGreaterThan(d('2025'));
  });
});
