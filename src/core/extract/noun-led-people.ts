// 'blogger Daler Imomali', 'gazeteci Tolga Şardan', 'le militant Chems Eddine Laalami': a noun
// saying who a person is (lexicons' personNouns), written in lower case right before two to four
// capitalised words, makes them a name though the name rules know neither its given name nor
// its surname's shape. Reports on arrests name many people from outside the given-name tables
// (Tajik, Turkish, Algerian, Iranian), and nearly always with such a noun before them.

import { candidateMention } from './candidate-mention.ts';
import { NOT_NAME_TOKENS } from './lexicon.ts';
import {
  bareSource,
  hintRegExp,
  hintSource,
  initialCaseSource,
  type Lexicon,
  type ListField,
  perLexicon,
  wordsOf,
} from './lexicons/index.ts';
import { afterOrganisationWord } from './organisations.ts';
import { type PersonMention, withoutSuffix } from './people.ts';
import type { Sentence } from './text.ts';
import { classTest, testAfter } from './word-edge.ts';

const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]+`;
// A lower-case word of five letters or more, not one that opens a phrase of its own ('della
// Rai', 'desde Managua', 'durante ...').
const ADJECTIVE = String.raw`(?:\s+(?!(?:della|delle|degli|dello|desde|entre|durante|contra|sobre|para|après|avant|depuis|während|seit|przez|według|about|after|since|under|where|which|while)(?![\p{L}]))\p{Ll}[\p{Ll}\p{M}]{4,})?`;
const EVENT_FIELDS: readonly ListField[] = ['arrestWords', 'sentenceWords', 'transferWords'];

const nounLed = perLexicon((lx: Lexicon) => {
  // Lower-case nouns only: a capitalised 'Journalist' opens a sentence, or is German, where the
  // name rules already drop it (notName).
  const listed = wordsOf(lx, 'personNouns');
  const nouns = [...new Set(listed.map((w) => w.toLowerCase()))];
  if (nouns.length === 0) return null;
  const cased = initialCaseSource(nouns)!;
  const src = cased.replace(/\[(\p{Ll})\p{Lu}\]/gu, '$1');
  const upper = cased.replace(/\[\p{Ll}(\p{Lu})\]/gu, '$1');
  const names = String.raw`\s+(${WORD}(?:\s+${WORD}){1,3})(?![\p{L}\p{M}'’-])`;
  // What an apposition after a name says: who they are, or what was done to them ('X Y,
  // encarcelado en Holguín', 'X Y, arrested in May').
  const events = bareSource(EVENT_FIELDS.flatMap((f) => wordsOf(lx, f)));
  const said = events ? `(?:${src}|${events})` : src;
  // German capitalises every noun: 'der Journalist X', 'die Studentin X' (entries listed
  // capitalised) lead a name wherever they stand, after a lower-case article too.
  const capital = initialCaseSource(listed.filter((w) => /^\p{Lu}/u.test(w)));
  return {
    capital: capital
      ? new RegExp(
          String.raw`(?<![\p{L}\p{M}])${capital.replace(/\[\p{Ll}(\p{Lu})\]/gu, '$1')}${names}`,
          'gu',
        )
      : null,
    // The noun opening a sentence or a headline, capitalised there: 'Gazeteci Deniz Yücel
    // tahliye edildi', 'Journalist Evan Gershkovich is vrijgelaten'.
    opening: new RegExp(String.raw`^[\s«"„“'(—–-]*(?:${upper})${names}`, 'gu'),
    // A cheap pre-test: most sentences hold none of the nouns.
    hint: hintRegExp(hintSource(nouns)!),
    // One adjective may follow the noun: 'o ativista angolano X', 'le journaliste algérien X'.
    re: new RegExp(String.raw`(?<![\p{L}\p{M}])${src}${ADJECTIVE}${names}`, 'gu'),
    // Capitalised inside an office's title, after a capitalised word or a bracket: 'Derneği
    // (DFG) Eşbaşkanı Serdar Altan', 'JINNEWS Haber Müdürü Safiye Alagaş'. Not at a sentence's
    // start, where any word is capitalised.
    titled: new RegExp(String.raw`(?:${upper})(?![\p{L}\p{M}])${names}`, 'gu'),
    // The capitalised nouns alone, a pre-test for titled: most sentences hold none.
    titledHint: new RegExp(upper, 'u'),
    // Between commas after a clause holding the noun: 'une professeure
    // d'université à Oran, A B, militante', 'the activist from Baku,
    // Tofig Yagublu, ...'.
    appositive: new RegExp(String.raw`,\s*(${WORD}(?:\s+${WORD}){1,3})(?=\s*,)`, 'gu'),
    nounIn: new RegExp(String.raw`(?<![\p{L}\p{M}])${src}(?![\p{L}\p{M}])`, 'u'),
    // An apposition right after a name: a noun ('Yubrank Suazo, un líder opositor', 'X Y, a
    // journalist from Z', 'X Y, журналист'), an event ('X Y, arrested in May') or an age ('X Y,
    // 19,', 'X Y (34)'). Found from its comma or bracket; the name is read back from there.
    apposition: new RegExp(
      String.raw`,\s+(?:\p{Ll}[\p{L}'’]*\s+){0,2}${said}(?![\p{L}\p{M}])|,\s+\d{2},|\(\d{2}\)`,
      'uy',
    ),
  };
});

/** People named after a noun of who they are, that the name rules did not read. */
export function nounLedPeople(
  text: string,
  sentence: Sentence,
  people: PersonMention[],
  lx: Lexicon,
): PersonMention[] {
  const rules = nounLed(lx);
  if (!rules) return [];
  const s = sentence.text;
  const out: PersonMention[] = [];
  const nouns = rules.hint.test(s);
  if (nouns) {
    read(rules.re, text, sentence, people, out);
    read(rules.opening, text, sentence, [...people, ...out], out);
    if (rules.capital) read(rules.capital, text, sentence, [...people, ...out], out);
    // A headline in Title Case capitalises every noun: 'Bishop Álvarez Released, Exiled'.
    if (rules.titledHint.test(s) && !titleCase(s))
      read(rules.titled, text, sentence, [...people, ...out], out, (at) =>
        TITLE_BEFORE.test(s.slice(Math.max(0, at - 40), at)),
      );
    if (s.includes(','))
      read(rules.appositive, text, sentence, [...people, ...out], out, (at) =>
        rules.nounIn.test(clauseBefore(s, at)),
      );
  }
  if ((s.includes(',') || s.includes('(')) && !titleCase(s))
    read(
      appositions(s, rules.apposition),
      text,
      sentence,
      [...people, ...out],
      out,
      (at) =>
        !CAPITALISED_BEFORE.test(s.slice(Math.max(0, at - 40), at)) &&
        !ACRONYM.test(s.slice(at, at + 80).split(',')[0]!),
    );
  return out;
}

/**
 * Names right before an apposition, as matches whose name opens them. From each comma or
 * bracket after a capitalised word (most are not): the name back from it, then the apposition
 * (sticky `re`) at it.
 */
function* appositions(s: string, re: RegExp): Generator<Match> {
  for (let at = nextMark(s, 0); at >= 0; at = nextMark(s, at + 1)) {
    const index = capitalRunBefore(s, at);
    if (index < 0) continue;
    re.lastIndex = at;
    const m = re.exec(s);
    if (!m) continue;
    yield { index, whole: s.slice(index, at + m[0].length), name: s.slice(index, at).trimEnd() };
  }
}

/** The next comma or opening bracket at or after `from`, or -1. */
function nextMark(s: string, from: number): number {
  const comma = s.indexOf(',', from);
  const bracket = s.indexOf('(', from);
  return comma < 0 ? bracket : bracket < 0 ? comma : Math.min(comma, bracket);
}

const LETTER = /[\p{L}\p{M}'’-]/u;
const UPPER = /\p{Lu}/u;

/**
 * Where two to four capitalised words, one space apart, start when they end right before `at`
 * (one space at most between), or -1. Read back by hand: most marks follow no such words.
 */
function capitalRunBefore(s: string, at: number): number {
  let end = s[at - 1] === ' ' ? at - 1 : at;
  let start = -1;
  for (let words = 0; words < 4; words++) {
    let i = end - 1;
    if (i < 0 || !LETTER.test(s[i]!)) break;
    while (i > 0 && LETTER.test(s[i - 1]!)) i--;
    if (!UPPER.test(s[i]!) || end - i < 2) break;
    if (words >= 1) start = i;
    if (s[i - 1] !== ' ' && !/\s/u.test(s[i - 1] ?? '')) break;
    end = i - 1;
  }
  return start;
}

interface Match {
  index: number;
  whole: string;
  name: string;
}

function* matches(re: RegExp, s: string): Generator<Match> {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) yield { index: m.index, whole: m[0], name: m[1]! };
}

// A capitalised word right before a name read from its apposition: the name starts earlier, or
// the run is no name ('Ministerio Público Fiscal, ...'); checked in code, not by a lookbehind.
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}\p{M}'’-]*\s$/u;

// An acronym among the words before an apposition: a team's or a party's ('Центровая УГМК X').
const ACRONYM = /(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])/u;

/**
 * A Title Case line: four words or more and none of four letters or more in lower case ('Bishop
 * Freed And Sent Abroad After Two Years Behind Bars'); there every noun is capitalised.
 */
function titleCase(s: string): boolean {
  return !testAfter(LOWER_WORD, s, isLetterOrMark) && s.split(/\s+/u).length >= 4;
}
// A word of four letters or more opening in lower case; its leading edge (no letter or mark
// before) is checked in code (word-edge.ts): as a lookbehind it was tried at every position.
const LOWER_WORD = /\p{Ll}[\p{L}\p{M}]{3}/gu;
const isLetterOrMark = classTest(/[\p{L}\p{M}]/u);

// Before a capitalised person noun inside a title: a capitalised word or a bracket, then a space
// (checked in code: a leading lookbehind makes the regex scan slowly).
const TITLE_BEFORE = /(?:\p{Lu}[\p{L}\p{M}'’-]*|\))\s$/u;

/** The clause before a comma at `at`: back to the clause mark before it (brackets inside). */
function clauseBefore(s: string, at: number): string {
  const from = Math.max(
    s.lastIndexOf(',', at - 1),
    s.lastIndexOf(';', at - 1),
    s.lastIndexOf(':', at - 1),
  );
  return s.slice(from + 1, at);
}

function read(
  found: RegExp | Iterable<Match>,
  text: string,
  sentence: Sentence,
  people: PersonMention[],
  out: PersonMention[],
  accept: (at: number) => boolean = () => true,
): void {
  const s = sentence.text;
  const base = sentence.start;
  for (const m of found instanceof RegExp ? matches(found, s) : found) {
    // 'partido opositor Voluntad Popular', 'Movimiento Opositor Juventud Despierta': the noun
    // qualifies an organisation, whose name follows.
    if (!accept(m.index) || afterOrganisationWord(s, m.index)) continue;
    // The name ends the match, or opens it when what says who they are follows ('after').
    const at = s.startsWith(m.name, m.index) ? m.index : m.index + m.whole.length - m.name.length;
    // Up to the first word that is no name's ('Tolga Şardan Cuma': a weekday ends it).
    const words = m.name.split(/\s+/u);
    let n = words.findIndex((w) => NOT_NAME_TOKENS.has(w.toLowerCase()));
    if (n < 0) n = words.length;
    if (n < 2) continue;
    // Within the words matched: a comma or a stop after the last word ('Мустафаєва,', 'student
    // Ellen Clarke,') is no part of the name, nor a Turkish case ending ('Gökçe’yi').
    const kept = new RegExp(String.raw`^\S+(?:\s+\S+){${n - 1}}`, 'u').exec(m.name)!;
    const end = at + withoutSuffix(kept[0]).length;
    if (people.some((p) => p.start - base < end && at < p.end - base)) continue;
    // What says who they are: the noun before the name, or the apposition after it.
    const lead = at === m.index ? s.slice(end, m.index + m.whole.length) : s.slice(m.index, at);
    out.push(
      candidateMention(
        text,
        sentence,
        base + at,
        base + end,
        `after '${lead.trim()}'`,
        lead.replace(/^[\s,(]+|[\s,)]+$/gu, '').trim() || null,
      ),
    );
  }
}
