// Scoring of bench:real's detentions (docs/extraction.md, "Measured on real news"): one report's
// `detentions` against its annotation in bench/real/detentions.jsonl, and sums over reports.
// Only items with role main are scored; background items are there for the reader. Pure.
import type { Evidence } from '../../src/core/extract/contract.ts';
import type { DetentionAnnotation, DetentionItem } from './detentions.ts';
import { addCounts, type Counts, foldName, matchPairs, sameName } from './score.ts';

interface Span {
  evidence?: Evidence;
}

/**
 * The part of an extracted detention (the `detentions` key of `habeas extract`, issue 20) that
 * the scorer reads. Declared here, not imported, so that the scorer runs against an extractor
 * that does not return the key yet: a result without it found nothing.
 */
export interface GotDetention {
  kind: string;
  role: string;
  date: { value: string; precision: string } | null;
  person: { name: string; evidence?: Evidence } | null;
  count: { value: number; evidence?: Evidence } | null;
  sentence: {
    years: number;
    months: number;
    days: number;
    life: boolean;
    evidence?: Evidence;
  } | null;
  charges?: Span[];
  court?: Span | null;
  recognisedBy?: Span | null;
  place?: Span | null;
  evidence?: Evidence;
}

/** The detentions of an extraction result; anything but an array under the key is none. */
export function detentionsOf(result: unknown): GotDetention[] {
  const got = (result as { detentions?: unknown } | null)?.detentions;
  return Array.isArray(got)
    ? (got.filter((d) => d && typeof d === 'object') as GotDetention[])
    : [];
}

export interface Ratio {
  right: number;
  total: number;
}

export interface DetentionScore {
  id: string;
  language: string;
  split: string;
  kinds: string[];
  crashed: boolean;
  /** Named main items paired one to one through the name engine. */
  persons: Counts;
  /** Paired items whose kind also agrees (status F1 counts these as matched). */
  status: Counts;
  kindRight: Ratio;
  /** Annotated terms whose item was paired: the same term (months and years pooled). */
  termExact: Ratio;
  /** Annotated dates whose item was paired: the extracted date equal at the annotated precision. */
  dateRight: Ratio;
  /** Annotated aggregates: an extracted aggregate of the same kind and value. */
  aggregates: Counts;
  evidence: { exact: number; total: number };
}

const ratio0 = (): Ratio => ({ right: 0, total: 0 });

/** Same length of time: 18 months is 1 year 6 months. */
export function sameTerm(
  a: { years: number; months: number; days: number; life: boolean },
  b: { years: number; months: number; days: number; life: boolean },
): boolean {
  if (a.life || b.life) return a.life === b.life;
  return a.years * 12 + a.months === b.years * 12 + b.months && a.days === b.days;
}

/** The extracted date says the annotated one at least as precisely: '2023-03-03' fits '2023-03'. */
export function dateWithin(
  gold: { value: string; precision: string },
  got: { value: string } | null,
): boolean {
  return got !== null && got.value.slice(0, gold.value.length) === gold.value;
}

function spansOf(d: GotDetention): Evidence[] {
  const spans: (Span | null | undefined)[] = [
    d,
    d.person,
    d.count,
    d.sentence,
    d.court,
    d.recognisedBy,
    d.place,
    ...(d.charges ?? []),
  ];
  return spans.flatMap((s) => (s?.evidence ? [s.evidence] : []));
}

/**
 * Pairs named items: first those whose name and kind agree, then, among the rest, those whose
 * name agrees, so that a person with an arrest and a sentence is not paired crosswise.
 */
export function pairNamed(
  got: GotDetention[],
  gold: DetentionItem[],
): [GotDetention, DetentionItem][] {
  const names = (g: DetentionItem) => [g.name!, ...(g.canonical ? [g.canonical] : [])];
  // Two people whose names the engine takes for one ('زهره' and 'زهرا' Dadras, sisters): each
  // extracted name tries the annotated one written as it is first.
  const written = (p: GotDetention, g: DetentionItem) =>
    names(g).some((n) => foldName(n) === foldName(p.person!.name));
  const first = matchPairs(
    got,
    gold,
    (p, g) => p.kind === g.kind && sameName(p.person!.name, names(g)),
    written,
  );
  const usedP = new Set(first.map(([i]) => i));
  const usedG = new Set(first.map(([, j]) => j));
  const restP = got.filter((_, i) => !usedP.has(i));
  const restG = gold.filter((_, j) => !usedG.has(j));
  const second = matchPairs(restP, restG, (p, g) => sameName(p.person!.name, names(g)), written);
  return [
    ...first.map(([i, j]) => [got[i]!, gold[j]!] as [GotDetention, DetentionItem]),
    ...second.map(([i, j]) => [restP[i]!, restG[j]!] as [GotDetention, DetentionItem]),
  ];
}

function aggregateCounts(got: GotDetention[], gold: DetentionItem[]): Counts {
  const pairs = matchPairs(
    got,
    gold,
    (p, g) => p.kind === g.kind && p.count!.value === g.count!.value,
  );
  return { matched: pairs.length, predicted: got.length, gold: gold.length };
}

/** One report: its annotation, the text fed to the extractor and what came back (or the Error). */
export function scoreDetentions(
  a: DetentionAnnotation,
  text: string,
  result: unknown,
): DetentionScore {
  const crashed = result instanceof Error;
  const got = crashed ? [] : detentionsOf(result);
  const main = got.filter((d) => d.role === 'main');
  const gold = a.items.filter((i) => i.role === 'main');
  const gotNamed = main.filter((d) => typeof d.person?.name === 'string');
  const goldNamed = gold.filter((i) => i.name !== null);
  const pairs = pairNamed(gotNamed, goldNamed);
  const sameKind = pairs.filter(([p, g]) => p.kind === g.kind).length;
  const termExact = ratio0();
  const dateRight = ratio0();
  for (const [p, g] of pairs) {
    if (g.term) {
      termExact.total++;
      if (p.sentence && sameTerm(g.term, p.sentence)) termExact.right++;
    }
    if (g.date) {
      dateRight.total++;
      if (dateWithin(g.date, p.date)) dateRight.right++;
    }
  }
  const evidence = got.flatMap(spansOf);
  return {
    id: a.id,
    language: a.language,
    split: a.split,
    kinds: a.kinds,
    crashed,
    persons: { matched: pairs.length, predicted: gotNamed.length, gold: goldNamed.length },
    status: { matched: sameKind, predicted: gotNamed.length, gold: goldNamed.length },
    kindRight: { right: sameKind, total: pairs.length },
    termExact,
    dateRight,
    aggregates: aggregateCounts(
      main.filter((d) => !d.person && typeof d.count?.value === 'number'),
      gold.filter((i) => i.count !== null),
    ),
    evidence: {
      exact: evidence.filter((e) => text.slice(e.start, e.end) === e.quote).length,
      total: evidence.length,
    },
  };
}

/** The per-report figures summed over reports, with how many reports and crashes. */
export type DetentionSummary = Omit<
  DetentionScore,
  'id' | 'language' | 'split' | 'kinds' | 'crashed'
> & {
  reports: number;
  crashes: number;
};

const addRatio = (a: Ratio, b: Ratio): Ratio => ({
  right: a.right + b.right,
  total: a.total + b.total,
});

/** Micro sums over reports. */
export function summariseDetentions(scores: DetentionScore[]): DetentionSummary {
  const zero = { matched: 0, predicted: 0, gold: 0 };
  return scores.reduce<DetentionSummary>(
    (s, r) => ({
      reports: s.reports + 1,
      crashes: s.crashes + (r.crashed ? 1 : 0),
      persons: addCounts(s.persons, r.persons),
      status: addCounts(s.status, r.status),
      kindRight: addRatio(s.kindRight, r.kindRight),
      termExact: addRatio(s.termExact, r.termExact),
      dateRight: addRatio(s.dateRight, r.dateRight),
      aggregates: addCounts(s.aggregates, r.aggregates),
      evidence: {
        exact: s.evidence.exact + r.evidence.exact,
        total: s.evidence.total + r.evidence.total,
      },
    }),
    {
      reports: 0,
      crashes: 0,
      persons: zero,
      status: zero,
      kindRight: ratio0(),
      termExact: ratio0(),
      dateRight: ratio0(),
      aggregates: zero,
      evidence: { exact: 0, total: 0 },
    },
  );
}
