// A list of names names everyone in it. The name rules read a name by its given name or its
// surname's shape, so a list of twenty ('Сяргей Альшэўскі, ..., Арцём Глеб, Дзяніс Есіс, ...')
// loses the few whose names they do not know. When most items of a comma list are names read,
// the items that are only two to four capitalised words are names too.

import { candidateMention } from './candidate-mention.ts';
import { organisationName } from './organisations.ts';
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
    out.push(
      candidateMention(text, sentence, base + i.start, base + i.end, 'item of a list of names'),
    );
  }
  return out;
}

/** Separators of a chain of names: as SEPARATOR but not 'a' (Spanish 'to', Czech 'and'). */
const CHAIN_SEPARATOR =
  /\s*(?:[,;،]|\s(?:and|и|і|й|та|y|e|i|ir|és|in|et|und|ve|və|oraz|ja|och|og|en)\s)\s*/gu;
const AND = '(?:and|и|і|й|та|y|e|i|ir|és|in|et|und|ve|və|oraz|ja|och|og|en)';
const SEP_AFTER = new RegExp(String.raw`^(?:\s*\([^)]{0,60}\))?(?:\s*[,;،]|\s+${AND}\s)`, 'u');
const SEP_BEFORE = new RegExp(String.raw`(?:[,;،]\s*|\s${AND}\s+)$`, 'u');
const CAPS = String.raw`\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,3}`;
/** A whole item ('Leudys Reyes Cuza (FACOZT)'), the head of the last ('Yudielka Flores han ...'), the tail of the first ('a 15 años a Ana Ruiz'). */
const WHOLE = new RegExp(String.raw`^(${CAPS})(?:\s*\([^)]*\))?$`, 'u');
const HEAD = new RegExp(String.raw`^(${CAPS})(?=\s+(?:\p{Ll}|\()|\s*[.:;!?»"”)]*$)`, 'u');
const TAIL = new RegExp(
  String.raw`(?:^|\s\p{Ll}[\p{L}\p{M}'’-]*\s+)(${CAPS})(?:\s*\([^)]*\))?$`,
  'u',
);

/**
 * 'a 15 años a Ana Ruiz, Luis Soto y Pedro Soto': a list of three or more items
 * (two when joined by 'and') with a name read in it names everyone in it, though the name rules
 * know none of the others' given names. Items are whole capitalised runs of two to four words;
 * the first may end a clause, the last may open one.
 */
export function chainedPeople(text: string, sentence: Sentence, people: PersonMention[]) {
  const s = sentence.text;
  const base = sentence.start;
  // Cheap first: a chain needs a name read with a separator right before or after it.
  const joined = people.some((p) => {
    if (p.role !== 'candidate') return false;
    const [from, to] = [p.start - base, p.end - base];
    return (
      SEP_AFTER.test(s.slice(to, to + 72)) || SEP_BEFORE.test(s.slice(Math.max(0, from - 8), from))
    );
  });
  if (!joined) return [];
  const seps: { start: number; end: number; and: boolean }[] = [];
  CHAIN_SEPARATOR.lastIndex = 0;
  for (let m = CHAIN_SEPARATOR.exec(s); m; m = CHAIN_SEPARATOR.exec(s))
    seps.push({ start: m.index, end: m.index + m[0].length, and: !/[,;،]/u.test(m[0]) });
  if (seps.length === 0) return [];
  const bounds = [0, ...seps.map((x) => x.end)];
  const ends = [...seps.map((x) => x.start), s.length];
  const read = (from: number, to: number) =>
    people.find((p) => p.start - base < to && from < p.end - base);
  const n = bounds.length;
  // Each item as a name span: whole, or only as a chain's first (tail) or last (head) item.
  const part = (k: number, re: RegExp): Item | null => {
    const raw = s.slice(bounds[k], ends[k]);
    const m = re.exec(raw.trim());
    if (!m) return null;
    const lead = raw.length - raw.trimStart().length;
    const at = bounds[k]! + lead + m.index + m[0].indexOf(m[1]!);
    return { start: at, end: at + m[1]!.length, text: m[1]! };
  };
  // Chains grow from the items holding a name read, one neighbour at a time: most items of a
  // long sentence are never looked at.
  const out: PersonMention[] = [];
  const taken = new Set<number>();
  for (let a = 0; a < n; a++) {
    if (taken.has(a)) continue;
    const anchor = read(bounds[a]!, ends[a]!);
    if (anchor?.role !== 'candidate') continue;
    // The anchor's item is whole, or the tail of the chain's first item, or the head of its last.
    const whole = part(a, WHOLE);
    const tail = whole ? null : part(a, TAIL);
    const head = whole || tail ? null : part(a, HEAD);
    const self = whole ?? tail ?? head;
    if (!self) continue;
    const chain: [number, Item][] = [[a, self]];
    for (let k = a - 1, open = !tail; open && k >= 0; k--) {
      const w = part(k, WHOLE);
      const item = w ?? part(k, TAIL);
      if (!item) break;
      chain.unshift([k, item]);
      open = w !== null;
    }
    for (let k = a + 1, open = !head; open && k < n; k++) {
      const w = part(k, WHOLE);
      const item = w ?? part(k, HEAD);
      if (!item) break;
      chain.push([k, item]);
      open = w !== null;
    }
    for (const [k] of chain) taken.add(k);
    const first = chain[0]![0];
    const anded = seps.slice(first, first + chain.length - 1).some((x) => x.and);
    if (chain.length < 3 && !(chain.length === 2 && anded)) continue;
    for (const [, c] of chain) {
      // 'X, Y ve Rusya Federal Güvenlik Servisi subayı Z': an item may name a body, not a person.
      if (read(c.start, c.end) || organisationName(c.text)) continue;
      out.push(
        candidateMention(text, sentence, base + c.start, base + c.end, 'item of a chain of names'),
      );
    }
  }
  return out;
}
