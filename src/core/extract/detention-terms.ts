// Prison terms in a sentence ('5 years and 6 months', 'к 3 годам колонии', 'six ans et demi',
// 'life imprisonment'), read with the detention rules (detention-rules.ts) of the word lists.
// Offsets are relative to the sentence searched.

import type { DetentionRules, Span, TermFound } from './detention-rules.ts';
import { gluedTerms } from './georgian-terms.ts';
import type { Lexicon } from './lexicons/index.ts';
import { findQuantities } from './numbers.ts';

/** Prison terms: '5 years and 6 months', 'к 3 годам колонии', 'life imprisonment'. */
export function findTerms(
  s: string,
  language: string,
  rules: DetentionRules,
  lx: Lexicon,
  dates: readonly Span[],
) {
  const out: TermFound[] = [];
  let open: TermFound | null = null;
  let openUnit = 0;
  // 'nine and seven years': a number with no unit takes the unit of the one after it.
  let bare: { start: number; end: number; value: number } | null = null;
  for (const q of findQuantities(s, language, lx)) {
    // '3 марта 2023 года' is a date, not a term of 2023 years.
    if (dates.some((d) => q.start < d.end && d.start < q.end)) continue;
    const u = rules.unit.exec(s.slice(q.end, q.end + 30));
    // 'к 15 годам', 'да 5 гадоў': the preposition reads as 'up to' in the count rules.
    if (q.vague) continue;
    // '1981 года рождения', '1990 г.р.': a year written in four digits is a birth year or a date.
    if (q.value >= 1900 && q.value < 2100 && /^\d{4}$/u.test(s.slice(q.numberStart, q.end)))
      continue;
    if (!u) {
      bare = { start: q.numberStart, end: q.end, value: q.value };
      const gapped = gappedTerm(s, out, bare);
      if (gapped) {
        out.push(gapped);
        open = null;
        bare = null;
      }
      continue;
    }
    const unit = u[2] ? 1 : u[3] ? 2 : 3;
    const end = q.end + u[0].length;
    const half = u[1] !== undefined;
    // The number rules read 'nine and seven' as one number: two terms here.
    const pair = PAIR.exec(s.slice(q.numberStart, q.end));
    if (pair) {
      const [a, b] = [pair[1]!, pair[2]!].map((w) => findQuantities(w, language, lx)[0]?.value);
      if (a !== undefined && b !== undefined && a + b === q.value) {
        const at = q.numberStart + pair[0].length - pair[2]!.length;
        out.push(term(q.numberStart, q.numberStart + pair[1]!.length, unit, a));
        open = term(at, end, unit, b);
        out.push(open);
        openUnit = unit;
        bare = null;
        continue;
      }
    }
    if (bare && BARE_JOIN.test(s.slice(bare.end, q.numberStart))) {
      out.push(term(bare.start, bare.end, unit, bare.value));
      open = null;
    }
    bare = null;
    // '5 years and 6 months': a smaller unit right after a term joins it ('nine years and
    // seven years' are two terms).
    const joins =
      open !== null &&
      unit > openUnit &&
      /^[\s,]*(?:\p{L}{1,3}\s+)?$/u.test(s.slice(open.end, q.numberStart));
    if (joins) {
      add(open!, unit, q.value);
      open!.end = end;
    } else {
      open = term(q.numberStart, end, unit, q.value);
      out.push(open);
    }
    if (half && unit === 1) open!.months += 6;
    openUnit = unit;
  }
  for (const g of gluedTerms(s, lx))
    if (!out.some((t) => t.start < g.end && g.start < t.end))
      out.push(term(g.start, g.end, g.unit, g.value));
  for (const w of rules.wordTerms) {
    w.re.lastIndex = 0;
    for (let m = w.re.exec(s); m; m = w.re.exec(s)) {
      const at = { start: m.index, end: m.index + m[0].length };
      if (out.some((t) => t.start < at.end && at.start < t.end)) continue;
      out.push({ ...at, years: w.years, months: w.months, days: 0, life: false, regime: null });
    }
  }
  for (const t of out) withHalf(s, t, rules);
  if (rules.life) {
    rules.life.lastIndex = 0;
    for (let m = rules.life.exec(s); m; m = rules.life.exec(s)) {
      const end = m.index + m[0].length;
      out.push({ start: m.index, end, years: 0, months: 0, days: 0, life: true, regime: null });
    }
  }
  for (const t of out) withRegime(s, t, rules, out);
  return out.sort((a, b) => a.start - b.start);
}

/** '6 ans et demi', 'لعام ونصف': half a year after a term of whole years. */
function withHalf(s: string, t: TermFound, rules: DetentionRules): void {
  if (t.life || t.years === 0 || t.months !== 0 || t.days !== 0) return;
  const m = rules.halfAfter.exec(s.slice(t.end, t.end + 30));
  if (!m) return;
  t.months = 6;
  t.end += m[0].length;
}

/** The one unit of a term (1 years, 2 months, 3 days), or null for mixed or life terms. */
function unitOf(t: TermFound): number | null {
  const units = [t.years, t.months, t.days].map((v, i) => (v > 0 ? i + 1 : 0)).filter(Boolean);
  return !t.life && units.length === 1 ? units[0]! : null;
}

// Between an earlier term and a number without a unit: someone else's name, then a short
// preposition or a dash ('Stefanovic to nine years, Labkovich to seven', 'Labkovičius –
// septyneriems'), and no other number.
const GAPPED_BEFORE = /(?:\s\p{Ll}{1,4}|\s?[–—-]|:)\s*$/u;
const GAPPED_REACH = 80;

/** A number standing for a term of the same unit as the term before it (gapping). */
function gappedTerm(
  s: string,
  terms: readonly TermFound[],
  bare: { start: number; end: number; value: number },
): TermFound | null {
  const last = terms.at(-1);
  if (!last || bare.value <= 0 || bare.value > 99) return null;
  const between = s.slice(last.end, bare.start);
  const unit = unitOf(last);
  if (unit === null || between.length > GAPPED_REACH || /\p{N}/u.test(between)) return null;
  if (!/\p{Lu}/u.test(between) || !GAPPED_BEFORE.test(between)) return null;
  return term(bare.start, bare.end, unit, bare.value);
}

const PAIR = /^(\p{L}+)\s+and\s+(\p{L}+)$/u;
const BARE_JOIN = /^\s*(?:,|and|и|і|та|y|e|i|und|et)\s*$/iu;

function term(start: number, end: number, unit: number, value: number): TermFound {
  const t = { start, end, years: 0, months: 0, days: 0, life: false, regime: null };
  add(t, unit, value);
  return t;
}

function add(t: TermFound, unit: number, value: number): void {
  if (unit === 1) t.years += value;
  else if (unit === 2) t.months += value;
  else t.days += value;
}

/**
 * The regime written right after a term ('in a strict-regime penal colony') joins it; not one
 * after the next term ('six years, of which two in prison': the prison is the two years').
 */
function withRegime(s: string, t: TermFound, rules: DetentionRules, all: TermFound[]): void {
  if (!rules.regime) return;
  const m = firstMatch(rules.regime!, s, t.end);
  if (!m || m.index - t.end > 40 || /[.;]/.test(s.slice(t.end, m.index))) return;
  if (all.some((o) => o.start >= t.end && o.start < m.index)) return;
  t.regime = m[0];
  t.end = m.index + m[0].length;
}

function firstMatch(re: RegExp, s: string, from = 0): RegExpExecArray | null {
  re.lastIndex = from;
  return re.exec(s);
}

// How far apart two terms of one person on two charges may be.
const SUM_REACH = 160;

/**
 * 'Five years for assembly and collusion and one year for propaganda': one person's terms on
 * several charges, told one after the other with a charge word (or 'plus') between them and no
 * one named between, are added up into the term served. 'Seven years and five years of police
 * supervision' has no charge word between: two terms, as before.
 */
export function summedTerms(
  s: string,
  terms: TermFound[],
  rules: DetentionRules,
  people: readonly Span[],
): TermFound[] {
  if (terms.length < 2) return terms;
  const charge = rules.kinds.find((k) => k.kind === 'charge')?.re ?? null;
  const out: TermFound[] = [terms[0]!];
  for (const t of terms.slice(1)) {
    const last = out.at(-1)!;
    const between = s.slice(last.start, t.start);
    const joined =
      !last.life &&
      !t.life &&
      t.start - last.end <= SUM_REACH &&
      !people.some((p) => p.start > last.start && p.start < t.start) &&
      (matches(charge, between) || matches(rules.termPlus, between));
    if (!joined) {
      out.push(t);
      continue;
    }
    const months = last.months + t.months;
    out[out.length - 1] = {
      ...last,
      end: t.end,
      years: last.years + t.years + Math.floor(months / 12),
      months: months % 12,
      days: last.days + t.days,
    };
  }
  return out;
}

function matches(re: RegExp | null, s: string): boolean {
  if (!re) return false;
  re.lastIndex = 0;
  return re.test(s);
}
