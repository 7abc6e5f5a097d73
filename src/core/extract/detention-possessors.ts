// A name that owns the noun before it is not held in the sentence: 'a supporter of X', 'the
// wife of X', 'colaborador de X', 'волонтёра штаба X', 'dwóch zwolenników X'. The one held is
// the noun's person, named elsewhere or not at all. Slavic languages mark the owner by the
// genitive alone, so their entries are only nouns a person's name cannot stand in apposition
// with (organisations, plurals: 'штаба', 'сторонников'); 'соратник Иван Жданов' is Zhdanov.
// Words: each language's possessorNouns list. See detention-bystanders.ts (heldOnly).

import { bareSource, type Lexicon, perLexicon, wordsOf } from './lexicons/index.ts';
import type { PersonMention } from './people.ts';
import type { Sentence } from './text.ts';

// Words that join names in a list: 'supporters of X and Y' is not read past them.
const JOIN = String.raw`(?:and|or|y|e|et|und|oder|i|oraz|и|или|і|та|або|ці)(?![\p{L}])`;

const rules = perLexicon((lx: Lexicon) => {
  const words = wordsOf(lx, 'possessorNouns');
  const src = bareSource([...words, ...words.map((w) => w.replace(/'/gu, '’'))]);
  if (!src) return null;
  // Up to three lower-case words between an 'of' and the name ('supporters of the jailed
  // opposition leader X'); a noun marking its owner by case alone must touch the name.
  return new RegExp(
    String.raw`(?<![\p{L}])(${src})(?:(?<=['’])|(?![\p{L}]))((?:\s+(?!${JOIN})\p{Ll}[\p{L}'’-]*){0,3})\s*$`,
    'iu',
  );
});

/**
 * Whether `p`, named in `s`, is the owner of a possessor noun right before the name. With
 * `byCase` false, only nouns with a word of relation ('supporters of') count: a Slavic genitive
 * may be a title's ('глава штаба Мария X' is the head of the staff herself).
 */
export function possessor(p: PersonMention, s: Sentence, lx: Lexicon, byCase = true): boolean {
  const re = rules(lx);
  const at = p.start - s.start;
  if (!re || at <= 0 || at > s.text.length) return false;
  const m = re.exec(s.text.slice(Math.max(0, at - 80), at));
  if (!m) return false;
  // A noun with no word of relation after it ('штаба', 'zwolenników') owns only a name touching it.
  const related = /[\s'’]/u.test(m[1]!.trim());
  return related || (byCase && m[2] === '');
}
