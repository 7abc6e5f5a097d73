// The freed handed to a side named by its country's adjective ('handed over to the Ukrainian
// side', 'передали украинской стороне', 'przekazano stronie ukraińskiej', 'entregados a la parte
// colombiana'): the side's country is the goal, in a sentence with a verb of handing over.
import type { DestinationFound } from './goal-shapes.ts';
import { adjectiveCode } from './goal-soil.ts';

// Nouns of a side in a handover, in the languages served (the dative or accusative included).
const SIDE =
  'side|сторон[еіуа]|старан[еыу]|бок[уа]|stronie|stron[aęy]|stran[aeiu]|parte|partie|lado|côté|Seite|kant|tarafına|tarafa';
// Verbs of handing over, to which a side is the receiver.
const HANDED =
  /(?<![\p{L}])(?:hand(?:ed|s|ing)|передал\p{L}*|передан\p{L}*|перадал\p{L}*|перададзен\p{L}*|przekaza\p{L}*|przekazan\p{L}*|preda\p{L}*|преда\p{L}*|izročen\p{L}*|entreg\p{L}*|remis\p{L}*|remi[st]|consegnat\p{L}*|übergeben|übergab\p{L}*|überstellt|overgedragen|teslim)/iu;
// A side named where someone stands, not whom they were handed to ('на российской стороне').
const ON_SIDE = /(?:^|\s)(?:on|на|po|по|from|с|з|z|od|de|du|von)\s+(?:the\s+)?$/iu;
const SIDE_NOUN = new RegExp(String.raw`(?<![\p{L}])(?:${SIDE})(?![\p{L}])`, 'giu');
const WORD_BEFORE = /(\p{L}+)\s+$/u;
const WORD_AFTER = /^\s+(\p{L}+)/u;
const SIDE_HINT = /side|сторон|старан|stron|stran|parte|partie|lado|côté|seite|kant|taraf/iu;

// Romance adjectives agree with the feminine noun of a side ('la parte ucraniana', 'la partie
// ukrainienne'): the masculine forms the place lists hold.
const FEMININE: [RegExp, string][] = [
  [/ienne$/u, 'ien'],
  [/enne$/u, 'en'],
  [/ana$/u, 'ano'],
  [/ina$/u, 'ino'],
  [/a$/u, 'o'],
  [/e$/u, ''],
];

function sideCode(word: string): string | null {
  const code = adjectiveCode(word);
  if (code) return code;
  for (const [end, to] of FEMININE) if (end.test(word)) return adjectiveCode(word.replace(end, to));
  return null;
}

export function sideGoal(s: string, releaser: string | null, out: DestinationFound[]): void {
  if (!SIDE_HINT.test(s) || !HANDED.test(s)) return;
  SIDE_NOUN.lastIndex = 0;
  for (let m = SIDE_NOUN.exec(s); m; m = SIDE_NOUN.exec(s)) {
    const end = m.index + m[0].length;
    const head = s.slice(Math.max(0, m.index - 40), m.index);
    const before = WORD_BEFORE.exec(head);
    const after = WORD_AFTER.exec(s.slice(end, end + 40));
    // The adjective before the noun ('украинской стороне'), else after it ('la parte colombiana').
    const beforeCode = before ? sideCode(before[1]!) : null;
    const code = beforeCode ?? (after ? sideCode(after[1]!) : null);
    if (!code || code === releaser || out.some((d) => d.country === code)) continue;
    const opens = beforeCode ? m.index - before![0].length : m.index;
    if (ON_SIDE.test(s.slice(Math.max(0, opens - 12), opens))) continue;
    out.push({ country: code, start: opens, end: beforeCode ? end : end + after![0].length });
  }
}
