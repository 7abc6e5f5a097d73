/**
 * Person mentions -> registry persons, through the name engine's candidate index.
 *
 * Decisions (docs/ingest.md, "People"):
 * - `match` (the engine's match threshold): the mention is linked to the person; the link's
 *   claims carry the score as confidence and the engine's evidence.
 * - `review`: never merged automatically. Ingest creates a NEW person holding the mention's
 *   spelling and a proposed `mergedInto` claim pointing at the candidate, with the score and
 *   evidence. Accepting that claim merges the two (the new person disappears into the
 *   candidate); rejecting it records 'different', and the new person lives on with its own
 *   name, so the next report spelling the name that way matches it exactly and the question
 *   is not asked again.
 * - `new` (no_match): a new person.
 * Merged persons are followed to their survivor, so a spelling first seen on a merged person
 * resolves to the person it was merged into.
 */
import { CandidateIndex, type EvidenceItem, Judgements } from '../names/index.ts';

export type ResolutionDecision = 'match' | 'review' | 'new';

export interface PersonResolution {
  mention: string;
  decision: ResolutionDecision;
  /** For match: the registry person (its survivor when merged). */
  personId: string | null;
  /** For review: the registry person the mention might be. */
  candidateId: string | null;
  score: number;
  /** The registered spelling that scored best. */
  alias: string | null;
  evidence: EvidenceItem[];
}

export class PersonRegistry {
  private readonly index: CandidateIndex;
  private readonly merged = new Map<string, string>();
  private readonly judgements = new Judgements();
  private readonly known = new Set<string>();
  /** Each person's place in the order first named: ties go to the earlier, not the lower id. */
  private readonly added = new Map<string, number>();

  constructor() {
    this.index = new CandidateIndex({ judgements: this.judgements });
  }

  get size(): number {
    return this.known.size;
  }

  addName(personId: string, name: string): void {
    const key = `${personId}\u0000${name}`;
    if (this.known.has(key)) return;
    this.known.add(key);
    if (!this.added.has(personId)) this.added.set(personId, this.added.size);
    this.index.add(personId, name);
  }

  /** An accepted merge: `from` now shows under `into`. */
  setMerged(from: string, into: string): void {
    if (from !== into) this.merged.set(from, into);
  }

  /** A reviewer said two persons are different (a rejected merge); kept for the engine. */
  setDifferent(a: string, b: string): void {
    this.judgements.add({ kind: 'entities', a, b, verdict: 'different' });
  }

  /** The person an id ends up as after following merges (cycles stop where they loop). */
  survivor(id: string): string {
    let cur = id;
    const seen = new Set<string>([cur]);
    for (let next = this.merged.get(cur); next && !seen.has(next); next = this.merged.get(cur)) {
      cur = next;
      seen.add(cur);
    }
    return cur;
  }

  private rank(id: string): number {
    return this.added.get(id) ?? Number.MAX_SAFE_INTEGER;
  }

  resolve(mention: string): PersonResolution {
    // Equal scores come in the order persons were first named (the index's own tie-break).
    const hits = this.index.search(mention, { limit: 8 });
    // Several aliases (or merged persons) may lead to one survivor: keep its best score.
    const best = new Map<string, (typeof hits)[number]>();
    for (const h of hits) {
      const id = this.survivor(h.entityId);
      const prev = best.get(id);
      if (!prev || h.score > prev.score) best.set(id, h);
    }
    const ranked = [...best.entries()].sort(
      (a, b) => b[1].score - a[1].score || this.rank(a[0]) - this.rank(b[0]),
    );
    const top = ranked[0];
    const none: PersonResolution = {
      mention,
      decision: 'new',
      personId: null,
      candidateId: null,
      score: 0,
      alias: null,
      evidence: [],
    };
    if (!top) return none;
    const [id, hit] = top;
    const base = { mention, score: hit.score, alias: hit.alias, evidence: hit.evidence };
    if (hit.decision === 'match') {
      return { ...base, decision: 'match', personId: id, candidateId: null };
    }
    if (hit.decision === 'review') {
      return { ...base, decision: 'review', personId: null, candidateId: id };
    }
    return { ...none, score: hit.score, alias: hit.alias, evidence: hit.evidence };
  }
}
