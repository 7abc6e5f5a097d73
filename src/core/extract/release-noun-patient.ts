// The one a release noun names as freed: the name right after its 'of' ('the release of X', 'la
// liberación de la periodista X', 'die Freilassung von X', 'la libération de X'), though the name
// rules know neither its given name nor its surname's shape. The release words are each
// language's list (cueRules, through release-patients.ts); the noun is told from a verb by the
// article before it. A demand for a release ('called for the release of X', requestWords) frees
// no one yet. Slavic genitives need no 'of' ('освобождение X', 'uwolnienie X'): the object after
// a release word is read in release-patients.ts.
import { ALL_LANGUAGES, bareSource, type Lexicon, perLexicon, wordsOf } from './lexicons/index.ts';

/** A run of capitalised words that may be a name (release-patients.ts). */
export interface Run {
  start: number;
  end: number;
  words?: Run[];
  /** After a preposition or an agent's word: only a release noun's 'of' may take it. */
  prep?: boolean;
}

// An article or a possessive right before the release word makes it a noun.
const ARTICLE_BEFORE =
  /(?:(?<![\p{L}])(?:the|el|la|los|las|le|les|il|lo|gli|die|der|das|den|de|het|a|o|os|as|su|sus|his|her|their|seine?|ihre?|son|sa|leur|sua|seu)\s+|(?<![\p{L}])l['’]\s*)$/iu;
// The noun's 'of', an article, and at most two lower-case words ('of the jailed poet', 'de la
// periodista', 'dell'attivista') between it and the name.
const OF_THEN =
  /^\s+(?:(?:of|de|del|des|du|da|do|dos|das|di|della|dei|degli|delle|dello|von|vom|van)\s+|(?:d|dell)['’]\s*)(?:(?:the|la|el|le|les|los|las|il|lo|der|die|dem|den|het|o|a|os|as)\s+|l['’]\s*)?(?:\p{Ll}[\p{Ll}\p{M}'’-]*\s+){0,2}$/iu;
// A preposition closing the words between ('the release of the husband of X'): X is not the one.
const PREP_LAST =
  /(?<![\p{L}])(?:of|de|del|des|du|di|della|von|van|for|para|pour|für|por|par)\s+$/iu;
// 'X's husband', 'X'in eşi': the name is a possessor.
const POSSESSOR_AFTER = /^['’]s?(?![\p{L}])/u;

// A capitalised person noun opening the run ('the release of Bishop X', German 'Blogger X'): a
// title, not part of the name. Any language's list: titles travel.
const PERSON_NOUN = new Set(
  wordsOf(ALL_LANGUAGES, 'personNouns')
    .filter((w) => !w.includes(' '))
    .map((w) => w.toLowerCase()),
);

/** The run without a person noun before the name; none when a bare surname is left. */
function untitled(s: string, run: Run): Run | null {
  const words = run.words ?? [];
  const first = words[0];
  if (!first || !PERSON_NOUN.has(s.slice(first.start, first.end).toLowerCase())) return run;
  return words.length < 3 ? null : { ...run, start: words[1]!.start, words: words.slice(1) };
}

const request = perLexicon((lx: Lexicon) => {
  const words = bareSource(wordsOf(lx, 'requestWords'));
  return words
    ? new RegExp(String.raw`(?<![\p{L}])(?:${words})(?![\p{L}])[^.;!?]{0,40}$`, 'iu')
    : null;
});

/**
 * The name starting at `at` in sentence `s` is the patient of the release noun at [from, to):
 * an article before the noun, its 'of' and at most an article and two words between, and no
 * demand for the release before it.
 */
export function ofReleaseNoun(
  s: string,
  from: number,
  to: number,
  at: number,
  lx: Lexicon,
): boolean {
  if (at < to || at - to > 60) return false;
  if (!ARTICLE_BEFORE.test(s.slice(Math.max(0, from - 12), from))) return false;
  const between = s.slice(to, at);
  if (!OF_THEN.test(between)) return false;
  if (between.trim().split(/\s+/u).length > 2 && PREP_LAST.test(between)) return false;
  return !request(lx)?.test(s.slice(Math.max(0, from - 60), from));
}

/** The run named right after the release noun at [from, to) of sentence `s`, or null. */
export function nounPatient(
  s: string,
  runs: Run[],
  from: number,
  to: number,
  lx: Lexicon,
): Run | null {
  const run = runs.find((r) => r.start >= to);
  if (!run || !ofReleaseNoun(s, from, to, run.start, lx)) return null;
  if (POSSESSOR_AFTER.test(s.slice(run.end))) return null;
  return untitled(s, run);
}
