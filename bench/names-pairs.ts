// The world name pairs (test/fixtures/names/world-pairs.tsv): reading the file and scoring the
// name engine on it. Shared by bench/names.bench.ts, scripts/names-eval.ts and the data test.
import { readFileSync } from 'node:fs';
import { type CompareResult, compareNames, type Decision } from '../src/core/names/index.ts';

export const WORLD_PAIRS_FILE = new URL('../test/fixtures/names/world-pairs.tsv', import.meta.url);

export const SAME_CATEGORIES = [
  'cross-script',
  'cross-language',
  'romanisation',
  'foreign-translit',
  'diacritics',
  'script-variant',
  'hyphen-space',
  'initials',
  'diminutive',
  'alias',
  'double-surname',
  'name-order',
  'run-together',
  'foreign-name',
  'particles',
  'patronymic',
  'title',
  'typo',
] as const;

export const DIFFERENT_CATEGORIES = [
  'hard-negative-relative',
  'hard-negative-namesake',
  'hard-negative-given',
  'hard-negative-surname',
  'hard-negative-unreadable',
] as const;

/** Countries whose pairs make the be/ru/uk subset. */
export const BE_RU_UK = new Set(['BY', 'RU', 'UA']);

export type Split = 'dev' | 'test';

export interface WorldPair {
  /** 1-based line number in the file. */
  line: number;
  a: string;
  b: string;
  same: boolean;
  category: string;
  /** ISO 15924 codes of a and b (the same code twice when both agree). */
  scripts: [string, string];
  country: string;
  split: Split;
  people: string[];
  note: string;
  /** The round whose comment the pair follows (`# Round of issue 14 on branch nm41`), '' before any. */
  round: string;
}

/** Opens a round's block: `# Round of issue 14 on branch X` or `# X, second part`. */
const ROUND_COMMENT = /^# (?:Round of issue 14 on branch ([\w-]+)|([\w-]+), second part)/;

const COLUMNS = 9;
const categories = new Set<string>([...SAME_CATEGORIES, ...DIFFERENT_CATEGORIES]);

/** Parses the TSV; a malformed line throws an error naming the line and what is wrong. */
export function parseWorldPairs(text: string): WorldPair[] {
  const out: WorldPair[] = [];
  let round = '';
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const opens = ROUND_COMMENT.exec(raw);
    if (opens) round = opens[1] ?? opens[2] ?? '';
    if (!raw.trim() || raw.startsWith('#')) return;
    const cols = raw.split('\t');
    const fail = (what: string): never => {
      throw new Error(`world-pairs.tsv line ${line}: ${what}: ${raw}`);
    };
    if (cols.length !== COLUMNS) fail(`${cols.length} columns, expected ${COLUMNS}`);
    const [a = '', b = '', label = '', category = '', script = '', country = '', split = ''] = cols;
    const [people = '', note = ''] = cols.slice(7);
    if (!a || !b) fail('empty name');
    if (label !== 'same' && label !== 'different') fail(`label "${label}" is not same|different`);
    if (!categories.has(category)) fail(`unknown category "${category}"`);
    const sameCategory = (SAME_CATEGORIES as readonly string[]).includes(category);
    if (sameCategory !== (label === 'same'))
      fail(`category ${category} does not fit label ${label}`);
    const codes = script.split('/');
    if (codes.length > 2 || codes.some((c) => !/^[A-Z][a-z]{3}$/.test(c)))
      fail(`script "${script}" is not one or two ISO 15924 codes`);
    if (!/^[A-Z]{2}$/.test(country)) fail(`country "${country}" is not an ISO 3166 alpha-2 code`);
    if (split !== 'dev' && split !== 'test') fail(`split "${split}" is not dev|test`);
    const ids = people.split('+');
    if (ids.some((p) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(p))) fail(`bad people "${people}"`);
    if (ids.length !== (label === 'same' ? 1 : 2) || new Set(ids).size !== ids.length)
      fail('a same pair names one person, a different pair two');
    out.push({
      line,
      a,
      b,
      same: label === 'same',
      category,
      scripts: [codes[0]!, codes[1] ?? codes[0]!],
      country,
      split: split as Split,
      people: ids,
      note,
      round,
    });
  });
  return out;
}

export function loadWorldPairs(file: URL | string = WORLD_PAIRS_FILE): WorldPair[] {
  return parseWorldPairs(readFileSync(file, 'utf8'));
}

export interface ScoredPair extends WorldPair {
  decision: Decision;
  score: number;
  /** The engine said it cannot read one of the names (evidence part script, how unreadable). */
  unreadable: boolean;
  result: CompareResult;
}

export function scoreWorldPairs(
  pairs: readonly WorldPair[],
  compare: (a: string, b: string) => CompareResult = compareNames,
): ScoredPair[] {
  return pairs.map((p) => {
    const result = compare(p.a, p.b);
    return {
      ...p,
      decision: result.decision,
      score: result.score,
      unreadable: result.evidence.some((e) => e.part === 'script' && e.how === 'unreadable'),
      result,
    };
  });
}

export interface Summary {
  pairs: number;
  same: number;
  different: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of all pairs answered `review` (counted as not-same in precision and recall). */
  review_rate: number;
  review_same: number;
  review_different: number;
  /** Pairs where the engine marked a name unreadable, and how many of those it called match. */
  unreadable_pairs: number;
  unreadable_match: number;
}

/** Precision, recall and F1 with `match` as the only predicted-same answer. */
export function summarise(scored: readonly ScoredPair[]): Summary {
  const said = (s: ScoredPair) => s.decision === 'match';
  const tp = scored.filter((s) => s.same && said(s)).length;
  const fp = scored.filter((s) => !s.same && said(s)).length;
  const fn = scored.filter((s) => s.same && !said(s)).length;
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const reviews = scored.filter((s) => s.decision === 'review');
  return {
    pairs: scored.length,
    same: scored.filter((s) => s.same).length,
    different: scored.filter((s) => !s.same).length,
    tp,
    fp,
    fn,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    review_rate: scored.length ? reviews.length / scored.length : 0,
    review_same: reviews.filter((s) => s.same).length,
    review_different: reviews.filter((s) => !s.same).length,
    unreadable_pairs: scored.filter((s) => s.unreadable).length,
    unreadable_match: scored.filter((s) => s.unreadable && said(s)).length,
  };
}

/** The subsets the benchmark reports: each split, and the Belarusian/Russian/Ukrainian pairs. */
export function worldSubsets(
  scored: readonly ScoredPair[],
): Array<{ name: string; rows: ScoredPair[] }> {
  return [
    { name: 'world_dev', rows: scored.filter((s) => s.split === 'dev') },
    { name: 'world_test', rows: scored.filter((s) => s.split === 'test') },
    { name: 'world_be_ru_uk', rows: scored.filter((s) => BE_RU_UK.has(s.country)) },
  ];
}
