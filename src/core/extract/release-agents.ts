// Who acts on a release is not freed by that mention: the subject of a verb whose object is a
// release noun with its own patient ('X welcomed the release of ...', 'X anunció la excarcelación
// de ...', 'X begrüßte die Freilassung der ...', 'X приветствовал освобождение ...'). The release
// words are each language's list (cueRules); the shape (name, verb, article, release noun, its
// 'of') is the same in every language that writes articles, and Slavic verbal nouns stand in for
// the article in those that do not.
import type { SentenceFacts } from './analyse.ts';
import { cueRules, isKnownActor, OFFICIAL_ROLE_WORD_ANY } from './lexicon.ts';
import type { Lexicon } from './lexicons/index.ts';
import type { PersonMention } from './people.ts';

// An apposition or an age after the name ('X, the head of Y,', 'X (69)', 'X, de Manágua, exilado,'):
// set off by commas, with no stop, bracket or quote in it; it ends at the last comma before the
// release word.
const APPOSITION = /^\s*(?:\([^()]{0,40}\)\s*)?(?:[,،][^.;:!?()«»"“”]{0,200})?$/u;
// One to five words (a verb, an adverb, 'news of'), then an article, then the release noun.
const ARTICLE = String.raw`(?:the|a|an|el|la|los|las|un|una|le|les|une|il|lo|gli|die|der|das|den|dem|des|eine|einer|de|het|een|o|os|as|um|uma)`;
const VERB_ARTICLE_NOUN = new RegExp(
  String.raw`^\s+((?:[\p{L}\p{M}'’-]+\s+){1,5})(?:${ARTICLE}\s+|l['’]\s*)([\p{L}\p{M}-]+)$`,
  'iu',
);
// Languages without articles: the verb (six letters or more, so no preposition such as 'после',
// 'przed') right before a verbal noun ('освобождение', 'uwolnienie', 'propuštění', 'звільнення').
const VERB_NOUN = /^\s+((?:[\p{L}\p{M}'’-]+\s+){0,4}[\p{L}\p{M}'’-]{6,}\s+)([\p{L}\p{M}-]+)$/u;
const VERBAL_NOUN = /(?:ni[eau]|ние|ния|нию|нии|ння|нню|ní|nje|nja)$/u;
// Or news about it: a verb, a noun, a preposition of topic, the verbal noun ('przyjął wiadomość
// o zwolnieniu', 'приветствовал новость об освобождении', 'uvítal zprávu o propuštění').
const ABOUT_NOUN = /^\s+((?:[\p{L}\p{M}'’-]+\s+){1,5})(?:o|ob|об|о|про|pro)\s+([\p{L}\p{M}-]+)$/u;
// With a verbal noun: 'of' and 'from' before the topic word make the name one of the freed.
const ABOUT_INSIDE = /(?<![\p{L}])(?:among|среди|wśród|из|jednym|одним|одной|jedną)(?![\p{L}])/iu;
// The release noun's patient: 'of', 'de', 'von', a genitive article ('der Gefangenen').
const OF_AFTER =
  /^\s+(?:of|de|del|des|du|d['’]|da|do|dos|das|di|della|dei|degli|delle|dello|von|vom|der|van|av|af)(?![\p{L}])\s*(\p{L}[\p{L}\p{M}'’-]*)?/iu;
const WORD_AFTER = /^\s+(\p{L}[\p{L}\p{M}'’-]*)/u;
// Words that put the name inside the release rather than before it: 'among', or a word of 'of'
// ('X was among the release of ...', 'X fue uno de los excarcelados de ...', 'part of the').
const INSIDE =
  /(?<![\p{L}])(?:among|amongst|entre|parmi|unter|tra|fra|среди|wśród|onder|of|de|di|du|des|von|van|из|z|ze)(?![\p{L}])/iu;

// Verb-final Persian and Turkish: the release noun as the object of the clause's verb, right
// after the subject and its apposition. Persian marks it with 'از' ('X، ...، از آزادی ... استقبال
// کرد'; not 'پس از', 'after'); Turkish with the accusative on the noun ('X, ... tahliyesini
// memnuniyetle karşıladı'), while a name in the genitive owns the release ('X'in tahliyesi').
const FA_OBJECT = /^\s*از\s*$/u;
const TR_ACCUSATIVE = /^\s*(?:[\p{L}\p{M}'’-]+\s+){0,2}?\S*?(?:s[ıiuü]n[ıiuü]|m[ae]s[ıi]n[ıi])$/u;
const GENITIVE_AFTER = /^['’]?(?:n)?[ıiuü]n(?![\p{L}])/u;

function objectInVerbFinal(chunk: string, cueWord: string, s: string, end: number): boolean {
  if (FA_OBJECT.test(chunk)) return true;
  if (GENITIVE_AFTER.test(s.slice(end, end + 5))) return false;
  return (
    /(?:s[ıiuü]n[ıiuü]|m[ae]s[ıi]n[ıi])$/u.test(cueWord) && TR_ACCUSATIVE.test(chunk + cueWord)
  );
}

/** The word after 'of' is who grants it ('el indulto del presidente'), not whose release it is. */
function granter(word: string | undefined): boolean {
  return !!word && (OFFICIAL_ROLE_WORD_ANY?.test(word) === true || isKnownActor(word));
}

/**
 * `m`, named in sentence `f`, is the subject of a verb whose object is a release noun with its
 * own patient after it: who welcomes, announces or demands a release, not one freed by it.
 * A release word in the name's apposition ('X, freed on Monday, welcomed the release of the
 * others') keeps the name among the freed.
 */
export function actsOnRelease(f: SentenceFacts, m: PersonMention, lx: Lexicon): boolean {
  const s = f.sentence.text;
  const end = m.end - f.sentence.start;
  // Not global: exec and test keep no state between calls.
  const release = cueRules(lx).release;
  const cue = release.exec(s.slice(end, end + 240));
  if (!cue) return false;
  const cueStart = end + cue.index;
  const between = s.slice(end, cueStart);
  // Arabic script writes its own comma.
  const comma = Math.max(between.lastIndexOf(','), between.lastIndexOf('،'));
  let from = end;
  if (comma >= 0) {
    // A short abbreviation's stop ('ds.', 'ul.', 'im.') ends no apposition.
    const apposition = between.slice(0, comma).replace(/(?<=\s\p{Ll}{1,3})\.(?=\s)/gu, ' ');
    if (!APPOSITION.test(apposition)) return false;
    from = end + comma + 1;
  }
  const cueEnd = cueStart + cue[0].length;
  // The whole word the release cue opens ('tahliyesini', 'آزادی').
  const word = /^[\p{L}\p{M}'’]*/u.exec(s.slice(cueEnd))![0];
  if (objectInVerbFinal(s.slice(from, cueStart), s.slice(cueStart, cueEnd) + word, s, end))
    return true;
  const chunk = s.slice(from, cueEnd);
  const after = s.slice(cueEnd, cueEnd + 60);
  // Before the articles: Portuguese 'o' is the Slavic 'about'.
  const about = ABOUT_NOUN.exec(chunk);
  if (about && VERBAL_NOUN.test(about[2]!) && !ABOUT_INSIDE.test(about[1]!)) return true;
  const articled = VERB_ARTICLE_NOUN.exec(chunk);
  if (articled) {
    const [, words, noun] = articled;
    if (INSIDE.test(words!) || !release.test(noun!)) return false;
    const of = OF_AFTER.exec(after);
    return of !== null && !granter(of[1]);
  }
  const bare = VERB_NOUN.exec(chunk);
  if (!bare || !VERBAL_NOUN.test(bare[2]!) || INSIDE.test(bare[1]!)) return false;
  const next = WORD_AFTER.exec(after);
  return next !== null && !granter(next[1]);
}
