/**
 * Dates as reports give them: a day, a month or only a year. Comparisons must not invent
 * precision, so every date also has the first and last day it may mean.
 */
import { ValidationError } from '../errors.ts';

export type Precision = 'day' | 'month' | 'year';

export interface PartialDate {
  /** 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' matching the precision. */
  value: string;
  precision: Precision;
}

const patterns: Record<Precision, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
};

export class InvalidDateError extends ValidationError {
  constructor(readonly input: string) {
    super(`invalid date '${input}': expected YYYY-MM-DD, YYYY-MM or YYYY`);
  }
}

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(y: number, m: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return m === 2 && leap ? 29 : (monthLengths[m - 1] ?? 0);
}

// Arithmetic rather than a Date round trip: this runs for every event the counts look at.
function isRealDay(value: string): boolean {
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function isRealMonth(value: string): boolean {
  const m = Number(value.slice(5, 7));
  return m >= 1 && m <= 12;
}

/** Parses 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY'; the precision follows from the form. */
export function parsePartialDate(input: string): PartialDate {
  const value = input.trim();
  if (patterns.day.test(value) && isRealDay(value)) return { value, precision: 'day' };
  if (patterns.month.test(value) && isRealMonth(value)) return { value, precision: 'month' };
  if (patterns.year.test(value)) return { value, precision: 'year' };
  throw new InvalidDateError(input);
}

export function isPartialDate(x: unknown): x is PartialDate {
  if (typeof x !== 'object' || x === null) return false;
  const d = x as PartialDate;
  // Object.hasOwn, not `in`: a precision of 'toString' must not reach patterns[...].test.
  if (typeof d.value !== 'string' || !Object.hasOwn(patterns, d.precision)) return false;
  if (!patterns[d.precision].test(d.value)) return false;
  // Shape alone would accept '2025-13' or '2025-02-30'; check the calendar too.
  if (d.precision === 'day') return isRealDay(d.value);
  if (d.precision === 'month') return isRealMonth(d.value);
  return true;
}

export function day(value: string): PartialDate {
  const d = parsePartialDate(value);
  if (d.precision !== 'day') throw new InvalidDateError(value);
  return d;
}

/** First day the date can mean, as 'YYYY-MM-DD'. */
export function firstDay(d: PartialDate): string {
  if (d.precision === 'day') return d.value;
  if (d.precision === 'month') return `${d.value}-01`;
  return `${d.value}-01-01`;
}

/** Last day the date can mean, as 'YYYY-MM-DD'. */
export function lastDay(d: PartialDate): string {
  if (d.precision === 'day') return d.value;
  if (d.precision === 'month') {
    const [y, m] = d.value.split('-').map(Number) as [number, number];
    return `${d.value}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
  }
  return `${d.value}-12-31`;
}

/** True when two dates can mean the same day (a month contains its days, and so on). */
export function datesCompatible(a: PartialDate, b: PartialDate): boolean {
  return firstDay(a) <= lastDay(b) && firstDay(b) <= lastDay(a);
}

/** Orders by first possible day, then more precise first; stable for sorting timelines. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const f = firstDay(a).localeCompare(firstDay(b));
  if (f !== 0) return f;
  return lastDay(a).localeCompare(lastDay(b));
}

/** Whole days from a to b (b later gives a positive number), using first possible days. */
export function daysBetween(a: PartialDate, b: PartialDate): number {
  const ms = Date.parse(firstDay(b)) - Date.parse(firstDay(a));
  return Math.round(ms / 86_400_000);
}

/** 'YYYY-MM' of the first possible day, the bucket monthly series use. */
export function monthOf(d: PartialDate): string {
  return firstDay(d).slice(0, 7);
}

export function formatPartialDate(d: PartialDate): string {
  return d.value;
}
