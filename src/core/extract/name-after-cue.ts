// The name or state a mediator cue or an envoy's role points at ('specjalnym wysłannikiem USA
// ds. Białorusi Johnem Coalem', 'thanked El Salvador's President Nayib Bukele'): titles, a
// qualifying country and a possessor are passed over, then the capitalised words are the name.
import { isGivenName } from './given-names.ts';
import { isKnownActor } from './lexicon.ts';
import { ALL_LANGUAGES, wordsOf } from './lexicons/index.ts';
import { findPlaces, placeCode } from './places.ts';

/**
 * A list's title phrase in words. A known actor's name in it is the one the title is tied to
 * ('представник Трампа'), not a title: skipped as one, 'лидера Дональда Трампа' lost its surname.
 */
function titleWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/\s+/u)
    .filter((w, i) => i === 0 || !isKnownActor(w));
}

/** Title words skipped between a cue and a name ('President', 'prezydentem', 'cardenal'). */
const TITLE = new Set(
  [
    ...wordsOf(ALL_LANGUAGES, 'officialRoles'),
    ...wordsOf(ALL_LANGUAGES, 'envoyRoles'),
    'president',
    'prime minister',
    'leader',
    'secretary',
    'state',
    'chancellor',
    'pope',
    'cardinal',
    'emir',
    'sheikh',
    'king',
    'crown prince',
    'monsignor',
    'mons',
    'mgr',
    'bishop',
    'envoy',
    'special',
    'anwalt',
    'rechtsanwalt',
    'lawyer',
    'attorney',
    'президент',
    'президента',
    'президентом',
    'лидер',
    'лидера',
    'глава',
    'главы',
    'главой',
  ].flatMap(titleWords),
);

const TOKEN = /\s*([\p{L}\p{M}][\p{L}\p{M}'’.-]*|\S)/uy;
const ARABIC_PARTICLE = /^(?:bin|ibn|bint|ben|(?:al|el|as|ad|ash|ar|az|at)-\p{Lu}\p{L}+)$/u;
const POSSESSIVE = /['’]s$/u;
const CAPITAL = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
// French and Italian articles elided onto a name: "d'Oman", "dell'Oman", "l'Iran".
const ELIDED = /^(?:d|l|dell|dall|all|nell|sull|degli)['’](\p{Lu}[\p{L}\p{M}'’.-]*)$/u;

function isPlace(token: string): boolean {
  const w = token.replace(/[.’']$/u, '');
  return w === 'US' || placeCode(token) !== null || placeCode(w) !== null;
}

/** A title or a place: words that qualify a name and are no part of it. */
export function isQualifier(word: string): boolean {
  return TITLE.has(word.toLowerCase()) || isPlace(word);
}

interface Span {
  name: string;
  apposition?: boolean;
  start: number;
  end: number;
}

/** A given name read after these words starts the name anew (see nameAfter). */
function startsAgain(parts: string[]): boolean {
  const last = parts[parts.length - 1]!;
  if (ARABIC_PARTICLE.test(last)) return false;
  if (!parts.some(isGivenName)) return true;
  return parts.length >= 2 && !isGivenName(last);
}

/**
 * The name or state after a cue or a role: lowercase words, titles and a country that qualifies
 * the title ('USA', 'ds. Białorusi') are passed over, then up to three capitalised words.
 */
export function nameAfter(s: string, from: number): Span | null {
  let at = from;
  let skipped = 0;
  let comma = false;
  const parts: { text: string; start: number; end: number }[] = [];
  for (let n = 0; n < 12; n++) {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(s);
    if (!m) break;
    const tok = m[1]!;
    const start = m.index + m[0].length - tok.length;
    at = TOKEN.lastIndex;
    // 'U.S.' keeps its stops; 'Trump.' ends a sentence.
    const word = /^(?:\p{Lu}\.)+$/u.test(tok) ? tok : tok.replace(/[.]$/u, '');
    const capital = CAPITAL.test(tok);
    // 'El Salvador's President Nayib Bukele': the possessor qualifies the name after it.
    if (capital && POSSESSIVE.test(word) && nameAhead(s, at)) {
      parts.length = 0;
      continue;
    }
    // Arabic names keep their particles: 'Mohammed bin Salman', 'bin Sajed al-Nahjan'.
    if (
      !capital &&
      (word.length <= 4 || word.charCodeAt(2) === 45 || word.charCodeAt(3) === 45) &&
      ARABIC_PARTICLE.test(word) &&
      (word.includes('-') || nameAhead(s, at, 1))
    ) {
      parts.push({ text: word, start, end: start + word.length });
      continue;
    }
    if (parts.length > 0) {
      if (!capital || parts.length === 4 || TITLE.has(word.toLowerCase())) break;
      // A given name starts the person: 'to the Middle East Steve Witkoff', 'Трампа Джон Коул';
      // so does a second one after a whole name, whose possessor that was ('помощника
      // президента Дональда Трампа Джоном Коулом').
      if (isGivenName(word) && startsAgain(parts.map((p) => p.text))) parts.length = 0;
      parts.push({ text: word, start, end: start + word.length });
      if (word !== tok) break;
      continue;
    }
    // An elided article before the name ('dell'Oman', 'd'Oman', 'l'Iran'): the name is the rest.
    const elided = capital ? null : ELIDED.exec(tok);
    if (elided) {
      const rest = elided[1]!.replace(/[.]$/u, '');
      const at0 = start + tok.length - elided[1]!.length;
      parts.push({ text: rest, start: at0, end: at0 + rest.length });
      if (rest !== elided[1]) break;
      continue;
    }
    if (!capital) {
      // 'presidente salvadoreño, Nayib Bukele': one comma, then the name itself.
      if (tok === ',' && !comma) comma = true;
      else if (comma || !LOWER.test(tok) || ++skipped > 4) return null;
      continue;
    }
    // 'При посредничестве Катара Иран освободил': a state right before another state is the
    // cue's object, the second one the clause's subject (a place qualifies a name, not a place).
    const place = isPlace(word);
    if (place && word === tok && placeFollows(s, at)) {
      parts.push({ text: word, start, end: start + word.length });
      break;
    }
    if ((TITLE.has(word.toLowerCase()) || place) && nameAhead(s, at) && ++skipped <= 5) {
      continue;
    }
    parts.push({ text: word, start, end: start + word.length });
    if (word !== tok) break;
  }
  if (parts.length === 0) return null;
  // 'the envoy of President Trump, John Coale': the possessor, then the envoy in apposition.
  const end = parts[parts.length - 1]!.end;
  const apposition = /^,\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})/u.exec(s.slice(end));
  if (apposition && isGivenName(apposition[1]!.split(/\s/u)[0]!)) {
    const start = end + apposition[0].length - apposition[1]!.length;
    return { name: apposition[1]!, start, end: start + apposition[1]!.length, apposition: true };
  }
  return { name: parts.map((p) => p.text).join(' '), start: parts[0]!.start, end };
}

/** The next word is a state's name, with nothing between ('Катара Иран', 'Kataru Iran'). */
function placeFollows(s: string, from: number): boolean {
  TOKEN.lastIndex = from;
  const m = TOKEN.exec(s);
  if (!m || m[0].length === m[1]!.length) return false;
  const tok = m[1]!;
  return CAPITAL.test(tok) && !TITLE.has(tok.toLowerCase()) && placeCode(tok) !== null;
}

// Words between a title or country and the name it qualifies: 'USA ds. Białorusi', 'США по Беларуси'.
const QUALIFIER = /^(?:ds\.?|по|for|to|on|dla|para|pour|für|per|za|pro|at|у|від|od)$/u;

/**
 * A capitalised word follows a title or a country at once or over a preposition ('President
 * Donald', 'USA ds. Białorusi Johnem'): the title or country only qualifies that name.
 */
function nameAhead(s: string, from: number, words = 3): boolean {
  let at = from;
  for (let n = 0; n < words; n++) {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(s);
    if (!m) return false;
    const tok = m[1]!;
    at = TOKEN.lastIndex;
    if (CAPITAL.test(tok)) return true;
    if (!QUALIFIER.test(tok)) return false;
  }
  return false;
}

/**
 * nameAfter, with a state's whole name when the words read are part of one written with
 * lowercase or adjective-like words ('des Émirats arabes unis', 'degli Emirati Arabi Uniti':
 * 'Emirati' alone is a qualifier, 'arabes' is lowercase).
 */
export function nameOrStateAfter(s: string, from: number): Span | null {
  const found = nameAfter(s, from);
  if (!found) return found;
  const place = findPlaces(s.slice(from, found.end + 40)).find(
    (p) => from + p.start <= found.start && from + p.end >= found.end,
  );
  const start = from + (place?.start ?? 0);
  const end = from + (place?.end ?? 0);
  if (!place || (start === found.start && end === found.end)) return found;
  return { ...found, name: s.slice(start, end), start, end };
}
