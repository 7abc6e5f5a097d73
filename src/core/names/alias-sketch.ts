import { GIVEN_NAME_GROUPS } from './given-names-data.ts';
import type { NameParse } from './parse.ts';
import { hashKey } from './postings.ts';
import { skeleton } from './sound-keys.ts';

/**
 * A compact pre-parsed form of each indexed alias, used to pre-rank candidates by cheap key
 * agreement before the full comparison. Per alias and reading (at most two): hashes of the
 * surname's fold, skeleton and phonetic key; plus the given name's group number, its initial
 * class and the surname's gender: 32 bytes an alias in one typed array (no objects).
 * Hash collisions only reorder candidates: the full comparison still decides.
 */

const READINGS = 2;
let groupNumbers: Map<string, number> | null = null;

/** 1-based number of a given-name group (0: none), stable for the static table. */
export function groupNumber(id: string): number {
  groupNumbers ??= new Map(GIVEN_NAME_GROUPS.map((g, i) => [g.id, i + 1]));
  return groupNumbers.get(id) ?? 0;
}

const genderCode = (g: 'm' | 'f' | null): number => (g === 'm' ? 1 : g === 'f' ? 2 : 0);

type Given = NonNullable<NameParse['given']>;

/** A full given name that no table knows (the index files it under `~` + its skeleton). */
function unknownWord(g: Given): boolean {
  if (g.token.initial) return false;
  for (const r of g.groups) if (r.kind !== 'translation') return false;
  return true;
}

/** 12 bits of the consonant skeleton of a given name no table knows. */
const givenSkelBits = (g: Given): number => hashKey(skeleton(g.token.folds[0] ?? '')) & GROUP_MASK;

/** A few distinct 32-bit numbers in a reusable typed array (a Set per key kind cost more). */
export class NumberList {
  private items = new Uint32Array(8);
  length = 0;

  clear(): void {
    this.length = 0;
  }

  has(x: number): boolean {
    for (let i = 0; i < this.length; i++) if (this.items[i] === x) return true;
    return false;
  }

  add(x: number): void {
    if (this.has(x)) return;
    if (this.length === this.items.length) {
      const grown = new Uint32Array(this.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = x;
  }
}

/**
 * What a query offers for pre-ranking: every key of every reading and form. The index keeps
 * one and refills it per search, so a lookup allocates none.
 */
export class QuerySketch {
  readonly folds = new NumberList();
  readonly skels = new NumberList();
  readonly phons = new NumberList();
  readonly groups = new NumberList();
  readonly initials = new NumberList();
  readonly genders = new NumberList();
  /** Skeleton bits (givenSkelBits) of the query's given names no table knows. */
  readonly givenSkels = new NumberList();
  noGiven = false;
  /**
   * The name is read in both orders and each reading's given name is a full word no table
   * knows (see AliasSketches.weak).
   */
  unknownGiven = false;

  /** Replaces the contents with the keys of `parses`; returns this. */
  fill(parses: NameParse[]): this {
    this.folds.clear();
    this.skels.clear();
    this.phons.clear();
    this.groups.clear();
    this.initials.clear();
    this.genders.clear();
    this.givenSkels.clear();
    this.noGiven = false;
    // A name in one order only is left out: its given name may still meet the candidate's by
    // a script's reading (Semauel / سيميويل by the Arabic consonants), which no sketch shows.
    this.unknownGiven = parses.length > 1;
    for (const p of parses) {
      for (const f of p.surname?.forms ?? []) {
        this.folds.add(hashKey(f.fold));
        this.skels.add(hashKey(f.skel));
        this.phons.add(hashKey(f.phon));
        if (f.gender) this.genders.add(genderCode(f.gender));
      }
      if (!p.given) this.noGiven = true;
      if (!p.given || !unknownWord(p.given)) this.unknownGiven = false;
      else this.givenSkels.add(givenSkelBits(p.given));
      if (p.given) {
        this.initials.add((p.given.token.initialClass.charCodeAt(0) || 0) & 0xffff);
        for (const r of p.given.groups)
          if (r.kind !== 'translation') this.groups.add(groupNumber(r.group.id) & GROUP_MASK);
      }
    }
    return this;
  }
}

export function querySketch(parses: NameParse[]): QuerySketch {
  return new QuerySketch().fill(parses);
}

/**
 * Per alias, one record of 8 words (32 bytes): for each of up to two readings, the surname's
 * fold, skeleton and phonetic-key hashes and a word packing the given-name group (bits 0-11),
 * the surname gender (bits 12-13), a "present" flag (bit 14) and the initial class char code
 * (bits 16-31). A given name no table knows has no group: bit 15 says so, and bits 0-11 hold
 * 12 bits of its skeleton instead. One record is one cache line at most, so pre-ranking hundreds of candidates
 * of a million aliases costs one memory miss each instead of one per field.
 */
const WORDS = 4;
/** Highest rank(): fold 4 + group 2 + gender 1. */
export const MAX_RANK = 7;
const RECORD = READINGS * WORDS;
const GROUP_MASK = 0xfff;
const PRESENT = 1 << 14;
const UNKNOWN_GIVEN = 1 << 15;

export class AliasSketches {
  private data = new Uint32Array(RECORD << 16);

  /** Stores alias number `n`'s sketch (aliases are numbered densely from 0). */
  set(n: number, parses: NameParse[]): void {
    while ((n + 1) * RECORD > this.data.length) this.grow();
    const base = n * RECORD;
    this.data.fill(0, base, base + RECORD);
    let r = 0;
    for (const p of parses) {
      const form = p.surname?.forms.find((f) => !f.inflected) ?? p.surname?.forms[0];
      if (!form || r >= READINGS) continue;
      const k = base + WORDS * r++;
      this.data[k] = hashKey(form.fold);
      this.data[k + 1] = hashKey(form.skel);
      this.data[k + 2] = hashKey(form.phon);
      const g = p.given;
      const ref = g?.groups.find((x) => x.kind !== 'translation');
      let group = ref ? groupNumber(ref.group.id) & GROUP_MASK : 0;
      if (g && unknownWord(g)) group = givenSkelBits(g) | UNKNOWN_GIVEN;
      const initial = g ? (g.token.initialClass.charCodeAt(0) || 0) & 0xffff : 0;
      this.data[k + 3] =
        (group | (genderCode(form.gender) << 12) | PRESENT | (initial << 16)) >>> 0;
    }
  }

  /**
   * Cheap agreement of alias `n` with the query, higher is closer: surname fold 4, skeleton
   * 3, phonetic key 2; given-name group 2, initial class 1 (or 1 when the query has none);
   * +1 when the surname genders do not conflict. The best reading counts. 0 .. MAX_RANK.
   */
  rank(n: number, q: QuerySketch): number {
    const d = this.data;
    let best = 0;
    for (let r = 0; r < READINGS; r++) {
      const k = n * RECORD + WORDS * r;
      const meta = d[k + 3]!;
      if ((meta & PRESENT) === 0) break;
      let s = q.folds.has(d[k]!) ? 4 : q.skels.has(d[k + 1]!) ? 3 : q.phons.has(d[k + 2]!) ? 2 : 0;
      const grp = meta & UNKNOWN_GIVEN ? 0 : meta & GROUP_MASK;
      if (grp && q.groups.has(grp)) s += 2;
      else if (q.noGiven || q.initials.has(meta >>> 16)) s += 1;
      const gen = (meta >>> 12) & 3;
      if (!gen || q.genders.length === 0 || q.genders.has(gen)) s += 1;
      if (s > best) best = s;
    }
    return best;
  }

  /**
   * Whether alias `n` meets the query only where both given names are words no table knows and
   * their skeletons differ: every reading whose surname agrees with the query's (fold, skeleton
   * or phonetic key) has such a given name. Such a pair was collected under the given name's
   * initial class alone, and its given names almost always compare as a mismatch, which caps
   * the score below review (a Greek name read in both orders meets every namesake of its first
   * word; docs/names.md, nlat38).
   * Only for a query whose every reading has such a given name (q.unknownGiven).
   */
  weak(n: number, q: QuerySketch): boolean {
    const d = this.data;
    let agreeing = false;
    for (let r = 0; r < READINGS; r++) {
      const k = n * RECORD + WORDS * r;
      const meta = d[k + 3]!;
      if ((meta & PRESENT) === 0) break;
      if (!q.folds.has(d[k]!) && !q.skels.has(d[k + 1]!) && !q.phons.has(d[k + 2]!)) continue;
      if ((meta & UNKNOWN_GIVEN) === 0 || q.givenSkels.has(meta & GROUP_MASK)) return false;
      agreeing = true;
    }
    return agreeing;
  }

  /**
   * Reads the records of `aliases[0 .. count)` ahead of ranking them, in a loop whose loads do
   * not depend on one another, so their cache misses overlap (see Postings.collectKeys).
   */
  touch(aliases: Int32Array, count: number): void {
    const d = this.data;
    let t = 0;
    for (let i = 0; i < count; i++) t ^= d[aliases[i]! * RECORD]!;
    this.touched = t;
  }

  /** Sink for touch(), so its loads are kept. */
  touched = 0;

  private grow(): void {
    const grown = new Uint32Array(this.data.length * 2);
    grown.set(this.data);
    this.data = grown;
  }
}
