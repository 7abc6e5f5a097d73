import { GIVEN_NAME_GROUPS } from './given-names-data.ts';
import type { NameParse } from './parse.ts';
import { hashKey } from './postings.ts';

/**
 * A compact pre-parsed form of each indexed alias, used to pre-rank candidates by cheap key
 * agreement before the full comparison. Per alias and reading (at most two): hashes of the
 * surname's fold, skeleton and phonetic key; plus the given name's group number, its initial
 * class and the surname's gender. About 32 bytes an alias, in typed arrays (no objects).
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

/** What a query offers for pre-ranking: every key of every reading and form. */
export interface QuerySketch {
  folds: Set<number>;
  skels: Set<number>;
  phons: Set<number>;
  groups: Set<number>;
  initials: Set<number>;
  genders: Set<number>;
  noGiven: boolean;
}

export function querySketch(parses: NameParse[]): QuerySketch {
  const q: QuerySketch = {
    folds: new Set(),
    skels: new Set(),
    phons: new Set(),
    groups: new Set(),
    initials: new Set(),
    genders: new Set(),
    noGiven: false,
  };
  for (const p of parses) {
    for (const f of p.surname?.forms ?? []) {
      q.folds.add(hashKey(f.fold));
      q.skels.add(hashKey(f.skel));
      q.phons.add(hashKey(f.phon));
      if (f.gender) q.genders.add(genderCode(f.gender));
    }
    if (!p.given) q.noGiven = true;
    else {
      q.initials.add(p.given.token.initialClass.charCodeAt(0) || 0);
      for (const r of p.given.groups)
        if (r.kind !== 'translation') q.groups.add(groupNumber(r.group.id));
    }
  }
  return q;
}

export class AliasSketches {
  private fold = new Uint32Array(READINGS << 16);
  private skel = new Uint32Array(READINGS << 16);
  private phon = new Uint32Array(READINGS << 16);
  /** Given group number, initial class char code, gender code; 0 = unknown. */
  private group = new Uint16Array(READINGS << 16);
  private initial = new Uint16Array(READINGS << 16);
  private gender = new Uint8Array(READINGS << 16);
  /** Readings stored per alias (0 when the alias has no surname). */
  private readings = new Uint8Array(1 << 16);

  /** Stores alias number `n`'s sketch (aliases are numbered densely from 0). */
  set(n: number, parses: NameParse[]): void {
    if (n >= this.readings.length) this.grow();
    let r = 0;
    for (const p of parses) {
      const form = p.surname?.forms.find((f) => !f.inflected) ?? p.surname?.forms[0];
      if (!form || r >= READINGS) continue;
      const k = n * READINGS + r++;
      this.fold[k] = hashKey(form.fold);
      this.skel[k] = hashKey(form.skel);
      this.phon[k] = hashKey(form.phon);
      this.gender[k] = genderCode(form.gender);
      const g = p.given;
      const ref = g?.groups.find((x) => x.kind !== 'translation');
      this.group[k] = ref ? groupNumber(ref.group.id) : 0;
      this.initial[k] = g ? g.token.initialClass.charCodeAt(0) || 0 : 0;
    }
    this.readings[n] = r;
  }

  /**
   * Cheap agreement of alias `n` with the query, higher is closer: surname fold 4, skeleton
   * 3, phonetic key 2; given-name group 2, initial class 1 (or 1 when the query has none);
   * +1 when the surname genders do not conflict. The best reading counts.
   */
  rank(n: number, q: QuerySketch): number {
    let best = 0;
    for (let r = 0; r < this.readings[n]!; r++) {
      const k = n * READINGS + r;
      let s = q.folds.has(this.fold[k]!)
        ? 4
        : q.skels.has(this.skel[k]!)
          ? 3
          : q.phons.has(this.phon[k]!)
            ? 2
            : 0;
      const grp = this.group[k]!;
      if (grp && q.groups.has(grp)) s += 2;
      else if (q.noGiven || q.initials.has(this.initial[k]!)) s += 1;
      const gen = this.gender[k]!;
      if (!gen || q.genders.size === 0 || q.genders.has(gen)) s += 1;
      if (s > best) best = s;
    }
    return best;
  }

  private grow(): void {
    const n = this.readings.length * 2;
    const g = <T extends Uint32Array | Uint16Array | Uint8Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.fold = g(this.fold, new Uint32Array(n * READINGS));
    this.skel = g(this.skel, new Uint32Array(n * READINGS));
    this.phon = g(this.phon, new Uint32Array(n * READINGS));
    this.group = g(this.group, new Uint16Array(n * READINGS));
    this.initial = g(this.initial, new Uint16Array(n * READINGS));
    this.gender = g(this.gender, new Uint8Array(n * READINGS));
    this.readings = g(this.readings, new Uint8Array(n));
  }
}
