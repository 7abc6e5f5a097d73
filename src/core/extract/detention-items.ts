// Detention items (a person's event or an unnamed count) built from a sentence's parts, their
// terms, and the report-level settling of roles and repeats. See detentions.ts.

import type { DetentionKind, ExtractedDetention } from './contract.ts';
import type { CountFound } from './detention-aggregates.ts';
import { opensWithReminder, toldEarlier } from './detention-earlier.ts';
import {
  absolute,
  type DetentionInput,
  dateOf,
  type SentenceParts,
  span,
} from './detention-parts.ts';
import { findPlace } from './detention-place.ts';
import { type Cue, detentionRules, type TermFound } from './detention-rules.ts';
import { listAround } from './name-list.ts';
import type { PersonMention } from './people.ts';
import { evidence } from './text.ts';

export const VERDICT: ReadonlySet<DetentionKind> = new Set(['sentence', 'extension']);

/**
 * 'Their verdict was read out: A, B, C and D. The Crimean Tatars were sentenced to 13 years.':
 * a sentence that names no one and gives one term gives it to the people of a verdict just
 * before that had none.
 */
export function giveTerm(items: ExtractedDetention[], parts: SentenceParts, input: DetentionInput) {
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

export function baseItem(
  parts: SentenceParts,
  cue: Cue,
  input: DetentionInput,
): ExtractedDetention {
  const s = parts.f.sentence;
  const legal = cue.kind !== 'recognition' && cue.kind !== 'transfer';
  return {
    kind: cue.kind,
    role:
      parts.f.strong ||
      opensWithReminder(s.text, parts.cues, detentionRules(input.lx)) ||
      toldEarlier(s.text, cue, parts.cues, input.lx)
        ? 'background'
        : 'main',
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

export function personItem(
  parts: SentenceParts,
  cue: Cue,
  p: PersonMention,
  all: PersonMention[],
  input: DetentionInput,
): ExtractedDetention {
  const item = baseItem(parts, cue, input);
  // Only for a name in this sentence: a person carried from another has no place in it.
  const { start, end } = parts.f.sentence;
  if (p.start >= start && p.end <= end) {
    // The event's people in this sentence, for dates given to them in order.
    const here = all
      .filter((x) => x.start >= start && x.end <= end)
      .map((x) => ({ start: x.start - start, end: x.end - start }));
    item.date = dateOf(parts, cue, { start: p.start - start, end: p.end - start }, here);
  }
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
  const s = parts.f.sentence.text;
  // 'condenado a 18 años de prisión a A, cabecilla del grupo, y a 12 años a B', 'к 5 годам колонии
  // Ивана Петрова': a term right before a name, with only lower-case words between, is theirs.
  const before = (x: PersonMention) =>
    parts.terms.find((t) => t.end <= at(x) && TERM_THEN_NAME.test(s.slice(t.end, at(x)))) ?? null;
  const segment = (i: number) => {
    const next = i + 1 < all.length ? all[i + 1]! : null;
    const taken = next ? before(next) : null;
    const end = next ? at(next) : Infinity;
    return parts.terms.find((t) => t.start > at(all[i]!) && t.start < end && t !== taken) ?? null;
  };
  // The last name's terms are its own only when the name before it has its own too.
  const ownTerm = (i: number) =>
    i === all.length - 1 && i > 0 && !segment(i - 1) ? null : segment(i);
  const i = all.indexOf(p);
  if (i < 0) return parts.terms[0] ?? null;
  const right = before(p);
  if (right) return right;
  const own = ownTerm(i);
  if (own) return own;
  let first = i;
  while (first > 0 && !ownTerm(first - 1)) first--;
  let last = i;
  while (last + 1 < all.length && !ownTerm(last + 1)) last++;
  const after = parts.terms.filter((t) => t.start > at(all[last]!));
  if (after.length === last - first + 1) return after[i - first]!;
  // 'B's co-defendants, C and D, to nine and seven years, respectively': the run reaches back
  // to B, but the terms pair with the list p is in.
  const [lf, ll] = listAround(all, i, parts.f.sentence);
  const listed = lf >= first && ll <= last && ll > lf;
  const next = ll + 1 < all.length ? at(all[ll + 1]!) : Infinity;
  const paired = listed ? parts.terms.filter((t) => t.start > at(all[ll]!) && t.start < next) : [];
  if (paired.length === ll - lf + 1) return paired[i - lf]!;
  if (after.length > 0) return after[0]!;
  return parts.terms.filter((t) => t.start < at(p)).pop() ?? null;
}

// Between a term and the name it precedes: a few lower-case words ('de prisión a', 'колонии'),
// no conjunction ('ten years in prison and B to five' gives B the five) and no mark.
const TERM_THEN_NAME =
  /^(?=[\s\p{Ll}]{1,30}$)(?!.*(?<![\p{L}])(?:and|y|e|i|и|і|та|et|und|ve|oraz|ir|és|or|o)(?![\p{L}]))/u;

export function countItem(
  parts: SentenceParts,
  c: CountFound,
  input: DetentionInput,
): ExtractedDetention {
  const item = baseItem(parts, c.cue, input);
  item.count = {
    value: c.value,
    qualifier: c.qualifier,
    evidence: span(parts.f.sentence, input.text, c),
  };
  return item;
}

export type { DetentionKind };
