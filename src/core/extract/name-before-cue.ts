// The name or state right before a mediator cue that follows its object, as Hungarian,
// Armenian and Bengali put it ('Katar közvetítésével', 'Կատարի միջնորդությամբ', 'কাতারের
// মধ্যস্থতায়'): up to three capitalised words, or in a script without capitals one word
// that names a state, its case ending and all.
import { placeCode } from './places.ts';

export interface NameBefore {
  name: string;
  start: number;
  end: number;
}

const WORD_BEFORE = /([\p{L}\p{M}][\p{L}\p{M}'’.-]*)\s+$/u;
const CAPITAL = /^\p{Lu}/u;
// Georgian letters are lowercase to Unicode, but the script writes no capitals: caseless here.
const CASED = /(?!\p{sc=Georgian})[\p{Lu}\p{Ll}]/u;

/** A state's name with a case ending of up to three letters ('Կատարի', 'কাতারের'). */
function namesState(word: string): boolean {
  return stateStem(word) !== null;
}

/** The state's name in a word that may carry a case ending of up to three letters. */
function stateStem(word: string): string | null {
  const letters = [...word];
  for (let cut = 0; cut <= 3 && cut < letters.length - 1; cut++) {
    const stem = letters.slice(0, letters.length - cut).join('');
    if (placeCode(stem) !== null) return stem;
  }
  return null;
}

/** The cue's nearest word without its case ending, when that ending is all it adds to a state. */
function lastWord(word: string): string {
  const bare = word.replace(/['’]\p{Ll}{1,5}$/u, '');
  if (bare !== word || placeCode(word) !== null) return bare;
  return stateStem(word) ?? word;
}

/** The word at `at` opens the sentence. */
function start0(s: string, at: number): boolean {
  return /^[\s"“«(]*$/u.test(s.slice(0, at));
}

/** The words that end right before `end` and name who the cue after them speaks of. */
export function nameBefore(s: string, end: number): NameBefore | null {
  const words: { text: string; start: number }[] = [];
  let at = end;
  for (let n = 0; n < 3; n++) {
    const m = WORD_BEFORE.exec(s.slice(Math.max(0, at - 60), at));
    if (!m) break;
    const word = m[1]!;
    const start = at - m[0].length;
    // Caseless scripts: a state's name only, one word (a person's name cannot be told there).
    if (!CASED.test(word)) {
      if (n === 0 && namesState(word)) return { name: word, start, end: start + word.length };
      break;
    }
    if (!CAPITAL.test(word)) break;
    // A Turkish case ending after an apostrophe is no part of the name ('Katar'ın', 'MİT'in'),
    // nor an Azerbaijani one written without it ('Qətərin vasitəçiliyi ilə').
    words.unshift({ text: n === 0 ? lastWord(word) : word, start });
    at = start;
  }
  if (words.length === 0) return null;
  // A sentence's first word is capitalised too: a run that is only that word and a state keeps
  // the state ('Tegnap Katar közvetítésével' would read 'Tegnap Katar').
  while (words.length > 1 && !namesState(words[0]!.text) && namesState(words.at(-1)!.text))
    words.shift();
  // The same for an agency's acronym ('Takas MİT'in koordinasyonunda').
  if (words.length === 2 && start0(s, words[0]!.start) && /^\p{Lu}{2,}$/u.test(words[1]!.text))
    words.shift();
  const first = words[0]!;
  const last = words.at(-1)!;
  return {
    name: words.map((w) => w.text).join(' '),
    start: first.start,
    end: last.start + last.text.length,
  };
}
