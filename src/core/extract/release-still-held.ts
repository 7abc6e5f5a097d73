// Who is still held, read by shape rather than by phrase: a word of continuing ('still',
// 'remains', 'reste', 'sigue', 'nadal', 'hâlâ', 'لا يزال', 'همچنان') and, at most four words on,
// a word of custody ('in prison', 'behind bars', 'détenu', 'tutuklu', 'في السجن', 'در زندان').
// Verb-first Arabic puts the subject between them ('لا يزال الصحفي X في السجن'), Turkish puts
// the name before both ('X hâlâ tutuklu'): the window reads either. The phrase lists
// (notReleased) keep the negations of other shapes ('was not among', 'не вошёл').
import { cueRules } from './lexicon.ts';
import { bareSource, type Lexicon, perLexicon, wordsOf } from './lexicons/index.ts';
import { EDGE_AFTER, EDGE_BEFORE, EdgeRule, wholeWords } from './word-edge.ts';

const rule = perLexicon((lx: Lexicon) => {
  const still = bareSource(wordsOf(lx, 'stillWords'));
  const custody = bareSource(wordsOf(lx, 'custodyWords'));
  if (!still || !custody) return null;
  // Up to four words between, none ending a clause. The leading lookbehind is checked in code
  // (word-edge.ts): this is read on every sentence, and scans faster without it.
  return new EdgeRule(
    new RegExp(
      String.raw`${EDGE_BEFORE}(?:${still})${EDGE_AFTER}(?:\s+[^\s.;:!?]+){0,4}?\s+(?:${custody})${EDGE_AFTER}`,
      'giu',
    ),
  );
});

/** Where a sentence says someone is still held: the offset of each word of continuing. */
export function stillHeld(s: string, lx: Lexicon): number[] {
  const re = rule(lx);
  if (!re) return [];
  const release = cueRules(lx).release;
  // A release word inside ('still celebrating after leaving prison') tells of no custody.
  return re
    .all(s)
    .filter((m) => !release.test(m[0]))
    .map((m) => m.index);
}

// A word of continuing and, anywhere in the sentence, one of custody or a noun of prisoners.
const still = perLexicon((lx: Lexicon) => wholeWords(bareSource(wordsOf(lx, 'stillWords'))));
const held = perLexicon((lx: Lexicon) =>
  wholeWords(bareSource([...wordsOf(lx, 'custodyWords'), ...wordsOf(lx, 'prisonerNouns')])),
);

/**
 * The sentence speaks of prisoners or custody that go on ('still worried about other prisoners
 * serving long terms, such as X and Y'): a list in it names people still held, so it does not
 * inherit the release of the sentence before (released-people.ts, releaseContext).
 */
export function stillAbout(s: string, lx: Lexicon): boolean {
  return (still(lx)?.test(s) ?? false) && (held(lx)?.test(s) ?? false);
}
