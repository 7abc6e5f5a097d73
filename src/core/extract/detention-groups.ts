// A verdict told of an unnamed group and the group's members named elsewhere in the report
// ('the court jailed four activists for seven years ... police had arrested A, B, C and D'):
// when the report names exactly as many people as the group counts, and none of them has a
// verdict of their own, the verdict is each one's. See detentions.ts.
import type { ExtractedDetention, PrisonTerm } from './contract.ts';
import { VERDICT } from './detention-items.ts';
import { personKey } from './released-people.ts';

/** `terms`: the one term each verdict count's sentence gives, if it gives one. */
export function groupVerdicts(
  items: ExtractedDetention[],
  terms: ReadonlyMap<ExtractedDetention, PrisonTerm>,
): ExtractedDetention[] {
  const main = items.filter((d) => d.role === 'main');
  const groups = main.filter((d) => !d.person && d.count && VERDICT.has(d.kind));
  if (groups.length === 0 || new Set(groups.map((d) => d.count!.value)).size !== 1) return [];
  const group = groups[0]!;
  const people = new Map<string, ExtractedDetention>();
  for (const d of main) {
    if (!d.person) continue;
    if (VERDICT.has(d.kind)) return [];
    const key = personKey(d.person.name);
    if (!people.has(key)) people.set(key, d);
  }
  if (people.size !== group.count!.value) return [];
  return [...people.values()].map((d) => ({
    ...group,
    person: d.person,
    count: null,
    sentence: terms.get(group) ?? null,
  }));
}
