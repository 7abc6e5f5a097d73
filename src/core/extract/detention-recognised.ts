// A recognition of a counted group whose members the report names afterwards in prose
// ('Prisoners Defenders added 7 new political prisoners to its list ... Among the new names is
// A, an activist arrested on 7 February ... Another of those held is B ...'): with no one named
// on the list itself, each person named after the count, up to as many as it counts, is
// recognised with it, and the arrests and charges told of them are the story behind it. See
// detentions.ts.
import type { SentenceFacts } from './analyse.ts';
import type { ExtractedDetention } from './contract.ts';
import { bystander } from './detention-bystanders.ts';
import { candidates } from './detention-people.ts';
import type { Lexicon } from './lexicons/index.ts';
import type { PersonMention } from './people.ts';
import { personKey } from './released-people.ts';
import { evidence } from './text.ts';

/** The recognitions of the members of the report's counted group, if it names them. */
export function recognisedMembers(
  items: ExtractedDetention[],
  facts: readonly SentenceFacts[],
  text: string,
  lx: Lexicon,
): ExtractedDetention[] {
  const main = items.filter((d) => d.role === 'main');
  if (main.some((d) => d.person && d.kind === 'recognition')) return [];
  const group = main.find((d) => !d.person && d.kind === 'recognition' && d.count);
  if (!group || group.count!.value < MIN_GROUP) return [];
  const from = group.count!.evidence?.end ?? group.evidence.end;
  const members = new Map<string, PersonMention>();
  for (const f of facts) {
    if (f.sentence.end <= from || f.strong) continue;
    for (const p of candidates(f.people, text)) {
      if (p.start < from || bystander(p, f.sentence, [], lx)) continue;
      const key = personKey(p.name);
      if (!members.has(key)) members.set(key, p);
    }
    if (members.size >= group.count!.value) break;
  }
  const named = [...members.values()].slice(0, group.count!.value);
  const keys = new Set(named.map((p) => personKey(p.name)));
  for (const d of items)
    if (
      d.person &&
      keys.has(personKey(d.person.name)) &&
      (d.kind === 'arrest' || d.kind === 'charge')
    )
      d.role = 'background';
  return named.map((p) => ({
    ...group,
    person: {
      name: p.name,
      personId: null,
      descriptor: p.descriptor,
      evidence: evidence(text, p.start, p.end),
    },
    count: null,
    charges: [],
  }));
}

/** A group this small is named where it is counted, if at all. */
const MIN_GROUP = 2;
