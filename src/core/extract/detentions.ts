// Detentions of a report (issue 20): per person and status event (arrest, charge, sentence,
// transfer, recognition, extension) one item, and one per unnamed count ('30 detained').
// Runs over the sentences analyseSentence read: its people and the report's country are reused.
import type { SentenceFacts } from './analyse.ts';
import type {
  CountQualifier,
  DateWithPrecision,
  DetentionKind,
  Evidence,
  ExtractedDetention,
  NamedSpan,
} from './contract.ts';
import { peopleCountEnd } from './counts.ts';
import { daysBetween, type FoundDate, findDates } from './dates.ts';
import {
  type ArticleFound,
  type Cue,
  type DetentionRules,
  detentionRules,
  findArticles,
  findCourt,
  findCues,
  findListAdds,
  findPlace,
  findRecogniser,
  findTerms,
  type Span,
  speaksOfPrisoners,
  type TermFound,
} from './detention-rules.ts';
import type { Lexicon } from './lexicons/index.ts';
import { findQuantities } from './numbers.ts';
import type { PersonMention } from './people.ts';
import { personKey } from './released-people.ts';
import { knownSurnames, surnameMentions } from './surname-mentions.ts';
import { evidence, type Sentence } from './text.ts';

/** A freed person's undated arrest, charge or sentence is the story of their imprisonment. */
const HISTORY: ReadonlySet<DetentionKind> = new Set(['arrest', 'charge', 'sentence']);
/** Events dated more than this many days before the report's day are its background. */
const RECENT_DAYS = 31;
/** A sentence without a name may speak of the person named this many sentences before. */
const CARRY_SENTENCES = 2;

export interface DetentionInput {
  facts: readonly SentenceFacts[];
  text: string;
  /** The report's day (published, or its dateline), for relative dates and the role. */
  anchor: string | undefined;
  country: string | null;
  language: string;
  lx: Lexicon;
  /** personKey of everyone the report's releases free: their undated events are history. */
  released: ReadonlySet<string>;
}

interface SentenceParts {
  f: SentenceFacts;
  cues: Cue[];
  dates: FoundDate[];
  terms: TermFound[];
  articles: ArticleFound[];
  court: NamedSpan | null;
  recogniser: NamedSpan | null;
}

export function findDetentions(input: DetentionInput): ExtractedDetention[] {
  const rules = detentionRules(input.lx);
  if (!rules.hint || rules.kinds.length === 0) return [];
  const out: ExtractedDetention[] = [];
  let reportRecogniser: NamedSpan | null | undefined;
  // Who recognises political prisoners says whose they are ('Viasna': Belarus's) when no
  // place in the report does.
  let recognisedIn: string | null = null;
  const recogniserOf = () => {
    if (reportRecogniser === undefined) {
      const found = findRecogniser(input.text, rules);
      recognisedIn = found?.country ?? null;
      reportRecogniser = found ? named(input.text, found.start, found.end) : null;
    }
    return reportRecogniser;
  };
  const { facts } = input;
  let prisoners: boolean | undefined;
  const aboutPrisoners = () => {
    prisoners ??= speaksOfPrisoners(input.text, rules);
    return prisoners;
  };
  let sentencedAt = -1;
  // The verdicts of the last sentence that gave people no term, for a later sentence's term.
  let untermed: { at: number; items: ExtractedDetention[] } = { at: -Infinity, items: [] };
  let known: ReturnType<typeof knownSurnames> | undefined;
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    const hinted = rules.hint.test(f.sentence.text);
    let cues = hinted ? findCues(f.sentence.text, rules) : [];
    if (!f.release && aboutPrisoners())
      cues = withListAdds(cues, findListAdds(f.sentence.text, rules));
    if (cues.some((c) => c.kind === 'sentence')) sentencedAt = i;
    else if (cues.length === 0 && sentencedAt >= 0 && i - sentencedAt <= ELLIPTIC_REACH)
      cues = ellipticCues(f, facts[i - 1]!, i - sentencedAt, input, rules);
    if (cues.length === 0) continue;
    const parts = readParts(f, cues, input, rules, recogniserOf);
    known ??= knownSurnames(facts);
    const people = [...candidates(f.people), ...surnameMentions(f, known, i)].sort(
      (a, b) => a.start - b.start,
    );
    const counts = f.strong ? [] : aggregates(parts, input);
    const named =
      people.length > 0 ? people : counts.length > 0 ? [] : carried(facts, i, input.text);
    const kinds = firstOfEachKind(cues);
    if (named.length === 0 && counts.length === 0 && i - untermed.at <= ELLIPTIC_REACH)
      giveTerm(untermed.items, parts, input);
    const items = named.flatMap((p) =>
      cuesOf(p, named, kinds, f.sentence).map((cue) => personItem(parts, cue, p, named, input)),
    );
    const open = items.filter((d) => VERDICT.has(d.kind) && !d.sentence);
    if (open.length > 0) untermed = { at: i, items: open };
    out.push(...items);
    for (const c of counts) out.push(countItem(parts, c, input));
    // A recognition list: the names under an introduction ending in ':' share its event.
    const intro = cues.find((c) => c.kind === 'recognition');
    if (intro && /:\s*$/u.test(f.sentence.text)) {
      for (const p of listedAfter(facts, i, rules))
        out.push(personItem(parts, intro, p, [p], input));
    }
  }
  if (!input.country && out.length > 0) {
    recogniserOf();
    for (const d of out) d.country ??= recognisedIn;
  }
  return settle(out, input);
}

/** How many sentences after a verdict a sentence may continue it. */
const ELLIPTIC_REACH = 3;

/**
 * 'All four were sentenced. Stefanovich to nine years, Labkovich to seven.': a sentence with no
 * event word of its own that names people with terms continues the verdict told before it:
 * right after it in the same paragraph, or a few sentences on when its term names the prison
 * ('La más grave, de 20 años de prisión, ha sido para ...'). Its cue is its first term.
 */
function ellipticCues(
  f: SentenceFacts,
  prev: SentenceFacts,
  after: number,
  input: DetentionInput,
  rules: DetentionRules,
): Cue[] {
  if (f.people.length === 0 && !/\p{Lu}/u.test(f.sentence.text)) return [];
  const next =
    after === 1 && !input.text.slice(prev.sentence.end, f.sentence.start).includes('\n\n');
  const dates = findDates(f.sentence.text, input.anchor, input.lx);
  const [first] = findTerms(f.sentence.text, input.language, rules, input.lx, dates);
  if (!first || (!next && first.regime === null)) return [];
  return [{ kind: 'sentence', start: first.start, end: first.end }];
}

const VERDICT: ReadonlySet<DetentionKind> = new Set(['sentence', 'extension']);

/**
 * 'Their verdict was read out: A, B, C and D. The Crimean Tatars were sentenced to 13 years.':
 * a sentence that names no one and gives one term gives it to the people of a verdict just
 * before that had none.
 */
function giveTerm(items: ExtractedDetention[], parts: SentenceParts, input: DetentionInput) {
  const terms = parts.terms;
  const same = terms.every(
    (t) =>
      t.years === terms[0]!.years && t.months === terms[0]!.months && t.days === terms[0]!.days,
  );
  if (terms.length === 0 || !same) return;
  const { years, months, days, life, regime } = terms[0]!;
  const evidence = span(parts.f.sentence, input.text, terms[0]!);
  for (const d of items) d.sentence ??= { years, months, days, life, regime, evidence };
}

/** Cues of a sentence with its 'added to the list' cues that no other cue covers. */
function withListAdds(cues: Cue[], adds: Cue[]): Cue[] {
  const more = adds.filter((a) => !cues.some((c) => c.start < a.end && a.start < c.end));
  return more.length === 0 ? cues : [...cues, ...more].sort((a, b) => a.start - b.start);
}

function readParts(
  f: SentenceFacts,
  cues: Cue[],
  input: DetentionInput,
  rules: DetentionRules,
  recogniserOf: () => NamedSpan | null,
): SentenceParts {
  const s = f.sentence.text;
  const sentenced = cues.some((c) => c.kind === 'sentence' || c.kind === 'extension');
  const recognition = cues.some((c) => c.kind === 'recognition');
  const own = recognition ? findRecogniser(s, rules) : null;
  const dates = findDates(s, input.anchor, input.lx);
  return {
    f,
    cues,
    dates,
    terms: sentenced ? findTerms(s, input.language, rules, input.lx, dates) : [],
    articles: findArticles(s, rules),
    court: absolute(f.sentence, input.text, findCourt(s, rules)),
    recogniser: recognition ? (absolute(f.sentence, input.text, own) ?? recogniserOf()) : null,
  };
}

/** A name found in a sentence, with its evidence in the report; quote marks left out. */
function absolute(
  s: Sentence,
  text: string,
  found: { name: string; start: number; end: number } | null,
): NamedSpan | null {
  return found ? named(text, s.start + found.start, s.start + found.end) : null;
}

/** A name and its evidence; quote marks around it left out of the name ('«Вясна»'). */
function named(text: string, start: number, end: number): NamedSpan {
  const ev = evidence(text, start, end);
  return { name: unquoted(ev.quote), evidence: ev };
}

function unquoted(name: string): string {
  const inner = name.replace(/^[«"“„']+/u, '');
  // 'центр «Вясна»' keeps its closing mark: it opened inside the name.
  return inner === name && /[«"“„]/u.test(name) ? name : inner.replace(/[»"”“']+$/u, '');
}

const candidates = (people: PersonMention[]) => people.filter((p) => p.role === 'candidate');

/** One cue of each kind: 'detained ... and detained again' is one arrest of each person. */
function firstOfEachKind(cues: Cue[]): Cue[] {
  return cues.filter((c, i) => cues.findIndex((x) => x.kind === c.kind) === i);
}

/**
 * The events of one person of a sentence naming several: the event words between the names
 * before and after theirs ('A was sentenced to ten years, B, arrested in May, ...'), else the
 * nearest ('A, B and C were sentenced'). A person carried from an earlier sentence, or named
 * alone, takes every event of the sentence.
 */
function cuesOf(p: PersonMention, all: PersonMention[], cues: Cue[], s: Sentence): Cue[] {
  return withoutCharge(ownCues(p, all, cues, s));
}

/**
 * 'Sentenced on charges of ...', 'arrested on charges of ...': the charge is the verdict's or the
 * arrest's (its articles go with that item), not an event of its own.
 */
function withoutCharge(cues: Cue[]): Cue[] {
  const held = cues.some(
    (c) => c.kind === 'sentence' || c.kind === 'extension' || c.kind === 'arrest',
  );
  return held ? cues.filter((c) => c.kind !== 'charge') : cues;
}

// Between two names of one list: separators, quotes and 'and' only.
const IN_LIST = /^[\s,،;"“”«»]*(?:and|и|і|й|та|y|e|i|ir|és|in|et|und|ve|oraz|و)?[\s,،;"“”«»]*$/iu;

/** The first and last index of the list of names p is in (itself alone when in none). */
function listAround(all: PersonMention[], at: number, s: Sentence): [number, number] {
  const joined = (i: number) =>
    IN_LIST.test(s.text.slice(all[i]!.end - s.start, all[i + 1]!.start - s.start));
  let first = at;
  while (first > 0 && joined(first - 1)) first--;
  let last = at;
  while (last < all.length - 1 && joined(last)) last++;
  return [first, last];
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
 * the same paragraph, when that sentence names one person only.
 */
function carried(facts: readonly SentenceFacts[], i: number, text: string): PersonMention[] {
  const here = facts[i]!.sentence;
  for (let j = i - 1; j >= 0 && j >= i - CARRY_SENTENCES; j--) {
    const prev = facts[j]!;
    if (text.slice(prev.sentence.end, here.start).includes('\n\n')) return [];
    const people = candidates(prev.people);
    if (people.length === 0) continue;
    const keys = new Set(people.map((p) => personKey(p.name)));
    return keys.size === 1 ? [people[0]!] : [];
  }
  return [];
}

// A list item or a line that is only a name ('- Ihar Losik', '3) Maria Ivanova, journalist').
const LIST_LINE = /^\s*(?:[-–—•*·▪]|\d{1,3}[.)])\s+\S/u;
const MAX_LISTED = 200;

/** The people of the lines under a recognition list's introduction, up to the next event. */
function listedAfter(
  facts: readonly SentenceFacts[],
  i: number,
  rules: DetentionRules,
): PersonMention[] {
  const out: PersonMention[] = [];
  for (let j = i + 1; j < facts.length && j <= i + MAX_LISTED; j++) {
    const f = facts[j]!;
    const people = candidates(f.people);
    const cue = rules.hint!.test(f.sentence.text) && findCues(f.sentence.text, rules).length > 0;
    if (cue || people.length === 0) break;
    if (!LIST_LINE.test(f.sentence.text) && people.length < 2) {
      // A plain sentence with one name is no longer the list.
      if (j > i + 1) break;
    }
    out.push(...people);
  }
  return out;
}

function span(s: Sentence, text: string, x: Span): Evidence {
  return evidence(text, s.start + x.start, s.start + x.end);
}

/** Characters between a date and a cue, either way round. */
function gap(d: Span, cue: Span): number {
  return d.start >= cue.end ? d.start - cue.end : cue.start - d.end;
}

/**
 * The cue's date: the nearest of the dates nearer to it than to any other cue ('arrested in May
 * 2020 and sentenced in December 2021'), else the nearest date at all; null when none.
 */
function dateOf(parts: SentenceParts, cue: Cue): DateWithPrecision | null {
  const own = parts.dates.filter((d) => parts.cues.every((c) => gap(d, cue) <= gap(d, c)));
  let best: FoundDate | null = null;
  for (const d of own.length > 0 ? own : parts.dates)
    if (!best || gap(d, cue) < gap(best, cue)) best = d;
  return best ? { value: best.value, precision: best.precision } : null;
}

function baseItem(parts: SentenceParts, cue: Cue, input: DetentionInput): ExtractedDetention {
  const s = parts.f.sentence;
  const legal = cue.kind !== 'recognition' && cue.kind !== 'transfer';
  return {
    kind: cue.kind,
    role: parts.f.strong ? 'background' : 'main',
    country: input.country,
    date: dateOf(parts, cue),
    person: null,
    count: null,
    sentence: null,
    charges: legal
      ? parts.articles.map((a) => ({
          article: a.article,
          description: a.description,
          evidence: span(s, input.text, a),
        }))
      : [],
    court: legal ? parts.court : null,
    recognisedBy: cue.kind === 'recognition' ? parts.recogniser : null,
    place:
      cue.kind === 'transfer'
        ? absolute(s, input.text, findPlace(s.text, cue, detentionRules(input.lx), parts.dates))
        : null,
    evidence: span(s, input.text, cue),
  };
}

function personItem(
  parts: SentenceParts,
  cue: Cue,
  p: PersonMention,
  all: PersonMention[],
  input: DetentionInput,
): ExtractedDetention {
  const item = baseItem(parts, cue, input);
  item.person = {
    name: p.name,
    personId: null,
    descriptor: p.descriptor,
    evidence: evidence(input.text, p.start, p.end),
  };
  if (cue.kind === 'sentence' || cue.kind === 'extension') {
    const t = termOf(parts, p, all);
    if (t) {
      const { years, months, days, life, regime } = t;
      item.sentence = {
        years,
        months,
        days,
        life,
        regime,
        evidence: span(parts.f.sentence, input.text, t),
      };
    }
  }
  return item;
}

/**
 * A person's term: the first between their name and the next person's; else, for a run of
 * people with none of their own, the terms after the run, one each in order when there are as
 * many ('A and B were sentenced to nine years and seven years, respectively'), else the first
 * of them ('A, B and C were sentenced to 3 years'); else the nearest before the name.
 */
function termOf(parts: SentenceParts, p: PersonMention, all: PersonMention[]): TermFound | null {
  const base = parts.f.sentence.start;
  const at = (x: PersonMention) => x.start - base;
  const segment = (i: number) => {
    const next = i + 1 < all.length ? at(all[i + 1]!) : Infinity;
    return parts.terms.find((t) => t.start > at(all[i]!) && t.start < next) ?? null;
  };
  // The last name's terms are its own only when the name before it has its own too.
  const ownTerm = (i: number) =>
    i === all.length - 1 && i > 0 && !segment(i - 1) ? null : segment(i);
  const i = all.indexOf(p);
  if (i < 0) return parts.terms[0] ?? null;
  const own = ownTerm(i);
  if (own) return own;
  let first = i;
  while (first > 0 && !ownTerm(first - 1)) first--;
  let last = i;
  while (last + 1 < all.length && !ownTerm(last + 1)) last++;
  const after = parts.terms.filter((t) => t.start > at(all[last]!));
  if (after.length === last - first + 1) return after[i - first]!;
  if (after.length > 0) return after[0]!;
  return parts.terms.filter((t) => t.start < at(p)).pop() ?? null;
}

interface CountFound extends Span {
  value: number;
  qualifier: CountQualifier;
  cue: Cue;
}

// After a number, a few words before the event's own word: '30 were detained', '12 more'.
const FILLER =
  /^(?:\s+(?:more|others?|were|was|have|has|been|had|ещё|еще|яшчэ|ще|más|people))*\s+$/iu;

/** Unnamed counts of people in a sentence, each with the cue nearest to it. */
function aggregates(parts: SentenceParts, input: DetentionInput): CountFound[] {
  const s = parts.f.sentence.text;
  const taken: Span[] = [...parts.dates, ...parts.terms, ...parts.articles];
  const out: CountFound[] = [];
  for (const q of findQuantities(s, input.language, input.lx)) {
    if (taken.some((t) => q.start < t.end && t.start < q.end)) continue;
    if (parts.f.remaining.some((r) => q.start < r.end && r.start < q.end)) continue;
    let end = peopleCountEnd(s, q, input.lx);
    const cueAfter = parts.cues.find(
      (c) => c.start >= q.end && FILLER.test(s.slice(q.end, c.start) || ' '),
    );
    if (end === null && cueAfter && !(q.value >= 1900 && q.value <= 2100)) end = q.end;
    if (end === null || q.value < 2) continue;
    const cue = cueAfter ?? nearest(parts.cues, q);
    out.push({ start: q.start, end, value: q.value, qualifier: q.qualifier, cue });
  }
  return out;
}

function nearest(cues: Cue[], x: Span): Cue {
  let best = cues[0]!;
  for (const c of cues) if (Math.abs(c.start - x.start) < Math.abs(best.start - x.start)) best = c;
  return best;
}

function countItem(parts: SentenceParts, c: CountFound, input: DetentionInput): ExtractedDetention {
  const item = baseItem(parts, c.cue, input);
  item.count = {
    value: c.value,
    qualifier: c.qualifier,
    evidence: span(parts.f.sentence, input.text, c),
  };
  return item;
}

function keyOf(d: ExtractedDetention): string {
  const who = d.person ? personKey(d.person.name) : `#${d.count?.value}`;
  return `${d.kind}|${who}|${d.date?.value ?? ''}`;
}

/**
 * Roles and duplicates: an event dated well before the report's day (or, without one, before
 * the latest event it dates) is background, as is the undated arrest, charge or sentence of a
 * person the report frees;
 * the same person's same event told twice is one item, the first, completed by the later.
 */
function settle(items: ExtractedDetention[], input: DetentionInput): ExtractedDetention[] {
  const reference: DateWithPrecision | null = input.anchor
    ? { value: input.anchor, precision: 'day' }
    : latest(items);
  const byKey = new Map<string, ExtractedDetention>();
  for (const d of items) {
    if (d.date && reference && daysBetween(d.date, reference) > RECENT_DAYS) d.role = 'background';
    if (!d.date && HISTORY.has(d.kind) && d.person && input.released.has(personKey(d.person.name)))
      d.role = 'background';
    const key = keyOf(d);
    const first = byKey.get(key);
    if (!first) {
      byKey.set(key, d);
      continue;
    }
    first.sentence ??= d.sentence;
    first.court ??= d.court;
    first.recognisedBy ??= d.recognisedBy;
    first.place ??= d.place;
    if (first.charges.length === 0) first.charges = d.charges;
    if (d.role === 'main') first.role = 'main';
  }
  return [...byKey.values()];
}

function latest(items: ExtractedDetention[]): DateWithPrecision | null {
  let best: DateWithPrecision | null = null;
  for (const d of items) if (d.date && (!best || daysBetween(best, d.date) > 0)) best = d.date;
  return best;
}

export type { DetentionKind };
