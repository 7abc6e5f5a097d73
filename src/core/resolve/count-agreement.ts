/**
 * How two reports' released counts compare, for event assignment (assign-event.ts): the same
 * figure, a figure hedged or rounded, a figure one report got off by a few, or a disagreement.
 */

import { numberRange, rangesOverlap } from '../model/compatible.ts';
import type { Qualifier } from '../model/values.ts';

export interface CountFact {
  value: number;
  qualifier: Qualifier;
}

/** Below this a same figure is common (one American, two journalists): it proves little alone. */
export const DISTINCT_COUNT = 3;

/** A rounded figure this close to an exact one is that figure ('more than 2,000' and 2,153). */
const CLOSE_COUNT = 0.25;

/**
 * Two figures of at least NEAR_FROM this close (a share of the larger) are one release counted
 * by two sources (88 and 87: one counts a dual citizen, the other not). Smaller figures must be
 * equal: 14 and 16 are two Belarusian releases.
 */
export const NEAR_SHARE = 0.03;
export const NEAR_FROM = 30;

/** `rounded` is a round qualified figure ('more than 2,000') told for the exact `exact`. */
function roundedNear(rounded: CountFact, exact: CountFact): boolean {
  return (
    rounded.qualifier !== 'exact' &&
    rounded.qualifier !== 'up_to' &&
    exact.qualifier === 'exact' &&
    rounded.value >= 10 &&
    rounded.value % 10 === 0 &&
    Math.abs(exact.value - rounded.value) <= CLOSE_COUNT * rounded.value
  );
}

/** From this size a figure is an official total (an amnesty's), rounded down, not still growing. */
export const OFFICIAL_FROM = 1000;

/** The place value of a figure's last non-zero digit: 100 for 5,800, 1,000 for 2,000. */
function roundingUnit(n: number): number {
  let unit = 1;
  while (n % (unit * 10) === 0 && unit * 10 <= n) unit *= 10;
  return unit;
}

/**
 * What a figure may stand for when releases are told apart. 'More than 5,800' is how a report
 * rounds 5,864, never 7,012 (that is 'more than 7,000'): from OFFICIAL_FROM up, a lower bound
 * reaches two of its rounding units above it. Smaller hedged figures stay open: 'at least 87'
 * is a count still growing, and may be 99 by the next report.
 */
function plausibleRange(c: CountFact) {
  const range = numberRange(c.value, c.qualifier);
  if (c.value < OFFICIAL_FROM || range.max !== Number.POSITIVE_INFINITY) return range;
  return { ...range, max: c.value + 2 * roundingUnit(c.value) };
}

/** Figures a few apart, both large enough that a source's miscount is likelier than a coincidence. */
export function nearFigures(a: CountFact, b: CountFact): boolean {
  const larger = Math.max(a.value, b.value);
  return (
    Math.min(a.value, b.value) >= NEAR_FROM && Math.abs(a.value - b.value) <= NEAR_SHARE * larger
  );
}

/**
 * The same figure, one report hedging it ('at least 87', 'about 87', 87): as strong as an exact
 * match. Reports of one release copy its figure and add or drop the hedge; 'more than 87' is
 * not 87, but is 'more than 87' again.
 */
export function sameFigureHedged(a: CountFact, b: CountFact): boolean {
  if (a.value !== b.value || a.value < DISTINCT_COUNT) return false;
  if (a.qualifier === b.qualifier) return true;
  // Each hedge still covers the figure itself ('more than 87' excludes 87).
  const exact = numberRange(a.value, 'exact');
  return [a, b].every((c) => rangesOverlap(exact, numberRange(c.value, c.qualifier)));
}

const fmt = (c: CountFact) =>
  c.qualifier === 'exact' ? `${c.value}` : `${c.qualifier} ${c.value}`;

const sameExact = (a: CountFact, b: CountFact) =>
  a.qualifier === 'exact' && b.qualifier === 'exact' && a.value === b.value;

/** One pair of figures: [score, why], or null when they disagree. */
function scorePair(a: CountFact, b: CountFact): [number, string] | null {
  if (sameExact(a, b))
    return [a.value >= DISTINCT_COUNT ? 0.3 : 0.15, `same released count ${a.value}`];
  if (sameFigureHedged(a, b))
    return [0.3, `count ${fmt(a)} agrees with ${fmt(b)}: the same figure, hedged`];
  const ok = rangesOverlap(plausibleRange(a), plausibleRange(b));
  if (ok && (roundedNear(a, b) || roundedNear(b, a)))
    return [0.3, `count ${fmt(a)} agrees with ${fmt(b)}, closely`];
  if (ok && nearFigures(a, b)) return [0.3, `count ${fmt(a)} agrees with ${fmt(b)}, a few apart`];
  if (ok) return [0.15, `count ${fmt(a)} agrees with ${fmt(b)}`];
  if (nearFigures(a, b)) return [0.15, `count ${fmt(a)} is a few from ${fmt(b)}`];
  return null;
}

/** Best agreement of any two figures, or a disagreement (-0.3); null when a side has none. */
export function scoreCounts(
  r: readonly CountFact[],
  e: readonly CountFact[],
): [number, string] | null {
  if (r.length === 0 || e.length === 0) return null;
  let best: [number, string] | null = null;
  for (const a of r) {
    for (const b of e) {
      const s = scorePair(a, b);
      // An exact match wins at once; otherwise the first of the best scores is kept.
      if (sameExact(a, b)) return s;
      if (s && (!best || s[0] > best[0])) best = s;
    }
  }
  return best ?? [-0.3, `count ${fmt(r[0]!)} disagrees with ${e.map(fmt).join(', ')}`];
}

/** Both sides give one figure large enough to single out a release (see assign-event.ts). */
export function sameDistinctFigure(
  r: readonly CountFact[],
  e: readonly CountFact[],
  from: number,
): boolean {
  return r.some((a) => a.value >= from && e.some((b) => sameFigureHedged(a, b)));
}
