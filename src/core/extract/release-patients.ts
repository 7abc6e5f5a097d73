// Names read from where they stand against a release verb, though the name rules know neither
// their given name nor their surname's shape ('Jeanine Áñez fue liberada', 'hanno rilasciato
// l'attivista Ildar Dadim', 'hebben Xu Zhiyong zaterdag vrijgelaten'). The one freed is the
// verb's patient: the subject of a passive or intransitive release verb, written before it
// with the verb taking no object after it, or the object of an active one, written after it.
// The release verbs are each language's list (cueRules); the positions are the same in every
// language that capitalises names.
import { candidateMention } from './candidate-mention.ts';
import { isGivenName } from './given-names.ts';
import { cueRules, isKnownActor, NOT_NAME_TOKENS } from './lexicon.ts';
import { bareSource, type Lexicon, perLexicon, wordsOf } from './lexicons/index.ts';
import { afterOrganisationWord } from './organisations.ts';
import type { PersonMention } from './people.ts';
import { classify } from './person-roles.ts';
import { placeCode } from './places.ts';
import { allMatches } from './regex-all.ts';
import { nounPatient, type Run } from './release-noun-patient.ts';
import type { Sentence } from './text.ts';
import { classTest } from './word-edge.ts';

// A court or an office opening a run: 'Sąd Najwyższy', 'Corte Suprema' (courtWords, officeNouns).
const institution = perLexicon((lx: Lexicon) => {
  const words = bareSource([...wordsOf(lx, 'courtWords'), ...wordsOf(lx, 'officeNouns')]);
  return words ? new RegExp(String.raw`^(?:${words})(?![\p{L}])`, 'iu') : null;
});

// The strong release words of a sentence, all of them.
const strongWords = perLexicon(
  (lx: Lexicon) => new RegExp(cueRules(lx).strongRelease.source, 'giu'),
);

// Two to four capitalised words, one space apart: a name's shape.
const RUN = /\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \u00a0]\p{Lu}[\p{Ll}\p{M}'’-]+){1,3}(?![\p{L}\p{M}])/gu;
// Between a name and the verb after it: a few lower-case words ('fue', 'è stata', 'has been',
// 'zaterdag'), after an apposition set off by commas ('X, la ragazza arrestata in Iran, è').
const BEFORE_VERB = /^(?:\s*,[^,.;:!?()«»"“”]{1,120},)?(?:\s+\p{Ll}[\p{Ll}\p{M}'’-]*){0,3}\s+$/u;
const MAX_GAP = 200;
// Between the verb and a name after it: lower-case words only, an article or a noun with an
// elided article among them ('oggi l'attivista dell'opposizione', 'the prominent lawyer').
const AFTER_VERB = /^(?:\s+\p{Ll}[\p{Ll}\p{M}'’-]*){0,5}\s+$/u;
// A preposition right before the name ('salió de la cárcel de San Juan', 'di Nuova Mansura'),
// or an agent's word a few words before it ('freed by X', 'impulsada por la Administración X'):
// the name is a place or who frees, not who is freed.
const PLACE_WORD =
  /(?<![\p{L}])(?:de|del|des|du|di|della|dello|dei|degli|of|in|en|à|au|aus|from|to|at|on|em|no|na|nel|nella|im|w|z|u|do|nach|naar)\s+$/iu;
const AGENT_WORD =
  /(?<![\p{L}])(?:by|por|par|pelo|pela|da|dal|dalla|von|vom|durch|door|przez|от|від|od|από|bởi|oleh)\s+(?:\p{Ll}[\p{Ll}\p{M}'’-]*\s+){0,4}$/iu;
// Words that open a clause of their own ('X, ..., said that this release'): the verb after one is
// not the name's.
const CLAUSE_OPENER =
  /(?<![\p{L}])(?:that|which|who|que|qui|che|dass|daß|że|iż|что|што|що|который|которая|которые|kad|da|že|hogy|because|porque|parce|perché|weil|потому)(?![\p{L}])/iu;
// An object right after an active verb: a number or a capitalised word, an article at most
// before it ('pardoned 52', 'liberó a Juan', 'released the Briton X'), so the name before the verb
// is the one freeing. Not a preposition's ('freed on Tuesday').
const OBJECT_AFTER =
  /^\s+(?:(?:the|a|an|el|la|los|las|al|le|les|il|lo|gli|der|die|den|das|het|o|os|as)\s+)?(?:\d|\p{Lu})/u;
// Four words or more and none in lower case of four letters or more: a Title Case headline,
// where every word is capitalised and runs are no names.
const LOWER_WORD = /(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]{3}/u;

/** The set's lists name family names: asked for every sentence, answered once a set. */
const namesFamilyFirst = perLexicon((lx) => wordsOf(lx, 'familyNames').length > 0);

const isSpace = classTest(/\s/u);

/**
 * Whether splitting s at its runs of spaces gives four parts or more (three runs), as
 * `s.split(/\s+/u).length >= 4` did, without making the parts for every sentence.
 */
function fourWords(s: string): boolean {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (space && !inRun && ++runs === 3) return true;
    inRun = space;
  }
  return false;
}

/** The run is a candidate by the name rules' reading of the words around it (an official's
 * title before it, a role after it make it none). */
function candidate(s: string, r: Run): boolean {
  const name = (r.words ?? [r]).map((w) => ({ text: s.slice(w.start, w.end), ...w }));
  return classify(s, r.start, r.end, name, []).role === 'candidate';
}

/** A word that names no person: a common capitalised word, a place, a head of state. */
function noName(word: string): boolean {
  const lower = word.toLowerCase();
  return NOT_NAME_TOKENS.has(lower) || placeCode(word) !== null || isKnownActor(lower);
}

/**
 * The capitalised runs of a sentence that may name a person: places and common words at either
 * end are cut ('de Bolivia Jeanine Áñez'), as is a capitalised noun before a given name
 * ('Medienmogul Jawar Mohammed'); a run with such a word inside is none.
 */
function runsOf(s: string, lx: Lexicon): Run[] {
  const out: Run[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(s); m; m = RUN.exec(s)) {
    const words: Run[] = [];
    for (const w of allMatches(/\S+/gu, m[0]))
      words.push({ start: m.index + w.index, end: m.index + w.index + w[0].length });
    const text = (w: Run) => s.slice(w.start, w.end);
    while (words.length > 0 && noName(text(words[0]!))) words.shift();
    while (words.length > 0 && noName(text(words.at(-1)!))) words.pop();
    if (words.length > 2 && !isGivenName(text(words[0]!)) && isGivenName(text(words[1]!)))
      words.shift();
    if (words.length < 2 || words.some((w) => noName(text(w)))) continue;
    const start = words[0]!.start;
    if (institution(lx)?.test(s.slice(start))) continue;
    if (afterOrganisationWord(s, start)) continue;
    const before = s.slice(Math.max(0, start - 40), start);
    const prep = PLACE_WORD.test(before) || AGENT_WORD.test(before);
    out.push({ start, end: words.at(-1)!.end, words, prep });
  }
  return out;
}

/** The index of the first run starting at or after `at` (runs are in order), by halving. */
function firstFrom(runs: Run[], at: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Runs standing as the patient of a release word at [from, to). */
function patientsOf(s: string, runs: Run[], from: number, to: number): Run[] {
  const out: Run[] = [];
  // Before the verb, none after it: 'X, ..., è stata rilasciata.'
  // The nearest run before the verb that fits; none further than an apposition reaches.
  let last: Run | undefined;
  const first = firstFrom(runs, to);
  for (let k = first - 1; k >= 0 && !last; k--) {
    const r = runs[k]!;
    if (r.end > from) continue;
    if (from - r.end > MAX_GAP) break;
    const gap = s.slice(r.end, from);
    if (BEFORE_VERB.test(gap) && !CLAUSE_OPENER.test(gap)) last = r;
  }
  if (last && !OBJECT_AFTER.test(s.slice(to, to + 40))) out.push(last);
  // After the verb, not after 'by': 'hanno rilasciato oggi l'attivista X'.
  const next = runs[first];
  if (next && AFTER_VERB.test(s.slice(to, next.start))) out.push(next);
  return out;
}

/** People a strong release sentence frees by position whom the name rules did not read. */
export function patientPeople(
  text: string,
  sentence: Sentence,
  people: PersonMention[],
  lx: Lexicon,
): PersonMention[] {
  const s = sentence.text;
  // Languages that capitalise every word of a name and many more (Vietnamese) have their own
  // name rules (family names): there a run of capitals is no name's shape.
  if (namesFamilyFirst(lx)) return [];
  if (!LOWER_WORD.test(s) || !fourWords(s)) return [];
  const all = runsOf(s, lx);
  if (all.length === 0) return [];
  const runs = all.filter((r) => !r.prep);
  const base = sentence.start;
  const out: PersonMention[] = [];
  const re = strongWords(lx);
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const to = m.index + m[0].length;
    const noun = nounPatient(s, all, m.index, to, lx);
    for (const r of [...patientsOf(s, runs, m.index, to), ...(noun ? [noun] : [])]) {
      const known = [...people, ...out].some(
        (p) => p.start - base < r.end && r.start < p.end - base,
      );
      if (!known && candidate(s, r))
        out.push(candidateMention(text, sentence, base + r.start, base + r.end, 'release patient'));
    }
  }
  return out;
}

// Between an active release verb and its object: a few lower-case words or nationalities, the
// object's title among them ('freed the Swedish diplomat X', 'liberó al exministro X').
const OBJECT_GAP = /^(?:\s+(?:\p{Ll}[\p{Ll}\p{M}'’-]*|\p{Lu}[\p{Ll}\p{M}'’-]+)){0,5}\s+$/u;

/**
 * `m` stands as the object of a strong release verb in its sentence, only lower-case words and
 * nationalities between them: the one freed, though a title before the name ('diplomat',
 * 'minister') reads it as an official.
 */
export function objectOfRelease(s: string, at: number, lx: Lexicon): boolean {
  const head = s.slice(Math.max(0, at - 80), at);
  const re = strongWords(lx);
  re.lastIndex = 0; // shared with other readers, which may leave it elsewhere
  const words = allMatches(re, head).filter((m) => m[0].length > 0);
  const lastWord = words.at(-1);
  if (!lastWord) return false;
  const last = lastWord.index + lastWord[0].length;
  const gap = head.slice(last);
  if (!OBJECT_GAP.test(gap) || AGENT_WORD.test(gap) || PLACE_WORD.test(gap)) return false;
  // A capitalised word in the gap must be a nationality or a place, not another name.
  return [...gap.matchAll(/\p{Lu}[\p{L}\p{M}'’-]*/gu)].every((w) => placeCode(w[0]) !== null);
}
