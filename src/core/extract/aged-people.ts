// A name told with the person's age in brackets right after it ('রফিকুল আলম খান (৫০)'): the
// Bangladeshi press, like much of the Arabic-script press, writes an arrested or accused person
// so, and no lead word need stand before. The name is read backwards from the bracket, over the
// name words of caseless-people.ts; a word with a case ending ('গ্রামের', of the village) or a
// stop word ends it. Two or three words; where more name words run on before them, three only
// when the first is a given name of the lists, else two.
import { adjacent, words } from './caseless-words.ts';
import type { PersonMention } from './people.ts';
import type { Sentence } from './text.ts';

/** Two digits (Bengali, Arabic-Indic, Persian or ASCII) in brackets: an age, not a year. */
const AGE = /^[ \u00a0]*\([ \u00a0]*[0-9\u09e6-\u09ef\u0660-\u0669\u06f0-\u06f9]{2}[ \u00a0]*\)/u;
const MAX_NAME = 3;

export function agedPeople(
  text: string,
  sentence: Sentence,
  isNameWord: (w: string, first: boolean) => boolean,
  isGiven: (w: string) => boolean,
  found: readonly PersonMention[],
): PersonMention[] {
  const s = sentence.text;
  if (!s.includes('(')) return [];
  const ws = words(s);
  const out: PersonMention[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (!AGE.test(s.slice(ws[i]!.end))) continue;
    let n = 0;
    // One word past the longest name: a run that goes on has no clear first word.
    while (n <= MAX_NAME && i - n >= 0) {
      const w = ws[i - n]!;
      if (n > 0 && !adjacent(s, w, ws[i - n + 1]!)) break;
      if (!isNameWord(w.text, false) || (n > 0 && caseMarked(w.text))) break;
      n++;
    }
    if (n > MAX_NAME) n = isGiven(ws[i - 2]!.text) ? MAX_NAME : 2;
    if (n < 2) continue;
    const start = sentence.start + ws[i - n + 1]!.start;
    const end = sentence.start + ws[i]!.end;
    // A lead word's reading of the same name stays (it knows who the person is to the story).
    if (found.some((p) => p.start < end && start < p.end)) continue;
    out.push({
      name: text.slice(start, end),
      start,
      end,
      role: 'candidate',
      why: 'age after name',
      descriptor: null,
      sentence: sentence.index,
    });
  }
  return out;
}

/** A genitive or object ending ('গ্রামের', 'ছেলেকে'): the word qualifies the next, no name. */
function caseMarked(w: string): boolean {
  return /(?:ের|কে)$/u.test(w) && w.length >= 5;
}
