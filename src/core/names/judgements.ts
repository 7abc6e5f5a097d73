import { parseName } from './parse.ts';

export type Verdict = 'same' | 'different';

/**
 * A human decision about two names (kind 'names') or two registry entities (kind 'entities').
 * Judgements are data passed in by the caller; the store that keeps them lives elsewhere.
 */
export interface Judgement {
  kind: 'names' | 'entities';
  a: string;
  b: string;
  verdict: Verdict;
  by?: string;
  note?: string;
}

/** Order- and spelling-insensitive key of a name: its token folds, sorted. */
export function nameKey(name: string): string {
  return parseName(name)
    .tokens.map((t) => t.folds[0] ?? t.text)
    .sort()
    .join(' ');
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Human judgements, looked up by pair; the latest judgement of a pair wins. */
export class Judgements {
  private readonly names = new Map<string, Judgement>();
  private readonly entities = new Map<string, Judgement>();
  private readonly sameNames = new Map<string, string[]>();

  constructor(items: Iterable<Judgement> = []) {
    for (const j of items) this.add(j);
  }

  add(j: Judgement): void {
    if (j.kind === 'entities') {
      this.entities.set(pairKey(j.a, j.b), j);
      return;
    }
    const ka = nameKey(j.a);
    const kb = nameKey(j.b);
    this.names.set(pairKey(ka, kb), j);
    // A later judgement of the same pair replaces an earlier one, also for widening searches.
    this.sameNames.set(
      ka,
      (this.sameNames.get(ka) ?? []).filter((n) => nameKey(n) !== kb),
    );
    this.sameNames.set(
      kb,
      (this.sameNames.get(kb) ?? []).filter((n) => nameKey(n) !== ka),
    );
    if (j.verdict === 'same') {
      this.sameNames.get(ka)!.push(j.b);
      this.sameNames.get(kb)!.push(j.a);
    }
  }

  forNames(a: string, b: string): Judgement | undefined {
    if (this.names.size === 0) return undefined;
    return this.names.get(pairKey(nameKey(a), nameKey(b)));
  }

  forEntities(a: string, b: string): Judgement | undefined {
    return this.entities.get(pairKey(a, b));
  }

  /** Names a person judged to be the same person as `name`, to widen a search. */
  sameAs(name: string): string[] {
    if (this.names.size === 0) return [];
    return this.sameNames.get(nameKey(name)) ?? [];
  }

  get size(): number {
    return this.names.size + this.entities.size;
  }
}
