// Unnamed counts of people in a detention sentence ('30 were detained', 'Dos militantes ...
// fueron detenidos', 'İki gazeteci gözaltına alındı'), each with the cue it belongs to. Not a
// running total or a comparison ('elevando la cifra total a 1.150', 'цяпер ... 1168'), a group
// told of already ('All seven', 'Tous les six'), nor a category of a list ('– 27 people').
// See detentions.ts.
import type { CountQualifier } from './contract.ts';
import { peopleCountEnd } from './counts.ts';
import { nonFinite, VERB_FINAL } from './detention-clause.ts';
import type { DetentionInput, SentenceParts } from './detention-parts.ts';
import { type Cue, detentionRules, type Span } from './detention-rules.ts';
import {
  bareSource,
  calendarOf,
  type Lexicon,
  perLexicon,
  wordsOf,
  wordsSource,
} from './lexicons/index.ts';
import { findQuantities, type Quantity } from './numbers.ts';

export interface CountFound extends Span {
  value: number;
  qualifier: CountQualifier;
  cue: Cue;
}

// After a number, a few words before the event's own word: '30 were detained', '12 more'.
const FILLER =
  /^(?:\s+(?:more|others?|were|was|have|has|been|had|ещё|еще|яшчэ|ще|más|people))*\s+$/iu;

const months = perLexicon((lx: Lexicon) => calendarOf('months', lx));

const rules = perLexicon((lx: Lexicon) => {
  // Whole words, but no edges in scripts without spaces ('警方共拘捕117人').
  const total = wordsSource(wordsOf(lx, 'totalWords'));
  const all = bareSource(wordsOf(lx, 'allWords'));
  const counter = bareSource(wordsOf(lx, 'personCounters'));
  const age = bareSource(wordsOf(lx, 'ageUnits'));
  return {
    total: total ? new RegExp(total, 'iu') : null,
    all: all ? new RegExp(String.raw`(?<![\p{L}])(?:${all})\s+$`, 'iu') : null,
    counter: counter ? new RegExp(String.raw`^\s*(?:${counter})`, 'u') : null,
    // 'Nguyễn Thị Lan, 40 tuổi, bị cáo buộc': a number before an age unit is someone's age.
    age: age ? new RegExp(String.raw`^\s*(?:${age})`, 'u') : null,
  };
});

/** Unnamed counts of people in a sentence, each with the cue nearest to it. */
export function aggregates(parts: SentenceParts, input: DetentionInput): CountFound[] {
  const s = parts.f.sentence.text;
  const taken: Span[] = [...parts.dates, ...parts.terms, ...parts.articles];
  const found = findQuantities(s, input.language, input.lx);
  const out: CountFound[] = [];
  for (const q of found) {
    if (taken.some((t) => q.start < t.end && t.start < q.end)) continue;
    // 'two more years', 'drei weitere Jahre': a term, with a word between, counts no people.
    if (unitAfterWord(s, q.end, input.lx) || rules(input.lx).age?.test(s.slice(q.end))) continue;
    if (parts.f.remaining.some((r) => q.start < r.end && r.start < q.end)) continue;
    const nounEnd = peopleCountEnd(s, q, input.lx);
    let end = nounEnd ?? othersEnd(s, q, input);
    // The count's own noun may be an event word ('24 détenus ... condamnés'): not its cue
    // when the sentence has another.
    const others = parts.cues.filter((c) => c.start >= (end ?? q.end) || c.end <= q.start);
    const cues = others.length > 0 ? others : parts.cues;
    const cueAfter = cues.find(
      (c) => c.start >= q.end && FILLER.test(s.slice(q.end, c.start) || ' '),
    );
    if (end === null && cueAfter && !(q.value >= 1900 && q.value <= 2100)) end = q.end;
    const subject = end === null ? subjectEnd(s, q, found, cues, taken, input.lx) : null;
    end ??= subject;
    // '「47人案」': a case named by its number of defendants counts no event's people.
    if (end === null || s[end] === '案' || notOneEvent(s, q, input)) continue;
    if (q.value < 2 && !onePerson(s, q, input.lx, nounEnd !== null)) continue;
    const after = subject === null ? undefined : cues.find((c) => c.start >= q.end);
    // The verb that ends a verb-final clause is the count's event, a charge too ('... hakkında
    // dava açıldı'): the event word before the count only describes the group ('gözaltına
    // alınan 7 gazeteci ... hapis cezası onandı'; the languages are detention-clause.ts's).
    const verb = VERB_FINAL.has(input.language)
      ? laterCue(s, cues, end, input.language)
      : undefined;
    const cue = verb ?? heldCue(cues, cueAfter ?? after ?? nearest(cues, q));
    out.push({ start: q.start, end, value: q.value, qualifier: q.qualifier, cue });
  }
  return out;
}

/**
 * The first finite cue after a count's noun, in its clause (not past a ';' or a new sentence
 * part): a participle after the noun ('۵ فعال بازداشت‌شده ... منتقل شدند') describes the group.
 */
function laterCue(s: string, cues: readonly Cue[], from: number, language: string) {
  const cue = cues.find((c) => c.start >= from && !nonFinite(s, c, language));
  return cue && !/[;:]/u.test(s.slice(from, cue.start)) ? cue : undefined;
}

/**
 * 'Arrestó a un hombre' counts no group, but '拘捕一名男子' counts one person: a one with a
 * counter word of people ('名', '位'), whether the number took the counter in or not, or a Han
 * one right before its person noun ('拘捕一男子'), where no article can be mistaken for it.
 */
function onePerson(s: string, q: Quantity, lx: Lexicon, noun: boolean): boolean {
  const counter = rules(lx).counter;
  if (!counter || q.value !== 1) return false;
  if (noun && /^\p{sc=Han}$/u.test(s[q.end - 1] ?? '')) return true;
  return counter.test(s.slice(q.end)) || counter.test(s.slice(q.end - 1));
}

// A count opening its sentence, or after a short opening clause ('On Monday, ...'): its noun is
// a lower-case word (any noun: 'Dos militantes', 'Nueve nicaragüenses', 'Sieben Aktivist*innen').
const OPENING = /^[\s«"“„'(]*$|^[^,;:]{0,40},\s*$/u;
const NOUN_AFTER = /^\s+(\p{Ll}[\p{L}*'’-]*|\p{Lu}[\p{Ll}*'’-]+(?=\s+\p{Ll}))/u;

/**
 * 'Dos conductores de La Prensa fueron condenados ...': a count that opens the sentence, the
 * noun after it, and an event word later in it with no other count between, is the event's
 * subject; where its noun ends, or null.
 */
function subjectEnd(
  s: string,
  q: Quantity,
  found: readonly Quantity[],
  cues: readonly Cue[],
  taken: readonly Span[],
  lx: Lexicon,
): number | null {
  // Not 'Tausende wurden ...' (a vague figure), '25 oct', '30 metų' (an age), '28 мая'.
  if (q.vague || !OPENING.test(s.slice(0, q.start))) return null;
  const noun = NOUN_AFTER.exec(s.slice(q.end));
  const cue = cues.find((c) => c.start >= q.end);
  if (!noun || !cue || noun[1]!.length < 4 || months(lx).has(noun[1]!.toLowerCase())) return null;
  if (detentionRules(lx).unit.test(s.slice(q.end))) return null;
  const between = (x: Span) => x.start > q.end && x.start < cue.start;
  if (found.some((o) => between(o) && !taken.some((t) => o.start < t.end && t.start < o.end)))
    return null;
  return q.end + noun[0].length;
}

// A dash before a count: one line of a list by category ('“Held after the protests” – 31
// people “Serving long terms” – 9 people').
const DASH_BEFORE = /[–—-]\s*$/u;
const DASHED = /[–—-]\s*\d/gu;

// 'both were among some 60 protesters held that day', 'zu den 47 Angeklagten', 'من بين 169
// شخصًا': the count is a larger group the people belong to, told as background.
const AMONG_BEFORE =
  /(?<![\p{L}])(?:among(?:st)?|one of|parmi|entre (?:los|las)|среди|в числе|unter den|zu den|tra (?:i|le|gli)|fra (?:i|le|gli)|entre os|entre as|wśród|من بين|ضمن|از میان|در میان)(?:\s+(?:the|les|des|those|more than|over|at least|plus de|más de|mais de|mehr als|più di|более|свыше|ponad|أكثر من))*\s+$/iu;

/** A count that is a running total, a group told of before, or a list's category. */
function notOneEvent(s: string, q: Quantity, input: DetentionInput): boolean {
  const r = rules(input.lx);
  if (AMONG_BEFORE.test(s.slice(Math.max(0, q.start - 40), q.start))) return true;
  const clause = s.slice(Math.max(0, s.lastIndexOf(',', q.start - 1) + 1), q.start);
  if (r.total?.test(clause) || r.all?.test(s.slice(Math.max(0, q.start - 16), q.start)))
    return true;
  return DASH_BEFORE.test(s.slice(Math.max(0, q.start - 3), q.start)) && countOf(s, DASHED) >= 2;
}

function countOf(s: string, re: RegExp): number {
  return s.match(re)?.length ?? 0;
}

/** 'Five other defendants', 'drei weitere Bürgerrechtler': a number before an 'other' word. */
function othersEnd(s: string, q: Span, input: DetentionInput): number | null {
  const m = detentionRules(input.lx).others?.exec(s.slice(q.end, q.end + 60));
  return m ? q.end + m[0].length : null;
}

/**
 * 'Nine defendants were given 15 to 20 years': a count's charge word ('imputati') is its
 * verdict's or arrest's when the sentence tells one, as for named people.
 */
function heldCue(cues: Cue[], cue: Cue): Cue {
  if (cue.kind !== 'charge') return cue;
  const held = cues.filter(
    (c) => c.kind === 'sentence' || c.kind === 'extension' || c.kind === 'arrest',
  );
  return held.length > 0 ? nearest(held, cue) : cue;
}

function nearest(cues: Cue[], x: Span): Cue {
  let best = cues[0]!;
  for (const c of cues) if (Math.abs(c.start - x.start) < Math.abs(best.start - x.start)) best = c;
  return best;
}

// One word after a number, before what may be a term's unit.
const ONE_WORD = /^\s+\p{L}+/u;

function unitAfterWord(s: string, end: number, lx: Lexicon): boolean {
  const w = ONE_WORD.exec(s.slice(end, end + 30));
  return (
    w !== null && detentionRules(lx).unit.test(s.slice(end + w[0].length, end + w[0].length + 30))
  );
}

// An indefinite article by language: 'an activist', 'un opposant', 'una periodista', 'einen
// Journalisten', 'een activist'. Languages without one (Slavic, Turkish, Arabic ...) have none.
const INDEFINITE: Record<string, string> = {
  en: String.raw`an?\s+`,
  fr: String.raw`une?\s+`,
  es: String.raw`una?\s+`,
  it: String.raw`un[oa]?\s+|un['’]\s*`,
  pt: String.raw`uma?\s+`,
  de: String.raw`ein(?:e[nmr]?)?\s+`,
  nl: String.raw`een\s+`,
};
// 'the wife of a journalist', 'comme un militant', 'als Journalist': the noun is not the held.
const NOT_HELD_BEFORE =
  /(?<![\p{L}])(?:of|as|like|de|d['’]|comme|como|di|del|della|come|von|als|van|dan)\s*$/iu;
// A name set beside the noun ('a journalist, Ana Diaz,' 'un militant Jean Dupont'): named.
const NAME_AFTER = /^[\s,]*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)/u;
/** How far the noun and its event word may be apart, in characters. */
const ONE_REACH = 80;

const oneRules = perLexicon((lx: Lexicon) => {
  const nouns = wordsSource(wordsOf(lx, 'personNouns'));
  const articles = lx.lists
    .flatMap((l) => l.languages)
    .map((language) => INDEFINITE[language])
    .filter((a): a is string => a !== undefined);
  if (!nouns || articles.length === 0) return null;
  return new RegExp(
    String.raw`(?<![\p{L}'’])(?:${[...new Set(articles)].join('|')})(?:[\p{L}-]+\s+){0,2}?(?:${nouns})`,
    'giu',
  );
});

/**
 * 'A court sentenced an activist to five years', 'Un manifestant a été condamné à mort': one
 * person the sentence does not name, told by an indefinite article and a noun saying who they
 * are, is an aggregate of one (bench/real/README.md, part 3). Only in a sentence that names no
 * one held and counts no group, with an event word within ONE_REACH of the noun.
 */
export function unnamedOne(parts: SentenceParts, input: DetentionInput): CountFound[] {
  const re = oneRules(input.lx);
  if (!re || parts.cues.length === 0) return [];
  const s = parts.f.sentence.text;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const start = m.index;
    const end = start + m[0].length;
    if (NOT_HELD_BEFORE.test(s.slice(Math.max(0, start - 8), start))) continue;
    if (NAME_AFTER.test(s.slice(end, end + 40))) continue;
    const cue = nearest(parts.cues, { start, end });
    const far = cue.start >= end ? cue.start - end : start - cue.end;
    if (far < 0 || far > ONE_REACH) continue;
    return [{ start, end, value: 1, qualifier: 'exact', cue: heldCue(parts.cues, cue) }];
  }
  return [];
}
