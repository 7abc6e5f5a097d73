// The dead are not freed, nor those never held: 'the late opposition leader X', 'покойного
// политика X', 'feu', 'الراحل X', 'merhum X', 'wijlen X'. A word of death stands before the name with at most a few words
// between (a demonym, a role: 'late Russian opposition leader Alexei Navalny'); reports name
// them as the cause a prisoner stood for, the victim of a case, or a figure of the past. The
// words are each language's list (lateWords).
import type { SentenceFacts } from './analyse.ts';
import { bareSource, type Lexicon, perLexicon, wordsOf } from './lexicons/index.ts';
import type { PersonMention } from './people.ts';
import { EDGE_AFTER, EDGE_BEFORE, wholeWords } from './word-edge.ts';

/** How many words may stand between the word of death and the name. */
const GAP = 3;

const rule = perLexicon((lx: Lexicon) => {
  const words = bareSource(wordsOf(lx, 'lateWords'));
  if (!words) return null;
  // The gap words hold no comma or stop: 'the late-night talks, X' is not about X.
  return new RegExp(
    String.raw`${EDGE_BEFORE}(?:${words})${EDGE_AFTER}(?:\s+[\p{L}\p{M}'’.-]+){0,${GAP}}\s+$`,
    'iu',
  );
});

const absentia = perLexicon((lx: Lexicon) => wholeWords(bareSource(wordsOf(lx, 'absentiaWords'))));

/**
 * Sentence `f` tells of people sentenced without being held ('condamnés en état de liberté',
 * 'sentenced in absentia', 'заочно осуждённые'): a pardon it reports frees no one it names.
 */
export function sentencedAtLiberty(f: SentenceFacts, lx: Lexicon): boolean {
  return absentia(lx)?.test(f.sentence.text) ?? false;
}

/** `m`, named in sentence `f`, is someone dead by the words right before the name. */
export function deceased(f: SentenceFacts, m: PersonMention, lx: Lexicon): boolean {
  const re = rule(lx);
  if (!re) return false;
  const at = m.start - f.sentence.start;
  return re.test(f.sentence.text.slice(Math.max(0, at - 80), at));
}
