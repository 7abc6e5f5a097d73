// Terms found that are not a verdict's own: a person's age beside their name, and the part of a
// term told right after it ('six months, of which three firm'). See detention-terms.ts.
import type { DetentionRules, Span, TermFound } from './detention-rules.ts';
import { allMatches } from './regex-all.ts';

/**
 * A person's age is no term: whole years written right before their name ('30 metų Aliaksejus
 * Sančukas'), or right after it between commas or in brackets ('Ilmi Umerov, 60 years, was
 * sentenced to two years') when the sentence holds a term set apart from every name. A list of
 * terms each after its name ('A, 20 years; B, 18 years') keeps them.
 */
export function withoutAges(s: string, terms: TermFound[], people: readonly Span[]): TermFound[] {
  if (terms.length === 0 || people.length === 0) return terms;
  const whole = (t: TermFound) => !t.life && t.years > 0 && t.months === 0 && t.days === 0;
  // Not after a word ('к 5 годам Ивана Петрова' is his term): at the start or after a mark.
  const before = (t: TermFound) =>
    /(?:^|[,;:(–—-])\s*$/u.test(s.slice(0, t.start)) &&
    people.some((p) => p.start >= t.end && /^\s+$/u.test(s.slice(t.end, p.start)));
  const after = (t: TermFound) =>
    t.years >= AGE_FROM &&
    t.regime === null &&
    /^\s*[,;.)]/u.test(s.slice(t.end)) &&
    people.some((p) => p.end <= t.start && /^[\s,(]*$/u.test(s.slice(p.end, t.start))) &&
    /[,(][\s,(]*$/u.test(s.slice(0, t.start));
  const aged = terms.filter((t) => whole(t) && (before(t) || after(t)));
  if (aged.length === 0) return terms;
  const kept = terms.filter((t) => !aged.includes(t));
  // Only an age before the name stands alone; one after it needs a term beside it.
  return kept.length > 0 ? kept : terms.filter((t) => !aged.includes(t) || !before(t));
}

/** Ages read after a name start here: shorter terms after a name are a list of verdicts. */
const AGE_FROM = 16;

/**
 * 'Deux ans de prison, dont un an ferme', 'шесть лет, из них два года в тюрьме': a term
 * right after another with a part word between them (termPart) is the part of it served or
 * suspended, not a second person's term nor a second penalty.
 */
export function withoutParts(s: string, terms: TermFound[], rules: DetentionRules): TermFound[] {
  const part = rules.termPart;
  if (terms.length < 2 || !part) return terms;
  const out: TermFound[] = [terms[0]!];
  for (const t of terms.slice(1)) {
    const last = out.at(-1)!;
    if (part.test(s.slice(last.end, t.start))) continue;
    out.push(t);
  }
  return out;
}

/** How far before a term a prosecutor's demand may be, in one clause. */
const REQUEST_REACH = 60;

/**
 * 'Prosecutors asked for 15 years', 'прокурор запросил 8 лет': the term a prosecutor demands is
 * no verdict; the court's term, told apart from it, is kept ('sought 15 years, got 14').
 */
export function withoutRequests(s: string, terms: TermFound[], rules: DetentionRules): TermFound[] {
  const re = rules.request;
  if (terms.length === 0 || !re || !rules.requestHint?.test(s)) return terms;
  const dropped = new Set<TermFound>();
  for (const m of allMatches(re, s)) {
    const end = m.index + m[0].length;
    // The first term after the demand is the one demanded; later ones are the court's.
    const t = terms.find((x) => x.start >= end);
    if (t && t.start - end <= REQUEST_REACH && !/[.;]/.test(s.slice(end, t.start))) dropped.add(t);
  }
  return dropped.size === 0 ? terms : terms.filter((t) => !dropped.has(t));
}

// A term lowered or commuted to another between two terms ('15 years, reduced to ten', 'rebajada
// a', 'réduite à', 'ridotta a', 'reduzida para', 'снизил до', 'скоротив до', 'obniżył do', '減至',
// '改判', 'خففت إلى'): the first is a starting point or the first instance's, the second stands.
const REDUCED =
  /(?<![\p{L}])(?:(?:reduced|cut|commuted|lowered|shortened)\s+(?:\p{L}+\s+)?to|rebajad[oa]s?|rebaj[óo]|reducid[oa]s?|redujo|conmutad[oa]|réduite?s?|ramenée?s?|commuée?s?|ridott[oa]|commutat[oa]|reduzid[oa]|reduziu|сниз\p{L}*|сократ\p{L}*|смягч\p{L}*|сокращ\p{L}*|зниз\p{L}*|скорот\p{L}*|зменш\p{L}*|пом'якш\p{L}*|obniż\p{L}*|zmniejsz\p{L}*|złagodz\p{L}*|herabgesetzt|verringert|خفف\p{L}*|تخفيف)(?![\p{L}])|減至|减至|減為|减为|減刑至|减刑至|改判/u;
/** How far apart a term and the term it is lowered to may be. */
const REDUCED_REACH = 80;

/**
 * 'The starting point was 15 years, reduced to ten for his guilty plea', '量刑起點為監禁15年,因其
 * 認罪減至實際判囚十年': a term followed by a word of lowering and another term is replaced by it.
 */
export function withoutReduced(s: string, terms: TermFound[]): TermFound[] {
  if (terms.length < 2 || !REDUCED.test(s)) return terms;
  return terms.filter((t, i) => {
    const next = terms[i + 1];
    if (!next || next.start - t.end > REDUCED_REACH) return true;
    return !REDUCED.test(s.slice(t.end, next.start));
  });
}
