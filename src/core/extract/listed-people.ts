// A list of names names everyone in it. The name rules read a name by its given name or its
// surname's shape, so a list of twenty ('Сяргей Альшэўскі, ..., Арцём Глеб, Дзяніс Есіс, ...')
// loses the few whose names they do not know. When most items of a comma list are names read,
// the items that are only two to four capitalised words are names too.
import type { PersonMention } from './people.ts';
import type { Sentence } from './text.ts';

/** Items of a list: commas, semicolons and 'and' in the languages of the reports. */
const SEPARATOR =
  /\s*(?:[,;،]|\s(?:and|и|і|й|та|y|e|i|ir|és|in|et|und|ve|a|oraz|ja|och|og|en)\s)\s*/u;
const NAME_ITEM = /^\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,3}$/u;
/** Names read before the rule trusts the list. */
const MIN_READ = 3;
/** Share of the list's items that must be names read. */
const MIN_SHARE = 0.6;

interface Item {
  start: number;
  end: number;
  text: string;
}

function items(s: string, from: number, to: number): Item[] {
  const out: Item[] = [];
  const re = new RegExp(SEPARATOR.source, 'gu');
  let at = from;
  const push = (end: number) => {
    const raw = s.slice(at, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim().replace(/[.:!?»"”)]+$/u, '');
    if (text) out.push({ start: at + lead, end: at + lead + text.length, text });
  };
  re.lastIndex = from;
  for (let m = re.exec(s); m && m.index < to; m = re.exec(s)) {
    push(m.index);
    at = m.index + m[0].length;
  }
  push(to);
  return out;
}

/** Names of a list that the name rules missed, as candidates. */
export function listedPeople(text: string, sentence: Sentence, people: PersonMention[]) {
  const named = people.filter((p) => p.role === 'candidate');
  if (named.length < MIN_READ) return [];
  const s = sentence.text;
  const base = sentence.start;
  const colon = s.lastIndexOf(':', named[0]!.start - base);
  const list = items(s, colon >= 0 ? colon + 1 : named[0]!.start - base, s.length);
  const isRead = (i: Item) => people.some((p) => p.start - base < i.end && i.start < p.end - base);
  const read = list.filter(isRead).length;
  if (read < MIN_READ || read / list.length < MIN_SHARE) return [];
  const out: PersonMention[] = [];
  for (const i of list) {
    if (isRead(i) || !NAME_ITEM.test(i.text)) continue;
    out.push({
      name: text.slice(base + i.start, base + i.end),
      start: base + i.start,
      end: base + i.end,
      role: 'candidate',
      why: 'item of a list of names',
      descriptor: null,
      sentence: sentence.index,
    });
  }
  return out;
}
