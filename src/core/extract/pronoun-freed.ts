// 'Journalist X may leave the country. She was released on Monday.': a release sentence that
// names no one and opens with a subject pronoun frees the one person the sentence before named.
// The pronouns are each language's list (subjectPronouns).
import type { SentenceFacts } from './analyse.ts';
import { cueRules } from './lexicon.ts';
import { bareSource, type Lexicon, perLexicon, wordsOf } from './lexicons/index.ts';
import type { PersonMention } from './people.ts';

const opening = perLexicon((lx: Lexicon) => {
  const words = bareSource(wordsOf(lx, 'subjectPronouns'));
  return words ? new RegExp(String.raw`^[\s«"„“'(—–-]*(?:${words})(?![\p{L}\p{M}])`, 'iu') : null;
});

// 'Il précise que l'ordre de libération ...', 'She said that the release ...': a complementiser
// before the release word makes the pronoun the subject of saying, not of the release.
const THAT =
  /(?<![\p{L}])(?:(?:that|que|dass|daß|что|що|że|iż|che|dat|ότι|hogy|že)(?![\p{L}])|qu['’])/iu;

/** The pronoun's own verb is one of saying: a 'that' stands before the first release word. */
function saysThat(s: string, lx: Lexicon): boolean {
  const cue = cueRules(lx).release.exec(s);
  return cue !== null && THAT.test(s.slice(0, cue.index));
}

/** How far back the named person may stand: the sentence before, or the one before that. */
const BACK = 2;

/** The one candidate a pronoun-led release sentence `i` refers to, or null. */
export function pronounFreed(
  facts: SentenceFacts[],
  i: number,
  text: string,
  lx: Lexicon,
): PersonMention | null {
  const f = facts[i]!;
  if (!f.strong || f.people.length > 0) return null;
  if (!opening(lx)?.test(f.sentence.text) || saysThat(f.sentence.text, lx)) return null;
  for (let j = i - 1; j >= Math.max(0, i - BACK); j--) {
    const prev = facts[j]!;
    // A new paragraph is a new subject.
    if (/\n\s*\n/u.test(text.slice(prev.sentence.end, facts[j + 1]!.sentence.start))) return null;
    if (prev.people.length === 0) continue;
    const named = prev.people.filter((m) => m.role === 'candidate');
    return prev.people.length === 1 && named.length === 1 ? named[0]! : null;
  }
  return null;
}
