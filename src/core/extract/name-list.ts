// The list a name stands in, shared by the detention rules (detention-people.ts, the
// bystander checks and the items) so that none of them imports another for it.
import type { PersonMention } from './people.ts';
import type { Sentence } from './text.ts';

// Between two names of one list: separators, quotes and 'and' only.
const IN_LIST = /^[\s,،;"“”«»]*(?:and|и|і|й|та|y|e|i|ir|és|in|et|und|ve|oraz|و)?[\s,،;"“”«»]*$/iu;

/** The first and last index of the list of names p is in (itself alone when in none). */
export function listAround(all: PersonMention[], at: number, s: Sentence): [number, number] {
  const joined = (i: number) =>
    IN_LIST.test(s.text.slice(all[i]!.end - s.start, all[i + 1]!.start - s.start));
  let first = at;
  while (first > 0 && joined(first - 1)) first--;
  let last = at;
  while (last < all.length - 1 && joined(last)) last++;
  return [first, last];
}
