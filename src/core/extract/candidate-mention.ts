// A person the name rules read as a candidate prisoner, from where the name stands in the report:
// the one shape every reader of names without a role of their own returns (lists, chains, names
// after a noun, in quotes, in Han script, in Arabic lists).
import type { PersonMention } from './people.ts';
import type { Sentence } from './text.ts';

/** The name between the absolute offsets `start` and `end` of `text`, in `sentence`. */
export function candidateMention(
  text: string,
  sentence: Sentence,
  start: number,
  end: number,
  why: string,
  descriptor: string | null = null,
): PersonMention {
  return {
    name: text.slice(start, end),
    start,
    end,
    role: 'candidate',
    why,
    descriptor,
    sentence: sentence.index,
  };
}
