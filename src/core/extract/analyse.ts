// Per-sentence facts: every rule module runs once over each sentence.

import { findCaselessLists } from './caseless-lists.ts';
import { ARABIC_SCRIPT, CASELESS_SCRIPT, findCaselessPeople } from './caseless-people.ts';
import { type ConcessionFound, findConcessions } from './concessions.ts';
import { type CountCandidate, findCountCandidates } from './counts.ts';
import { type FoundDate, findDates } from './dates.ts';
import { type DestinationFound, findDestinations } from './destinations.ts';
import { findGeorgianPeople, GEORGIAN } from './georgian-people.ts';
import { findMoreHanPeople } from './han-more-people.ts';
import { findHanPeople, HAN } from './han-people.ts';
import { cueRules } from './lexicon.ts';
import { ALL_LANGUAGES, bareSource, type Lexicon, perLexicon, wordsOf } from './lexicons/index.ts';
import { chainedPeople, listedPeople } from './listed-people.ts';
import { looksBackAgo } from './looks-back-ago.ts';
import { findMediators, type MediatorFound } from './mediators.ts';
import { nounLedPeople } from './noun-led-people.ts';
import { findQuantities } from './numbers.ts';
import { type FamilyNames, findPeople, type PersonMention } from './people.ts';
import { quotedPeople } from './quoted-people.ts';
import { patientPeople } from './release-patients.ts';
import { stillHeld } from './release-still-held.ts';
import { findRemaining, type RemainingFound } from './remaining.ts';
import type { Sentence } from './text.ts';
import { EdgeRule } from './word-edge.ts';

export interface SentenceFacts {
  sentence: Sentence;
  release: boolean;
  strong: boolean;
  dates: (FoundDate & { weak: boolean })[];
  /** Where the sentence says someone was not freed ('was not among', 'remains in prison'). */
  negatedAt: number[];
  /** The sentence looks back at an earlier release without a date ("earlier this year"). */
  looksBack: boolean;
  counts: CountCandidate[];
  people: PersonMention[];
  remaining: RemainingFound[];
  concessions: ConcessionFound[];
  mediators: MediatorFound[];
  destinations: DestinationFound[];
}

// 'Background: In August 2024, ...' opens a paragraph about an earlier release.
const LOOKS_BACK =
  /(?:^\s*(?:background|context|справка|контекст)\s*:|earlier (?:this|that) (?:year|month)|last year|in (?:an? )?(?:earlier|previous|prior) (?:release|round|wave|group|batch)|previous(?:ly)? (?:released|freed|pardoned)|earlier releases?|ранее в этом году|в прошлом году|ранее освобожд\p{L}*|last (?:week|month)|(?:a|one) week (?:ago|earlier)|на прошлой неделе|в прошлом месяце|минулого тижня|la semana pasada|la settimana scorsa|la semaine dernière|(?:letzte|vergangene)n? Woche|w (?:zeszłym|ubiegłym) tygodniu)/iu;
// A year and 'when' ('in 2022 when X was freed'): scanned apart, from its digits, which is cheaper
// than one more alternative of LOOKS_BACK tried at every letter.
// Its leading lookbehind is checked in code (word-edge.ts), as for ARCHIVE_CAPTION below.
const YEAR_WHEN = new EdgeRule(
  /(?<![\d])(?:19|20)\d\d,?\s+(?:when|cuando|quando|quand|lorsque|als|когда|kiedy)(?![\p{L}])/iu,
);

// 'who last year was sentenced', 'arrested last month': the look-back dates a person's story,
// not an earlier release, when a story word stands beside it.
// Family names that open a name where it comes first (Vietnamese): only the report's lists'.
const familyNames = perLexicon((lx): FamilyNames => {
  const nouns = bareSource(wordsOf(lx, 'placeNouns'));
  return {
    names: new Set(wordsOf(lx, 'familyNames')),
    placeBefore: nouns ? new RegExp(String.raw`(?<![\p{L}\p{M}])${nouns}\s+$`, 'iu') : null,
  };
});

const storyNear = perLexicon((lx) => {
  const words = bareSource(wordsOf(lx, 'storyBefore'));
  const story = `(?:sentenced|convicted|jailed|arrested|detained|imprisoned|осужд\\p{L}*|арестова\\p{L}*|задержа\\p{L}*|приговор\\p{L}*${words ? `|${words}` : ''})`;
  return {
    after: new RegExp(String.raw`^\s+(?:(?:was|were|had been|has been|been|is)\s+)?${story}`, 'iu'),
    before: new RegExp(String.raw`${story}\s+$`, 'iu'),
  };
});

function looksBack(s: string, lx: Lexicon): boolean {
  if (YEAR_WHEN.test(s)) return true;
  const m = LOOKS_BACK.exec(s);
  if (!m) return false;
  const story = storyNear(lx);
  const end = m.index + m[0].length;
  return !(
    story.after.test(s.slice(end, end + 40)) ||
    story.before.test(s.slice(Math.max(0, m.index - 30), m.index))
  );
}

// The leading lookbehind is checked in code: the regex scans faster without it.
const notReleasedAll = perLexicon(
  (lx) => new RegExp(cueRules(lx).notReleased.source.replace(/^\(\?<!\[\\p\{L\}\]\)/, ''), 'giu'),
);
const LETTER = /\p{L}/u;

/** Where the sentence says someone is not freed: the phrase lists, and 'still' with custody. */
function negatedAt(s: string, lx: Lexicon): number[] {
  const listed = cueRules(lx).negationHint.test(s) ? negations(s, lx) : [];
  const held = stillHeld(s, lx).filter((i) => !listed.includes(i));
  return held.length === 0 ? listed : [...listed, ...held].sort((a, b) => a - b);
}

function negations(s: string, lx: Lexicon): number[] {
  const out: number[] = [];
  const re = notReleasedAll(lx);
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    // Chinese writes no space before a negation ('被拒絕保釋'): a Han letter is no word's middle.
    const before = m.index > 0 ? s[m.index - 1]! : '';
    if (before && LETTER.test(before) && !HAN.test(before)) re.lastIndex = m.index + 1;
    else out.push(m.index);
  }
  return out;
}

// "since July", "began in July": the start of a series, not the day of this release.
// Other languages' 'since' too ('détenu en Iran depuis le 3 mars 2021', 'desde el', 'seit dem').
const SINCE_BEFORE =
  /(?<![\p{L}])(?:since|began|begun|started|starting|beginning|from|depuis|desde|seit|sinds|od)\s+(?:(?:in|le|el|dem|den)\s+)?$/iu;
const SINCE_START = /^(?:since|с)\s/iu;

const SPEECH_BEFORE =
  /(?:said|says|announced|told|reported|wrote|stated|confirmed|added|сообщил\p{L}*|заявил\p{L}*)\s+(?:\p{L}+\s+)?$/iu;

// "who was jailed in 2020": a date of the person's story, not of the release.
// The lists' story words ('arrestato', 'detenidos', 'condamné') join the English and Russian.
// Up to five words may stand between ('дали 14 лет колонии в июле 2021', 'detenidos
// entre el 9 y el 12 de marzo de 2021'), none of them a release word ('jailed in 2020 was freed on
// 3 May' dates the release).
const storyBefore = perLexicon((lx) => {
  const words = bareSource(wordsOf(lx, 'storyBefore'));
  return new RegExp(
    String.raw`(?:jailed|arrested|detained|sentenced|convicted|imprisoned|elected|founded|born|protests?|election|electoral|elecci\p{L}*|eleiç\p{L}*|задержан\p{L}*|арест\p{L}*|осужден\p{L}*|приговор\p{L}*|выбор\p{L}*${words ? `|${words}` : ''})\s+(?:(?!(?:freed|released|pardon|освобо|помилов|liber|excarcel|uwoln|zwoln|ułaskaw|freigelassen|begnadigt)\p{L}*)[\p{L}\d'’.]+\s+){0,5}$`,
    'iu',
  );
});

// The caption of an archive photo dates the picture, not the release ('FILE - Rolando Alvarez
// ... May 3, 2018.', 'Foto de archivo ... April 10, 2025'). Other captions may date the release.
// Read on every sentence: each alternative is scanned apart, the leading lookbehind checked in
// code (word-edge.ts), not tried at every position.
export const ARCHIVE_CAPTION = new EdgeRule(
  /^\s*FILE\s*[-–—:]|(?<![\p{L}])(?:file photo|foto de archivo|imagen de archivo|foto d'archivio)(?![\p{L}])|\(archivo\)/iu,
);

/** A date that starts a series or belongs to a person's story, not the day of a release. */
export function startsSeries(s: string, d: FoundDate, lx: Lexicon = ALL_LANGUAGES): boolean {
  if (storyBefore(lx).test(s.slice(Math.max(0, d.start - 50), d.start))) return true;
  return (
    SINCE_START.test(s.slice(d.start, d.end)) ||
    SINCE_BEFORE.test(s.slice(Math.max(0, d.start - 20), d.start))
  );
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

// 'Bishop Rolando Álvarez and 18 clergymen': the named person is freed with the counted ones.
const JOINED_BEFORE =
  /^(?:\s*,\s*|\s+(?:and|y|e|i|et|und|и|і|ve|és|en|oraz|ir|along with|together with)\s+)$/iu;

/** A freed person named right before a count joined to it, not counted in it already. */
function namedBefore(
  s: string,
  c: CountCandidate,
  people: PersonMention[],
  offset: number,
): boolean {
  if (!c.noun || c.withNamed || c.qualifier !== 'exact') return false;
  return people.some(
    (p) =>
      p.role === 'candidate' &&
      p.end - offset <= c.start &&
      JOINED_BEFORE.test(s.slice(p.end - offset, c.start)),
  );
}

export function analyseSentence(
  text: string,
  sentence: Sentence,
  published: string | undefined,
  releaser: string | null,
  language?: string,
  lx: Lexicon = ALL_LANGUAGES,
): SentenceFacts {
  const s = sentence.text;
  const cues = cueRules(lx);
  // Every strong cue is a release cue too: a sentence without a release cue has no strong one.
  const cue = cues.hint.test(s) && cues.releaseTest.test(s);
  const strong = cue && cues.strongReleaseTest.test(s);
  const remaining = findRemaining(s, lx);
  // "1,300 remain in jail, among them X": a sentence about who is still held is no release;
  // one that names a few others still held ('two other French citizens remain') may be one.
  const release = cue && (strong || remaining.every((r) => r.others));
  const dates = (ARCHIVE_CAPTION.test(s) ? [] : findDates(s, published, lx))
    .filter((d) => !startsSeries(s, d, lx))
    // "said on Sunday" dates the statement: other dates in the sentence come first.
    .map((d) => ({ ...d, weak: SPEECH_BEFORE.test(s.slice(Math.max(0, d.start - 25), d.start)) }))
    .sort((a, b) => Number(a.weak) - Number(b.weak));
  // A number inside a date ('13 December') or a remaining claim is not a released count.
  const counts = release
    ? findCountCandidates(s, language, releaser, lx).filter(
        (c) => !dates.some((d) => overlaps(c, d)) && !remaining.some((r) => overlaps(c, r)),
      )
    : [];
  const people = findPeople(text, sentence, familyNames(lx));
  if (CASELESS_SCRIPT.test(s)) {
    people.push(...findCaselessPeople(text, sentence, lx));
    // Lists are read by Arabic's comma and conjunction: a Bengali clause is no list item.
    if (ARABIC_SCRIPT.test(s)) people.push(...findCaselessLists(text, sentence, lx, people));
  }
  if (HAN.test(s)) {
    people.push(...findHanPeople(text, sentence));
    people.push(...findMoreHanPeople(text, sentence, people));
  }
  // 'სამი ადამიანი' (three people): a number word reads like a given name ('Sami'), and is none.
  if (GEORGIAN.test(s))
    people.push(
      ...findGeorgianPeople(text, sentence).filter(
        (p) => findQuantities(p.name, 'ka', lx)[0]?.numberStart !== 0,
      ),
    );
  people.push(...listedPeople(text, sentence, people));
  people.push(...nounLedPeople(text, sentence, people, lx));
  people.push(...quotedPeople(text, sentence, people, lx));
  if (strong) people.push(...patientPeople(text, sentence, people, lx));
  people.sort((a, b) => a.start - b.start);
  people.push(...chainedPeople(text, sentence, people));
  people.sort((a, b) => a.start - b.start);
  for (const c of counts) if (namedBefore(s, c, people, sentence.start)) c.value += 1;
  return {
    sentence,
    release,
    strong,
    dates,
    // 'freed two weeks ago' (looks-back-ago.ts): only where the sentence gives no date itself.
    looksBack:
      looksBack(s, lx) || (release && dates.length === 0 && looksBackAgo(s, storyNear(lx))),
    negatedAt: negatedAt(s, lx),
    counts,
    people,
    remaining,
    concessions: findConcessions(s, lx),
    mediators: findMediators(s, lx, releaser),
    destinations: findDestinations(s, releaser, lx),
  };
}
