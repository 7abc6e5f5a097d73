// 'ماموران امنیتی، پرستو معینی را بازداشت کردند': Persian marks the object of a verb with 'را'
// after it, so the words right before 'را', set off from the subject by a comma, are the one
// the verb acts on: the person arrested, sentenced or freed, whether or not the given-name
// table knows them. Only after a comma or at the sentence's start: elsewhere the words before
// 'را' run on from the subject ('ماموران پرستو ...') and no boundary says where a name starts.
import type { Word } from './caseless-words.ts';

/** Nothing but quotes before the sentence's first word; a comma of either script before another. */
const OPENING = /^[\s«"“]*$/u;
const COMMA = /[،,]\s*$/u;

/**
 * Starts and lengths (two or three words) of the names right before each 'را'; `nameAt(i)`
 * gives how many words from i make a name (the caseless reader's rule, which stops at 'را').
 */
export function objectsBeforeRa(
  s: string,
  ws: readonly Word[],
  nameAt: (i: number) => number,
): { at: number; length: number }[] {
  const out: { at: number; length: number }[] = [];
  for (let k = 2; k < ws.length; k++) {
    if (ws[k]!.text !== 'را') continue;
    for (const at of [k - 3, k - 2]) {
      if (at < 0) continue;
      const opens =
        at === 0
          ? OPENING.test(s.slice(0, ws[0]!.start))
          : COMMA.test(s.slice(ws[at - 1]!.end, ws[at]!.start));
      if (!opens) continue;
      if (nameAt(at) !== k - at) continue;
      out.push({ at, length: k - at });
      break;
    }
  }
  return out;
}
