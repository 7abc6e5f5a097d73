// Scoring of bench:real (docs/extraction.md, "Measured on real news"): one report's extraction
// against its annotation, sums over reports, and B-cubed over the report -> event clustering.
// Pure: no I/O, no clock.
import type { Evidence, ExtractResult } from '../../src/core/extract/contract.ts';
import { placeCode } from '../../src/core/extract/places.ts';
import { compareNames } from '../../src/core/names/index.ts';
import type { Annotation } from './annotations.ts';

/** Items matched one to one, and how many each side had: micro precision/recall/F1 add these. */
export interface Counts {
  matched: number;
  predicted: number;
  gold: number;
}

export interface ReportScore {
  id: string;
  language: string;
  kinds: string[];
  crashed: boolean;
  /** The main release's count equals the annotated one (both absent counts as right). */
  countRight: boolean;
  released: Counts;
  concessions: Counts;
  mediators: Counts;
  destinations: Counts;
  remaining: Counts;
  evidence: { exact: number; total: number };
}

const zero = (): Counts => ({ matched: 0, predicted: 0, gold: 0 });

export function precision(c: Counts): number {
  return c.predicted === 0 ? (c.gold === 0 ? 1 : 0) : c.matched / c.predicted;
}

export function recall(c: Counts): number {
  return c.gold === 0 ? (c.predicted === 0 ? 1 : 0) : c.matched / c.gold;
}

export function f1(c: Counts): number {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/**
 * A maximum one-to-one matching (Kuhn's augmenting paths) as [predicted, gold] index pairs: greedy
 * pairing could pair a predicted name with the wrong gold name and leave a second, matchable one
 * unpaired. `prefer`: of the gold items a predicted one matches, those it is tried with first, so
 * that among matchings of the same size it keeps the closer pairs ('زهره دادرس' with 'زهره دادرس',
 * not with her sister 'زهرا دادرس', which the name engine also matches).
 */
export function matchPairs<P, G>(
  pred: P[],
  gold: G[],
  same: (p: P, g: G) => boolean,
  prefer?: (p: P, g: G) => boolean,
): [number, number][] {
  const owner: number[] = gold.map(() => -1);
  const edges = pred.map((p) => {
    const js = gold.flatMap((g, j) => (same(p, g) ? [j] : []));
    if (!prefer) return js;
    const first = js.filter((j) => prefer(p, gold[j]!));
    return [...first, ...js.filter((j) => !first.includes(j))];
  });
  const augment = (i: number, seen: boolean[]): boolean => {
    for (const j of edges[i]!) {
      if (seen[j]) continue;
      seen[j] = true;
      if (owner[j] === -1 || augment(owner[j]!, seen)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < pred.length; i++)
    augment(
      i,
      gold.map(() => false),
    );
  return owner.flatMap((i, j) => (i === -1 ? [] : [[i, j] as [number, number]]));
}

/** Size of a maximum one-to-one matching (see matchPairs). */
export function maxMatching<P, G>(pred: P[], gold: G[], same: (p: P, g: G) => boolean): number {
  return matchPairs(pred, gold, same).length;
}

function counted<P, G>(pred: P[], gold: G[], same: (p: P, g: G) => boolean): Counts {
  return { matched: maxMatching(pred, gold, same), predicted: pred.length, gold: gold.length };
}

// A leading article of the languages annotated ('le Qatar', 'les États-Unis', 'die US-Regierung'):
// annotators copy the words of the text, an extractor gives the name. Not 'de' (Dutch article,
// but also the particle of 'De Croo', 'de Lima') nor one-letter Portuguese 'a'/'o'.
const ARTICLE = /^(?:the|le|la|les|l|el|los|las|il|lo|gli|die|der|das|den|het) /u;

/** Lower case, no accents, one space, no leading article: the same written name twice. */
export function foldName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(ARTICLE, '');
}

/**
 * A name the extractor gave names the annotated one: the same written form, or the name engine
 * (`habeas names compare`) decides `match` against the spelling in the text or the canonical form.
 */
export function sameName(got: string, spellings: string[]): boolean {
  const g = foldName(got);
  return spellings.some((s) => foldName(s) === g || compareNames(got, s).decision === 'match');
}

// A body written with its acronym after it ('Milli İstihbarat Teşkilatı (MİT)'): the whole, the
// name before the brackets and the acronym all name it.
const WITH_ACRONYM = /^(?<whole>.+?)\s*\((?<acronym>[\p{Lu}\p{N}.\s-]{2,12})\)$/u;

function namesOfBody(s: string): string[] {
  const m = WITH_ACRONYM.exec(s.trim());
  return m ? [s, m.groups!.whole!, m.groups!.acronym!] : [s];
}

// An honorific that opens a Gulf ruler's name and is no part of it ('Scheich Mohammed bin
// Sajed al-Nahjan' is the same man as 'Mohammed bin Sajed al-Nahjan').
const HONORIFIC =
  /^(?:sheikh|shaikh|sheik|scheich|cheikh|cheik|jeque|sceicco|xeque|szejk|şeyh|seyh|шейх|шейха|шейхом|الشيخ)\s+/iu;

/** A country's code when the whole name is a country's (any language, any form the lists hold). */
function countryOf(s: string): string | null {
  const f = s
    .trim()
    .replace(/^(?:the|le|la|les|l['’]|el|los|las|il|lo|gli|die|der|das|den|o|os|a|as)\s+/iu, '');
  // 'US' and 'U.S.' are upper-case only: 'us' is an English word, so no list holds it.
  if (f.replace(/\./gu, '') === 'US') return 'US';
  return placeCode(f) ?? placeCode(f.replace(/\./gu, '')) ?? null;
}

/**
 * A go-between the extractor gave is the annotated one (bench/real/README.md, `mediators`): the
 * same name (sameName), or, as destinations are scored by country code, the same country however
 * written ('Vaticano' and 'Santa Sede', 'USA' and 'Estados Unidos'); or the same body with or
 * without its acronym; or the same person with or without a leading honorific. A country and
 * one of its offices stay apart ('Turkey' is not 'MİT'): the annotators tell them apart.
 */
export function sameGoBetween(got: string, spellings: string[]): boolean {
  const code = countryOf(got);
  for (const want of spellings) {
    if (code !== null && countryOf(want) === code) return true;
    const wanted = namesOfBody(want).map((w) => w.replace(HONORIFIC, ''));
    for (const g of namesOfBody(got)) if (sameName(g.replace(HONORIFIC, ''), wanted)) return true;
  }
  return false;
}

/** Multiset match of keys (concessions by kind, destinations by country, remaining figures). */
function keyCounts(pred: string[], gold: string[]): Counts {
  const left = new Map<string, number>();
  for (const k of gold) left.set(k, (left.get(k) ?? 0) + 1);
  let matched = 0;
  for (const k of pred) {
    const n = left.get(k) ?? 0;
    if (n > 0) {
      matched++;
      left.set(k, n - 1);
    }
  }
  return { matched, predicted: pred.length, gold: gold.length };
}

/** Every evidence in a result. */
export function evidenceOf(r: ExtractResult): Evidence[] {
  const out: Evidence[] = [];
  for (const rel of r.releases) {
    if (rel.releasedCount) out.push(rel.releasedCount.evidence);
    for (const x of [...rel.released, ...rel.concessions, ...rel.mediators, ...rel.destinations])
      out.push(x.evidence);
  }
  for (const x of r.remainingCounts) out.push(x.evidence);
  return out;
}

/**
 * One report: its annotation, the text fed to the extractor and what came back (an Error when
 * it threw: everything predicted is then empty and the count wrong).
 */
export function scoreReport(a: Annotation, text: string, got: ExtractResult | Error): ReportScore {
  const base = { id: a.id, language: a.language, kinds: a.kinds };
  const result = got instanceof Error ? null : got;
  const main = result?.releases.find((r) => r.role === 'main');
  const gotCount = main?.releasedCount?.value ?? null;
  const evidence = result ? evidenceOf(result) : [];
  return {
    ...base,
    crashed: result === null,
    countRight: result !== null && gotCount === (a.releasedCount?.value ?? null),
    released: counted(main?.released ?? [], a.released, (p, g) =>
      sameName(p.name, [g.name, g.canonical]),
    ),
    concessions: keyCounts(
      (main?.concessions ?? []).map((c) => c.kind),
      a.concessions.map((c) => c.kind),
    ),
    mediators: counted(main?.mediators ?? [], a.mediators, (p, g) =>
      sameGoBetween(p.name, [g.name]),
    ),
    destinations: keyCounts(
      [...new Set((main?.destinations ?? []).map((d) => d.country))],
      [...new Set(a.destinations.map((d) => d.country))],
    ),
    remaining: keyCounts(
      (result?.remainingCounts ?? []).map((r) => `${r.value}|${r.country}`),
      a.remaining.map((r) => `${r.value}|${r.country}`),
    ),
    evidence: {
      exact: evidence.filter((e) => text.slice(e.start, e.end) === e.quote).length,
      total: evidence.length,
    },
  };
}

export interface Summary {
  reports: number;
  crashes: number;
  countRight: number;
  released: Counts;
  concessions: Counts;
  mediators: Counts;
  destinations: Counts;
  remaining: Counts;
  evidence: { exact: number; total: number };
}

export const addCounts = (a: Counts, b: Counts): Counts => ({
  matched: a.matched + b.matched,
  predicted: a.predicted + b.predicted,
  gold: a.gold + b.gold,
});

/** Micro sums over reports. */
export function summarise(scores: ReportScore[]): Summary {
  const s: Summary = {
    reports: scores.length,
    crashes: 0,
    countRight: 0,
    released: zero(),
    concessions: zero(),
    mediators: zero(),
    destinations: zero(),
    remaining: zero(),
    evidence: { exact: 0, total: 0 },
  };
  for (const r of scores) {
    if (r.crashed) s.crashes++;
    if (r.countRight) s.countRight++;
    s.released = addCounts(s.released, r.released);
    s.concessions = addCounts(s.concessions, r.concessions);
    s.mediators = addCounts(s.mediators, r.mediators);
    s.destinations = addCounts(s.destinations, r.destinations);
    s.remaining = addCounts(s.remaining, r.remaining);
    s.evidence = {
      exact: s.evidence.exact + r.evidence.exact,
      total: s.evidence.total + r.evidence.total,
    };
  }
  return s;
}

/** Scores grouped by a key; a report with several keys (failure kinds) is in each group. */
export function groupScores(
  scores: ReportScore[],
  keys: (r: ReportScore) => string[],
): Map<string, ReportScore[]> {
  const out = new Map<string, ReportScore[]>();
  for (const r of scores) {
    for (const k of keys(r)) out.set(k, [...(out.get(k) ?? []), r]);
  }
  return new Map([...out].sort((x, y) => y[1].length - x[1].length || x[0].localeCompare(y[0])));
}

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * B-cubed (Bagga & Baldwin) of a clustering: for each item, the share of its predicted cluster
 * that is in its gold cluster (precision) and of its gold cluster that is in its predicted one
 * (recall), averaged over the items of `gold`. An item missing from `predicted` is alone.
 */
export function bcubed(
  predicted: ReadonlyMap<string, string>,
  gold: ReadonlyMap<string, string>,
): BCubed {
  const items = [...gold.keys()];
  if (items.length === 0) return { precision: 1, recall: 1, f1: 1 };
  const cluster = (x: string) => predicted.get(x) ?? `alone:${x}`;
  const byPred = new Map<string, string[]>();
  const byGold = new Map<string, string[]>();
  for (const x of items) {
    byPred.set(cluster(x), [...(byPred.get(cluster(x)) ?? []), x]);
    byGold.set(gold.get(x)!, [...(byGold.get(gold.get(x)!) ?? []), x]);
  }
  let p = 0;
  let r = 0;
  for (const x of items) {
    const samePred = byPred.get(cluster(x))!;
    const sameGold = byGold.get(gold.get(x)!)!;
    const both = samePred.filter((y) => gold.get(y) === gold.get(x)).length;
    p += both / samePred.length;
    r += both / sameGold.length;
  }
  const precision = p / items.length;
  const recall = r / items.length;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}
