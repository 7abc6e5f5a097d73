// Lists of names in Arabic and Persian script. caseless-people.ts reads a name after a word that
// introduces a person; the names after it in a list ('كل من أحمد سعيد، ومحمد علي، وعمر
// حسن') have no such word, only the list's comma (، or ,) and the conjunction و, which Arabic
// writes onto the next word. Persian reports often quote each name instead: “شیما بابایی”،
// “داریوش آبدار” و “نادر افشاری”. Both are read here, and only as lists: an item must be two or
// three name words and stand between list separators, so a clause after a comma is not a name.

import { candidateMention } from './candidate-mention.ts';
import { caselessRules, fold, nameLength, type Rules } from './caseless-people.ts';
import { type Word, words } from './caseless-words.ts';
import type { Lexicon } from './lexicons/index.ts';
import type { PersonMention } from './people.ts';
import { allMatches } from './regex-all.ts';
import type { Sentence } from './text.ts';

const COMMA = /^[ \u00a0]*[،,][ \u00a0]*$/u;
const SPACE = /^[ \u00a0]+$/u;
/** What may follow a list's item: another separator, or the end of the clause. */
const ITEM_END = /^[ \u00a0]*(?:[،,.:؛;)»"”]|$)/u;
const QUOTED = /[“«"]([\u0600-\u06ff\u200c ]{3,60})[”»"]/gu;
const QUOTE_SEPARATOR = /^[ \u00a0]*(?:[،,]|و)?[ \u00a0]*$/u;
/** Quoted items in a row before they are taken for a list of names. */
const MIN_QUOTED = 3;

interface Item {
  start: number;
  end: number;
}

/** The word after a list separator with its attached conjunction cut off ('ومحمود' -> 'محمود'). */
function afterConjunction(w: Word): Word | null {
  if (!fold(w.text).startsWith('و') || w.text.length < 4) return null;
  return { text: w.text.slice(1), start: w.start + 1, end: w.end };
}

/**
 * The next item of a list whose previous item ended at word k - 1, or null. The item after 'و'
 * may be the list's last: then a function word may follow it ('وهاني الصاوي من منازلهم').
 */
function nextItem(s: string, ws: Word[], k: number, r: Rules): Item | null {
  const w = ws[k];
  if (!w) return null;
  const sep = s.slice(ws[k - 1]!.end, w.start);
  let at: Word[] | null = null;
  let last = false;
  if (fold(w.text) === 'و' && (SPACE.test(sep) || COMMA.test(sep)) && ws[k + 1]) {
    at = ws.slice(k + 1);
    last = true;
  } else if (COMMA.test(sep)) {
    const cut = afterConjunction(w);
    at = cut ? [cut, ...ws.slice(k + 1)] : ws.slice(k);
    last = cut !== null;
  } else if (SPACE.test(sep)) {
    // 'توفيق بوعشرين وسليمان الريسوني وعمر الراضي': no comma, each name joined by its و.
    const cut = afterConjunction(w);
    if (cut) {
      at = [cut, ...ws.slice(k + 1)];
      last = true;
    }
  }
  if (!at) return null;
  const n = nameLength(s, at, 0, r);
  if (n === 0) return null;
  const after = at[n];
  const ends =
    ITEM_END.test(s.slice(at[n - 1]!.end)) ||
    (last && after !== undefined && r.stops.has(fold(after.text))) ||
    (after !== undefined &&
      SPACE.test(s.slice(at[n - 1]!.end, after.start)) &&
      afterConjunction(after) !== null &&
      !r.stops.has(fold(after.text)));
  return ends ? { start: at[0]!.start, end: at[n - 1]!.end } : null;
}

/** Items that follow a name already read, as long as the list goes on. */
function continued(s: string, ws: Word[], from: Item, r: Rules): Item[] {
  const out: Item[] = [];
  let k = ws.findIndex((w) => w.start >= from.end);
  while (k > 0) {
    const item = nextItem(s, ws, k, r);
    if (!item) break;
    out.push(item);
    k = ws.findIndex((w) => w.start >= item.end);
  }
  return out;
}

/** Three or more quoted names in a row, separated by commas or و. */
function quotedList(s: string): Item[] {
  const found = allMatches(QUOTED, s).map((m) => ({
    start: m.index + 1,
    end: m.index + m[0].length - 1,
    words: m[1]!.trim().split(/\s+/u).length,
  }));
  let run: typeof found = [];
  let best: typeof found = [];
  for (const q of found) {
    const joined =
      run.length > 0 && QUOTE_SEPARATOR.test(s.slice(run.at(-1)!.end + 1, q.start - 1));
    run = joined ? [...run, q] : [q];
    if (run.length > best.length) best = run;
  }
  if (best.length < MIN_QUOTED) return [];
  return best.filter((q) => q.words >= 2 && q.words <= 3);
}

function asMention(
  text: string,
  sentence: Sentence,
  s: string,
  i: Item,
  why: string,
): PersonMention {
  const raw = s.slice(i.start, i.end);
  const start = sentence.start + i.start + (raw.length - raw.trimStart().length);
  const end = sentence.start + i.start + raw.trimEnd().length;
  return candidateMention(text, sentence, start, end, why);
}

/** Names of lists in the sentence that the lead-word rule did not read. */
export function findCaselessLists(
  text: string,
  sentence: Sentence,
  lx: Lexicon,
  people: readonly PersonMention[],
): PersonMention[] {
  const s = sentence.text;
  const r = caselessRules(lx);
  const ws = words(s);
  const base = sentence.start;
  const taken = (i: Item) => people.some((p) => p.start - base < i.end && i.start < p.end - base);
  const items: Item[] = quotedList(s);
  for (const p of people)
    if (p.role === 'candidate' && p.end <= sentence.end)
      items.push(...continued(s, ws, { start: p.start - base, end: p.end - base }, r));
  const out = new Map<number, PersonMention>();
  for (const i of items)
    if (!taken(i) && !out.has(i.start))
      out.set(i.start, asMention(text, sentence, s, i, 'item of a list of names'));
  return [...out.values()];
}
