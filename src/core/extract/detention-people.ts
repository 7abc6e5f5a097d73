// Who an event of a sentence is about: its candidates, the people of a list, a person carried
// from the sentences before, the names listed under a recognition's introduction, and which of
// the sentence's cues are each person's. See detentions.ts.
import type { SentenceFacts } from './analyse.ts';
import { heldOnly } from './detention-bystanders.ts';
import { type Cue, type DetentionRules, findCues } from './detention-rules.ts';
import type { Lexicon } from './lexicons/index.ts';
import { listAround } from './name-list.ts';
import type { PersonMention } from './people.ts';
import { personKey } from './released-people.ts';
import type { Sentence } from './text.ts';

/** A sentence without a name may speak of the person named this many sentences before. */
const CARRY_SENTENCES = 2;

/**
 * The people of a sentence who may be held: its candidates, and those made officials by a title
 * they no longer hold ('Former President Win Myint was also jailed', 'бывший министр X').
 */
export const candidates = (people: PersonMention[], text = '') =>
  people.filter(
    (p) =>
      p.role === 'candidate' ||
      (p.role === 'actor' &&
        TITLED.test(p.why) &&
        FORMER.test(text.slice(Math.max(0, p.start - 48), p.start))),
  );

// Why people.ts made a person an official: a title or a role before the name.
const TITLED = /^(?:title|role before name)/u;
// 'former', 'ex-', 'ancien', 'бывший' before the title and the name (up to three words between).
const FORMER =
  /(?<![\p{L}])(?:former|ex|onetime|ancien(?:ne)?|antigu[oa]|ehemalig\p{L}*|früher\p{L}*|бывш\p{L}*|экс|колишн\p{L}*|былы\p{L}*|były|była|byłego|byłej|eski|buvęs|buvusi|volt|bivš\p{L}*|nekdanj\p{L}*|fost\p{L}*|keçmiş)(?:[\s-]+[\p{L}.'’-]+){1,4}\s+$/iu;

/** One cue of each kind: 'detained ... and detained again' is one arrest of each person. */
export function firstOfEachKind(cues: Cue[]): Cue[] {
  return cues.filter((c, i) => cues.findIndex((x) => x.kind === c.kind) === i);
}

/**
 * The events of one person of a sentence naming several: the event words between the names
 * before and after theirs ('A was sentenced to ten years, B, arrested in May, ...'), else the
 * nearest ('A, B and C were sentenced'). A person carried from an earlier sentence, or named
 * alone, takes every event of the sentence.
 */
export function cuesOf(p: PersonMention, all: PersonMention[], cues: Cue[], s: Sentence): Cue[] {
  return withoutCharge(ownCues(p, all, cues, s));
}

/**
 * 'Sentenced on charges of ...', 'arrested on charges of ...': the charge is the verdict's or the
 * arrest's (its articles go with that item), not an event of its own. So is a recognition's
 * ('added the defendants of the X case to its list'): the case is why they are held.
 */
function withoutCharge(cues: Cue[]): Cue[] {
  const held = cues.some(
    (c) =>
      c.kind === 'sentence' ||
      c.kind === 'extension' ||
      c.kind === 'arrest' ||
      c.kind === 'recognition',
  );
  return held ? cues.filter((c) => c.kind !== 'charge') : cues;
}

function ownCues(p: PersonMention, all: PersonMention[], cues: Cue[], s: Sentence): Cue[] {
  if (all.length < 2 || p.start < s.start || p.start >= s.end) return cues;
  // Names of one list share its events: the words around the list, not between its names.
  const [first, last] = listAround(all, all.indexOf(p), s);
  const from = first > 0 ? all[first - 1]!.end - s.start : 0;
  const to = last < all.length - 1 ? all[last + 1]!.start - s.start : s.text.length;
  const own = cues.filter((c) => c.start >= from && c.end <= to);
  if (own.length > 0) return own;
  const mid = p.start - s.start;
  return [cues.reduce((a, b) => (Math.abs(b.start - mid) < Math.abs(a.start - mid) ? b : a))];
}

/**
 * 'He was sentenced to five years': the person named in one of the sentences just before, in
 * the same paragraph, when that sentence names one person only; 'They got nine and seven years,
 * respectively': all of them, when it names as many people as this sentence gives terms, or
 * names them in one list ('A and B went to the square. Soldiers detained them').
 */
export function carried(
  facts: readonly SentenceFacts[],
  i: number,
  text: string,
  lx: Lexicon,
  terms = 0,
): PersonMention[] {
  const here = facts[i]!.sentence;
  for (let j = i - 1; j >= 0 && j >= i - CARRY_SENTENCES; j--) {
    const prev = facts[j]!;
    if (text.slice(prev.sentence.end, here.start).includes('\n\n')) return [];
    // Who spoke or was referred to there is not whom 'he' or 'they' stand for here.
    const people = heldOnly(candidates(prev.people, text), prev.sentence, [], lx);
    if (people.length === 0) continue;
    const keys = new Set(people.map((p) => personKey(p.name)));
    if (keys.size === 1) return [people[0]!];
    if (keys.size !== people.length) return [];
    // 'A y B acudieron a la plaza. ... los detuvo': the one list a sentence names is 'they'.
    const [first, last] = listAround(people, 0, prev.sentence);
    return people.length === terms || (first === 0 && last === people.length - 1) ? people : [];
  }
  return [];
}

// A list item or a line that is only a name ('- Ihar Losik', '3) Maria Ivanova, journalist').
const LIST_LINE = /^\s*(?:[-–—•*·▪]|\d{1,3}[.)])\s+\S/u;
const MAX_LISTED = 200;

/** The people of the lines under a recognition list's introduction, up to the next event. */
export function listedAfter(
  facts: readonly SentenceFacts[],
  i: number,
  rules: DetentionRules,
): PersonMention[] {
  const out: PersonMention[] = [];
  for (let j = i + 1; j < facts.length && j <= i + MAX_LISTED; j++) {
    const f = facts[j]!;
    const people = candidates(f.people);
    const cue = findCues(f.sentence.text, rules).length > 0;
    if (cue || people.length === 0) break;
    if (!LIST_LINE.test(f.sentence.text) && people.length < 2) {
      // A plain sentence with one name is no longer the list.
      if (j > i + 1) break;
    }
    out.push(...people);
  }
  return out;
}
