// 'blogger Daler Imomali', 'gazeteci Tolga Şardan', 'le militant Chems Eddine Laalami': a noun
// saying who a person is (lexicons' personNouns), written in lower case right before two to four
// capitalised words, makes them a name though the name rules know neither its given name nor
// its surname's shape. Reports on arrests name many people from outside the given-name tables
// (Tajik, Turkish, Algerian, Iranian), and nearly always with such a noun before them.

import { NOT_NAME_TOKENS } from './lexicon.ts';
import {
  hintRegExp,
  hintSource,
  initialCaseSource,
  type Lexicon,
  perLexicon,
  wordsOf,
} from './lexicons/index.ts';
import type { PersonMention } from './people.ts';
import type { Sentence } from './text.ts';

const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]+`;

const nounLed = perLexicon((lx: Lexicon) => {
  // Lower-case nouns only: a capitalised 'Journalist' opens a sentence, or is German, where the
  // name rules already drop it (notName).
  const nouns = [...new Set(wordsOf(lx, 'personNouns').map((w) => w.toLowerCase()))];
  if (nouns.length === 0) return null;
  const src = initialCaseSource(nouns)!.replace(/\[(\p{Ll})\p{Lu}\]/gu, '$1');
  return {
    // A cheap pre-test: most sentences hold none of the nouns.
    hint: hintRegExp(hintSource(nouns)!),
    re: new RegExp(
      String.raw`(?<![\p{L}\p{M}])${src}\s+(${WORD}(?:\s+${WORD}){1,3})(?![\p{L}\p{M}'’-])`,
      'gu',
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
  const s = sentence.text;
  if (!rules?.hint.test(s)) return [];
  const { re } = rules;
  const base = sentence.start;
  const out: PersonMention[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const at = m.index + m[0].length - m[1]!.length;
    // Up to the first word that is no name's ('Tolga Şardan Cuma': a weekday ends it).
    const words = m[1]!.split(/\s+/u);
    let n = words.findIndex((w) => NOT_NAME_TOKENS.has(w.toLowerCase()));
    if (n < 0) n = words.length;
    if (n < 2) continue;
    const kept = new RegExp(String.raw`^\S+(?:\s+\S+){${n - 1}}`, 'u').exec(s.slice(at))!;
    // A comma or a stop after the last word ('student Ellen Clarke,') is no part of the name.
    const end = at + kept[0].replace(/[,;:!?]+$/u, '').length;
    if (people.some((p) => p.start - base < end && at < p.end - base)) continue;
    out.push({
      name: text.slice(base + at, base + end),
      start: base + at,
      end: base + end,
      role: 'candidate',
      why: `after '${s.slice(m.index, at).trim()}'`,
      descriptor: s.slice(m.index, at).trim(),
      sentence: sentence.index,
    });
  }
  return out;
}
