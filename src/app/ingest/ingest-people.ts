/**
 * Released people of a report -> registry persons (see core/resolve/resolve-persons.ts for the
 * decisions). Writes the person's spelling as a name claim, how it was resolved as a
 * `resolution` claim, and for a 'review' score a new person with a proposed `mergedInto`
 * claim that waits in the review queue.
 */
import type { ReleasedPerson } from '../../core/extract/index.ts';
import { guessScript, name, ref, text } from '../../core/model/values.ts';
import type { PersonResolution } from '../../core/resolve/index.ts';
import type { IngestPlan } from './ingest-plan.ts';
import type { IngestSession } from './ingest-session.ts';

export interface ResolvedPerson {
  mention: ReleasedPerson;
  personId: string;
  resolution: PersonResolution;
  created: boolean;
}

function newPerson(plan: IngestPlan, session: IngestSession, mention: string): string {
  const id = plan.entity('person', 'per');
  session.persons.addName(id, mention);
  return id;
}

export function resolvePeople(
  plan: IngestPlan,
  session: IngestSession,
  released: readonly ReleasedPerson[],
  language: string,
): ResolvedPerson[] {
  const out: ResolvedPerson[] = [];
  const seen = new Set<string>();
  for (const m of released) {
    const r = session.persons.resolve(m.name);
    let personId: string;
    let created = false;
    if (r.decision === 'match' && r.personId) personId = r.personId;
    else {
      personId = newPerson(plan, session, m.name);
      created = true;
    }
    if (seen.has(personId)) continue;
    seen.add(personId);
    // The spelling becomes the person's name claim just below: the registry learns it now, as a
    // session loaded from the ledger would, so a reload changes no later decision.
    session.persons.addName(personId, m.name);
    const score = r.decision === 'match' ? r.score : 1;
    plan.claim(
      personId,
      'person',
      'name',
      name({ value: m.name, script: guessScript(m.name), language, kind: 'press' }),
      score,
      m.evidence,
    );
    // A new person needs no explanation of how it was found; a match or a doubt does.
    if (r.decision !== 'new') {
      plan.claim(
        personId,
        'person',
        'resolution',
        text(
          JSON.stringify({
            mention: m.name,
            decision: r.decision,
            alias: r.alias,
            candidateId: r.candidateId,
            score: r.score,
            evidence: r.evidence,
          }),
        ),
        r.decision === 'match' ? r.score : 1,
        m.evidence,
      );
    }
    if (r.decision === 'review' && r.candidateId) {
      // Never merged automatically: a reviewer accepts or rejects this claim.
      plan.claim(personId, 'person', 'mergedInto', ref(r.candidateId), r.score, m.evidence);
    }
    out.push({ mention: m, personId, resolution: r, created });
  }
  return out;
}
