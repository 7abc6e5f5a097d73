/**
 * Near duplicates: syndicated, lightly spun or translated copies of a report already stored.
 * Pure; the caller keeps a NearDuplicateIndex of the reports it has seen.
 *
 * Two signals, both required to agree with the facts (see `factsAgree`), because news about
 * two different releases is often written from one template ('Lukashenko pardons 30 more'):
 * - Same language: MinHash over word 3-shingles of the folded text (64 hashes, 16 LSH bands of
 *   4 rows). Estimated Jaccard >= TEXT_THRESHOLD (0.5) is a near duplicate. A syndicated copy
 *   with a new headline or a dropped paragraph scores 0.6-0.95; two independent reports of
 *   one event score below 0.2.
 * - Other language (translation): a language-independent feature set (numbers written with
 *   digits, the release date, the country, skeletons of released people's surnames folded by
 *   the name engine). Both their Jaccard and the order agreement of the numbers (longest
 *   common subsequence over the longer list) must reach FEATURE_THRESHOLD (0.8), with at least
 *   MIN_FEATURES (4) numbers on each side and text lengths within a factor 1.8. Independent
 *   reports of one event share its key figures but rarely every incidental number in order.
 */
import { foldToken, skeleton } from '../names/index.ts';

export const TEXT_THRESHOLD = 0.5;
export const FEATURE_THRESHOLD = 0.8;
export const MIN_FEATURES = 4;
const HASHES = 64;
const BAND_ROWS = 4;

/** The facts a copy must share with its original: same release, not just the same template. */
export interface KeyFacts {
  country: string | null;
  /** First and last day the main release may have happened, or null when unknown. */
  window: [string, string] | null;
  count: number | null;
}

export interface Fingerprint {
  language: string;
  length: number;
  minhash: Uint32Array;
  features: Set<string>;
  /** Numbers in the order written: a translation keeps them in order, a rewrite seldom does. */
  numbers: string[];
  facts: KeyFacts;
}

export interface NearDuplicate {
  id: string;
  similarity: number;
  how: 'text' | 'translation';
}

/** Lower-case letters and digits, accents dropped, one space between words. */
export function foldWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: spreads one 32-bit hash into HASHES independent-looking ones. */
function mix(h: number, seed: number): number {
  let x = (h ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

export function minhashOf(words: readonly string[]): Uint32Array {
  const out = new Uint32Array(HASHES).fill(0xffffffff);
  const n = Math.max(1, words.length - 2);
  for (let i = 0; i < n; i++) {
    const h = fnv1a(words.slice(i, i + 3).join(' '));
    for (let k = 0; k < HASHES; k++) {
      const v = mix(h, k);
      if (v < out[k]!) out[k] = v;
    }
  }
  return out;
}

export function minhashSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

/** Numbers written with digits ('1,100' and '1 100' give 1100), the same in every language. */
function numbersIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\d[\d,.\u00a0 ]*\d|\d/g)) {
    const digits = m[0].replace(/[^\d]/g, '');
    if (digits.length > 0) out.push(`n:${Number(digits)}`);
  }
  return out;
}

/** Surname skeleton of a name as written: its last token, inflection aside, folded. */
function surnameKey(name: string): string | null {
  const tokens = name.split(/\s+/).filter(Boolean);
  const last = tokens[tokens.length - 1];
  if (!last) return null;
  // Case endings differ between languages (Лосика / Losik): keep a 4-letter stem.
  return `p:${skeleton(foldToken(last)).slice(0, 4)}`;
}

export function fingerprint(input: {
  text: string;
  language: string;
  releaseDate: string | null;
  country: string | null;
  people: readonly string[];
  facts: KeyFacts;
}): Fingerprint {
  const numbers = numbersIn(input.text);
  const features = new Set<string>(numbers);
  if (input.releaseDate) features.add(`d:${input.releaseDate}`);
  if (input.country) features.add(`c:${input.country}`);
  for (const p of input.people) {
    const k = surnameKey(p);
    if (k) features.add(k);
  }
  return {
    language: input.language,
    length: input.text.length,
    minhash: minhashOf(foldWords(input.text)),
    features,
    numbers,
    facts: input.facts,
  };
}

/** Longest common subsequence of two short lists, as a share of the longer. */
export function orderSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const cur = [0];
    for (let j = 0; j < b.length; j++) {
      cur.push(x === b[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, cur[j]!));
    }
    prev = cur;
  }
  return prev[b.length]! / Math.max(a.length, b.length);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  const union = a.size + b.size - both;
  return union === 0 ? 0 : both / union;
}

/** A copy may not contradict its original: same country, overlapping dates, equal counts. */
export function factsAgree(a: KeyFacts, b: KeyFacts): boolean {
  if (a.country && b.country && a.country !== b.country) return false;
  if (a.count !== null && b.count !== null && a.count !== b.count) return false;
  if (a.window && b.window && (a.window[1] < b.window[0] || b.window[1] < a.window[0])) {
    return false;
  }
  return true;
}

/** How alike two fingerprints are, or null when they are not copies of one report. */
export function compareFingerprints(
  a: Fingerprint,
  b: Fingerprint,
): { similarity: number; how: 'text' | 'translation' } | null {
  if (!factsAgree(a.facts, b.facts)) return null;
  if (a.language === b.language) {
    const s = minhashSimilarity(a.minhash, b.minhash);
    return s >= TEXT_THRESHOLD ? { similarity: s, how: 'text' } : null;
  }
  if (a.features.size < MIN_FEATURES || b.features.size < MIN_FEATURES) return null;
  const ratio = a.length / b.length;
  if (ratio > 1.8 || ratio < 1 / 1.8) return null;
  if (a.numbers.length < MIN_FEATURES || b.numbers.length < MIN_FEATURES) return null;
  const s = Math.min(jaccard(a.features, b.features), orderSimilarity(a.numbers, b.numbers));
  return s >= FEATURE_THRESHOLD ? { similarity: s, how: 'translation' } : null;
}

/**
 * Reports seen so far, found by LSH bands (same language) or by shared rare features
 * (translations). Insertion order decides the original: the earliest stored copy.
 */
export class NearDuplicateIndex {
  private readonly prints = new Map<string, Fingerprint>();
  private readonly order: string[] = [];
  /** Each report's place in `order`: equally similar originals go to the earliest stored. */
  private readonly position = new Map<string, number>();
  private readonly bands = new Map<string, string[]>();
  private readonly byFeature = new Map<string, string[]>();

  get size(): number {
    return this.order.length;
  }

  add(id: string, print: Fingerprint): void {
    if (this.prints.has(id)) return;
    this.prints.set(id, print);
    this.position.set(id, this.order.length);
    this.order.push(id);
    for (const key of bandKeys(print)) push(this.bands, key, id);
    for (const f of print.features) if (!f.startsWith('c:')) push(this.byFeature, f, id);
  }

  /** The most similar earlier report that this one copies, or null. */
  find(print: Fingerprint): NearDuplicate | null {
    const candidates = new Set<string>();
    for (const key of bandKeys(print))
      for (const id of this.bands.get(key) ?? []) candidates.add(id);
    const shared = new Map<string, number>();
    for (const f of print.features) {
      const ids = this.byFeature.get(f) ?? [];
      // A feature in hundreds of reports ('n:2020') says nothing about copying.
      if (f.startsWith('c:') || ids.length > 50) continue;
      for (const id of ids) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    for (const [id, n] of shared) if (n >= MIN_FEATURES - 1) candidates.add(id);
    let best: NearDuplicate | null = null;
    // A same-language copy is the closer relative: prefer it over any translation.
    const rank = (d: NearDuplicate) => (d.how === 'text' ? 1 : 0) + d.similarity / 2;
    const earlier = (a: string, b: string) => this.position.get(a)! < this.position.get(b)!;
    for (const id of candidates) {
      const r = compareFingerprints(print, this.prints.get(id)!);
      if (!r) continue;
      const d = { id, ...r };
      if (!best || rank(d) > rank(best) || (rank(d) === rank(best) && earlier(id, best.id)))
        best = d;
    }
    return best;
  }
}

function bandKeys(print: Fingerprint): string[] {
  const keys: string[] = [];
  for (let b = 0; b < HASHES / BAND_ROWS; b++) {
    const rows = Array.from(print.minhash.subarray(b * BAND_ROWS, (b + 1) * BAND_ROWS));
    keys.push(`${print.language}|${b}|${rows.join(',')}`);
  }
  return keys;
}

function push(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}
