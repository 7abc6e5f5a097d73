/**
 * When do two reported values of one property agree, and which of several agreeing values says
 * the most? Reconciliation (reconcile.ts) and reported counts (count-claims.ts) share these
 * rules so that '52' and 'more than 50' agree everywhere.
 */
import { datesCompatible, firstDay, lastDay } from './dates.ts';
import type { Qualifier, Value } from './values.ts';
import { valueKey } from './values.ts';

/** The numbers a qualified figure can mean; an open end excludes the bound itself. */
export interface NumberRange {
  min: number;
  max: number;
  minOpen: boolean;
  maxOpen: boolean;
}

/** 'about N' allows this fraction either side; 'almost N' this fraction below N. */
export const ABOUT_TOLERANCE = 0.1;

/**
 * The range a qualified figure covers. Reports round: 'about 120' is 108..132 (±10%),
 * 'almost 1,000' is 900..1,000 (kept closed at N: writers say 'almost' for a round figure
 * that may be reached), 'up to 100' is 0..100, 'more than 100' excludes 100, 'at least 100'
 * includes it. Counts of people are never negative, so lower bounds start at 0.
 */
export function numberRange(n: number, qualifier: Qualifier): NumberRange {
  const tol = Math.abs(n) * ABOUT_TOLERANCE;
  switch (qualifier) {
    case 'exact':
      return { min: n, max: n, minOpen: false, maxOpen: false };
    case 'more_than':
      return { min: n, max: Number.POSITIVE_INFINITY, minOpen: true, maxOpen: false };
    case 'at_least':
      return { min: n, max: Number.POSITIVE_INFINITY, minOpen: false, maxOpen: false };
    case 'about':
      return { min: Math.max(0, n - tol), max: n + tol, minOpen: false, maxOpen: false };
    case 'almost':
      return { min: Math.max(0, n - tol), max: n, minOpen: false, maxOpen: false };
    case 'up_to':
      return { min: 0, max: n, minOpen: false, maxOpen: false };
  }
}

/** True when some number lies in both ranges. */
export function rangesOverlap(a: NumberRange, b: NumberRange): boolean {
  if (a.max < b.min || b.max < a.min) return false;
  // Touching ends overlap only if both are closed there: 'more than 100' and 'up to 100' don't.
  if (a.max === b.min) return !a.maxOpen && !b.minOpen;
  if (b.max === a.min) return !b.maxOpen && !a.minOpen;
  return true;
}

/** Text is compared ignoring case and runs of spaces; everything else by its canonical key. */
export function sameValue(a: Value, b: Value): boolean {
  return valueKey(a) === valueKey(b);
}

/**
 * Whether two values of one 'one'-property can both be true.
 * Numbers: their ranges overlap (so 123 agrees with 'more than 100' and 'about 120', not with
 * 'up to 100'; two exact figures agree only if equal). Dates: they can mean the same day
 * (June 2025 and 2025-06-21 agree). Text, refs, names, booleans: equal keys. Different value
 * types never agree.
 */
export function valuesCompatible(a: Value, b: Value): boolean {
  if (a.type === 'number' && b.type === 'number') {
    return rangesOverlap(numberRange(a.number, a.qualifier), numberRange(b.number, b.qualifier));
  }
  if (a.type === 'date' && b.type === 'date') return datesCompatible(a.date, b.date);
  return sameValue(a, b);
}

const qualifierRank: Record<Qualifier, number> = {
  exact: 3,
  about: 2,
  almost: 2,
  up_to: 2,
  at_least: 1,
  more_than: 1,
};

/**
 * How much a value pins down, higher is more specific: an exact figure over a bounded one
 * ('about', 'almost', 'up to') over an open one ('more than', 'at least'); a day over a month
 * over a year. Other value types are all equally specific.
 */
export function specificity(v: Value): number {
  if (v.type === 'number') return qualifierRank[v.qualifier];
  if (v.type === 'date') {
    // Fewer possible days is more specific; negative so that larger means narrower.
    return -(Date.parse(lastDay(v.date)) - Date.parse(firstDay(v.date)));
  }
  return 0;
}
