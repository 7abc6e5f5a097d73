/**
 * Mediator and other actor mentions -> registry actors. Actors are governments, envoys, NGOs
 * and companies: many are one word ('Qatar', 'the Vatican'), which the person-name engine
 * would only ever score as 'review'. So an actor is found by its folded name first, then by
 * the name engine at `match` level (John Coale / Джон Коул); otherwise it is new. Actors are
 * never merged automatically on a 'review' score.
 */
import { CandidateIndex, type EvidenceItem } from '../names/index.ts';
import { foldWords } from './near-duplicates.ts';

export interface ActorResolution {
  actorId: string | null;
  score: number;
  evidence: EvidenceItem[];
}

/** 'The Vatican' and 'Vatican' are one key; accents and case do not count. */
export function actorKey(name: string): string {
  const words = foldWords(name);
  if (words[0] === 'the') words.shift();
  return words.join(' ');
}

export class ActorRegistry {
  private readonly index = new CandidateIndex();
  private readonly byKey = new Map<string, string>();

  addName(actorId: string, name: string): void {
    const key = actorKey(name);
    if (!key || this.byKey.has(key)) return;
    this.byKey.set(key, actorId);
    this.index.add(actorId, name);
  }

  resolve(name: string): ActorResolution {
    const exact = this.byKey.get(actorKey(name));
    if (exact) return { actorId: exact, score: 1, evidence: [] };
    // Of equal scores the index gives the actor named first, not the lower (random) id.
    const hit = this.index.search(name, { limit: 1 })[0];
    if (hit && hit.decision === 'match') {
      return { actorId: hit.entityId, score: hit.score, evidence: hit.evidence };
    }
    return { actorId: null, score: 0, evidence: [] };
  }
}
