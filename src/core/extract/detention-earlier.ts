// An event told as the past of the story: a 'previously' word before its verb in the clause
// ('X had previously been sentenced', 'Nurlan daha əvvəl həbs edilib', 'Ранее суд приговорил X',
// 'Ранее задержанного X суд приговорил': the arrest, not the verdict). The word scopes over the
// first event word after it only, so the report's own event later in the sentence stays main.
// Not 'as previously reported', 'как ранее сообщалось': the word tells when it was said.
// Words: each language's reminderWords; see detention-items.ts.

import type { Cue, DetentionRules } from './detention-rules.ts';
import { bareSource, type Lexicon, perLexicon, wordsOf } from './lexicons/index.ts';

const rules = perLexicon((lx: Lexicon) => {
  const src = bareSource(wordsOf(lx, 'reminderWords'));
  const speech = bareSource(wordsOf(lx, 'speechVerbs'));
  return src
    ? {
        word: new RegExp(String.raw`(?<![\p{L}])(?:${src})(?![\p{L}])`, 'giu'),
        speech: speech ? new RegExp(String.raw`^[\s,]*(?:${speech})`, 'iu') : null,
      }
    : null;
});

// Words between the 'previously' word and the event word it dates, at most ('Auparavant, Jean
// Dupont avait été condamné', 'Daha önce Mehmet Demir 3 yıl hapis cezasına').
const MAX_WORDS = 5;

// Between two verbs of one subject: a comma or 'and', a few lower-case words, no name.
const JOINED =
  /^(?=[^\p{Lu}.;:!?]*$)(?=.*(?:,|(?<![\p{L}])(?:and|и|і|та|й|və|ve|y|e|et|und|i|oraz|a|ва|و)(?![\p{L}])))(?:[\s,]*[\p{Ll}\d'’-]+){0,5}[\s,]*$/su;

// 'as previously reported', 'como se informó anteriormente', 'как ранее сообщалось'.
const AS =
  /(?<![\p{L}])(?:as|like|como|comme|come|wie|как|як|jak|kako|tal como)(?:\s+[\p{L}]+){0,2}\s+$/iu;

/** Whether `cue` of sentence text `s` (whose event words are `cues`) is told as the past. */
export function toldEarlier(s: string, cue: Cue, cues: readonly Cue[], lx: Lexicon): boolean {
  const r = rules(lx);
  if (!r) return false;
  let from = -1;
  r.word.lastIndex = 0;
  for (let m = r.word.exec(s); m && m.index < cue.start; m = r.word.exec(s)) {
    const end = m.index + m[0].length;
    if (end > cue.start) break;
    const before = s.slice(Math.max(0, m.index - 30), m.index);
    if (AS.test(before) || r.speech?.test(s.slice(end))) continue;
    from = end;
  }
  if (from < 0) return false;
  // 'ликвидированного ранее Совета ... получили': far from the verb, the word is another's.
  const first = cues.find((c) => c.start >= from) ?? cue;
  const words = s.slice(from, first.start).match(/[\p{L}\d]+/gu)?.length ?? 0;
  if (words > MAX_WORDS) return false;
  // 'X daha əvvəl saxlanılıb, ... məhkum edilib', 'was previously detained and charged': the
  // word dates verbs joined to the first, not a clause with its own subject after it.
  let at = from;
  for (const c of cues) {
    if (c === cue || c.start < from || c.end > cue.start) continue;
    if (at > from && !JOINED.test(s.slice(at, c.start))) return false;
    at = c.end;
  }
  return at === from || JOINED.test(s.slice(at, cue.start));
}

/**
 * 'Напомним, ...', 'Previously, ...': a sentence opening with a reminder tells the story's past
 * throughout; not when the word only dates the participle right after it ('Ранее задержанного X
 * суд приговорил', 'Previously detained X was sentenced'), which toldEarlier reads.
 */
export function opensWithReminder(s: string, cues: readonly Cue[], rules: DetentionRules): boolean {
  const m = rules.reminder?.exec(s);
  if (!m) return false;
  const next = cues.find((c) => c.start >= m.index + m[0].length);
  return !next || /[^\s]/u.test(s.slice(m.index + m[0].length, next.start));
}
