// The parts of a sentence a detention is read from: its cues, dates, terms, articles, court and
// recogniser, and where each is in the report (evidence). See detentions.ts.
import type { SentenceFacts } from './analyse.ts';
import type { DateWithPrecision, Evidence, NamedSpan } from './contract.ts';
import { type FoundDate, findDates, writesDayFirst } from './dates.ts';
import { datesOfCue, gap, personDate, unclaimed } from './detention-date-owner.ts';
import { findArticles, findCourt, findRecogniser } from './detention-named.ts';
import type { ArticleFound, Cue, DetentionRules, Span, TermFound } from './detention-rules.ts';
import {
  withoutAges,
  withoutParts,
  withoutReduced,
  withoutRequests,
} from './detention-term-filters.ts';
import { findTerms, summedTerms } from './detention-terms.ts';
import { tagDate, writtenAs } from './detention-trace.ts';
import type { Lexicon } from './lexicons/index.ts';
import { evidence, type Sentence } from './text.ts';

export interface DetentionInput {
  facts: readonly SentenceFacts[];
  text: string;
  /** The report's day (published, or its dateline), for relative dates and the role. */
  anchor: string | undefined;
  country: string | null;
  language: string;
  lx: Lexicon;
  /**
   * personKey of everyone the report's releases free -> where it first tells that: their
   * undated events told after it are history.
   */
  released: ReadonlyMap<string, number>;
  /** The newest year the report names, when it has no anchor: a weekday's year (dates.ts). */
  newestYear?: number;
  /** When it has no anchor: the year of a day and month written at `at` (month-years.ts). */
  yearOf?: (month: number, day: number, at: number) => number | null;
}

export interface SentenceParts {
  f: SentenceFacts;
  cues: Cue[];
  dates: FoundDate[];
  terms: TermFound[];
  articles: ArticleFound[];
  court: NamedSpan | null;
  recogniser: NamedSpan | null;
}

export function readParts(
  f: SentenceFacts,
  cues: Cue[],
  input: DetentionInput,
  rules: DetentionRules,
  recogniserOf: () => NamedSpan | null,
  people: readonly Span[],
): SentenceParts {
  const s = f.sentence.text;
  const sentenced = cues.some((c) => c.kind === 'sentence' || c.kind === 'extension');
  const recognition = cues.some((c) => c.kind === 'recognition');
  const own = recognition ? findRecogniser(s, rules) : null;
  const { yearOf } = input;
  const dates = findDates(s, input.anchor, input.lx, {
    newest: input.newestYear,
    digits: true,
    dayFirst: writesDayFirst(input.language),
    ...(yearOf
      ? { yearOf: (m: number, d: number, at: number) => yearOf(m, d, f.sentence.start + at) }
      : {}),
    listed: true,
  });
  // Who the sentence names, for terms: one person's terms may add up, two people's never.
  const named = [...f.people, ...people].map((p) => ({
    start: p.start - f.sentence.start,
    end: p.end - f.sentence.start,
  }));
  return {
    f,
    cues,
    dates,
    terms: sentenced
      ? withoutAges(
          s,
          summedTerms(
            s,
            withoutParts(
              s,
              withoutReduced(
                s,
                withoutRequests(s, findTerms(s, input.language, rules, input.lx, dates), rules),
              ),
              rules,
            ),
            rules,
            named,
          ),
          named,
        )
      : [],
    articles: findArticles(s, rules),
    court: absolute(f.sentence, input.text, findCourt(s, rules)),
    recogniser: recognition ? (absolute(f.sentence, input.text, own) ?? recogniserOf()) : null,
  };
}

/** A name found in a sentence, with its evidence in the report; quote marks left out. */
export function absolute(
  s: Sentence,
  text: string,
  found: { name: string; start: number; end: number } | null,
): NamedSpan | null {
  return found ? named(text, s.start + found.start, s.start + found.end) : null;
}

/** A name and its evidence; quote marks around it left out of the name ('«Вясна»'). */
export function named(text: string, start: number, end: number): NamedSpan {
  const ev = evidence(text, start, end);
  return { name: unquoted(ev.quote), evidence: ev };
}

function unquoted(name: string): string {
  const inner = name.replace(/^[«"“„']+/u, '');
  // 'центр «Вясна»' keeps its closing mark: it opened inside the name.
  return inner === name && /[«"“„]/u.test(name) ? name : inner.replace(/[»"”“']+$/u, '');
}

export function span(s: Sentence, text: string, x: Span): Evidence {
  return evidence(text, s.start + x.start, s.start + x.end);
}

/**
 * The cue's date: the nearest of the dates in its clause, or set off from every cue
 * (detention-date-owner.ts); null when none. A date of another step of the case is none of the
 * cue's ('arrested in 2021, X was sentenced': no date for the verdict).
 * With `person` (where the name is in the sentence) and dates that differ, the person's own.
 */
export function dateOf(
  parts: SentenceParts,
  cue: Cue,
  person?: Span,
  all: readonly Span[] = [],
): DateWithPrecision | null {
  const s = parts.f.sentence.text;
  const kin = datesOfCue(s, parts.dates, parts.cues, cue);
  const free = person ? unclaimed(s, parts.dates, parts.cues, cue) : [];
  let best: FoundDate | null = null;
  if (person && free.some((d) => d.value !== free[0]!.value))
    best = inOrder(free, person, all) ?? personDate(s, free, person);
  else for (const d of kin) if (!best || gap(d, cue) < gap(best, cue)) best = d;
  if (!best) return null;
  const date = { value: best.value, precision: best.precision };
  return tagDate(date, writtenAs(s.slice(best.start, best.end), best.precision));
}

/**
 * 'A and B were arrested on 16 and 18 June (respectively)': as many dates after the last name
 * as there are names, and no date among the names, pair with them in order, as terms do.
 */
function inOrder<D extends Span>(
  dates: readonly D[],
  person: Span,
  all: readonly Span[],
): D | null {
  const i = all.findIndex((p) => p.start === person.start);
  const last = all.at(-1);
  if (i < 0 || !last || all.length < 2) return null;
  const after = dates.filter((d) => d.start >= last.end);
  return after.length === dates.length && after.length === all.length ? after[i]! : null;
}
