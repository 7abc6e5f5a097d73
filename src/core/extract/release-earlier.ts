// A release told by its month alone ('In June, Belarus freed X', 'Im Juni war X freigekommen')
// in a report whose own release is told by a weekday, 'today' or a day: news dates the release it
// reports by its day and recalls earlier ones by their month, so that sentence's names are an
// earlier release's (background), even where no date can be resolved (no publication date).
import { type SentenceFacts, startsSeries } from './analyse.ts';
import { BASE_MONTHS, BASE_WEEKDAYS, MONTHS } from './calendar-words.ts';
import { bareSource, calendarOf, type Lexicon, perLexicon, wordsOf } from './lexicons/index.ts';
import { MONTH_ABBREVIATIONS } from './text.ts';
import { EdgeRule } from './word-edge.ts';

// 'may' is a verb and 'mar', 'jun', 'sept' ... abbreviations: too weak to date a sentence alone.
const WEAK_MONTHS: ReadonlySet<string> = new Set(['may', ...MONTH_ABBREVIATIONS]);

const rules = perLexicon((lx: Lexicon) => {
  const months = [...new Set([...BASE_MONTHS, ...calendarOf('months', lx).keys()])].filter(
    (w) => !WEAK_MONTHS.has(w),
  );
  const weekdays = [...BASE_WEEKDAYS, ...calendarOf('weekdays', lx).keys()];
  const now = ['today', 'tonight', 'yesterday', 'сегодня', 'вчера'];
  now.push(...wordsOf(lx, 'today'), ...wordsOf(lx, 'yesterday'));
  // Its lookbehind checked in code (word-edge.ts): tried first at every position of every release
  // sentence, it made this module a hundredth of extraction.
  const edge = (src: string | null) =>
    src
      ? new EdgeRule(new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${src})(?![\p{L}\p{M}])`, 'giu'))
      : null;
  return { month: edge(bareSource(months)), day: edge(bareSource([...weekdays, ...now])) };
});

// A day number next to the month ('21 June', 'June 21', 'el 29 de junio', 'ngày 11 tháng 6'),
// in any script's digits ('১লা জুলাই').
const DAY_BEFORE = /\p{Nd}{1,2}\P{Nd}{0,5}$/u;
const DAY_AFTER = /^\P{Nd}{0,3}\p{Nd}{1,2}(?!\p{Nd})/u;
// A relative clause opened after a name dates that person's story, not a release ('X, editor of
// a paper that was closed in October').
const RELATIVE =
  /(?<![\p{L}])(?:who|whom|which|that|whose|que|quien\p{L}*|cuy\p{L}+|qui|dont|lequel|laquelle|che|cui|welch\p{L}*|котор\p{L}+|як\p{L}{1,2}|któr\p{L}+|που|οποί\p{L}+|aki|amely|ami|koj\p{L}+)(?![\p{L}])/iu;

/** A name stands before the month with a relative word between them. */
function inRelativeClause(f: SentenceFacts, at: number): boolean {
  const s = f.sentence.text;
  const before = f.people.filter((p) => p.end - f.sentence.start <= at).at(-1);
  return before !== undefined && RELATIVE.test(s.slice(before.end - f.sentence.start, at));
}

/**
 * The months a release sentence names without a day, as month numbers. Not a month in a name
 * ('Julio Norori'), nor one of a person's story ('detenidos en diciembre', startsSeries).
 */
function bareMonths(f: SentenceFacts, lx: Lexicon): number[] {
  const re = rules(lx).month;
  if (!re) return [];
  const s = f.sentence.text;
  const out: number[] = [];
  for (const m of re.all(s)) {
    const start = f.sentence.start + m.index;
    const end = m.index + m[0].length;
    if (DAY_BEFORE.test(s.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (DAY_AFTER.test(s.slice(end, end + 8))) continue;
    if (f.people.some((p) => p.start <= start && p.end > start)) continue;
    if (inRelativeClause(f, m.index)) continue;
    const span = { start: m.index, end, value: '', precision: 'month' as const, relative: true };
    if (startsSeries(s, span, lx)) continue;
    const n = MONTHS[m[0].toLowerCase()];
    if (n) out.push(n);
  }
  return out;
}

/** The days a sentence tells its time by: a weekday or 'today' (0), or a day's month (1-12). */
function daysTold(f: SentenceFacts, lx: Lexicon): number[] {
  const out = f.dates.filter((d) => d.precision === 'day').map((d) => Number(d.value.slice(5, 7)));
  const re = rules(lx).day;
  if (re?.test(f.sentence.text)) out.push(0);
  return out;
}

/**
 * The indices of release sentences dated by a month alone, with no date the grouping can place
 * (group.ts dates a resolved month as background itself), while another strong release sentence
 * is dated by a weekday, 'today' or a day of another month.
 */
export function earlierByMonth(facts: SentenceFacts[], lx: Lexicon): Set<number> {
  const out = new Set<number>();
  const months = new Map<number, number[]>();
  for (const f of facts) {
    if (!f.release || f.dates.length > 0) continue;
    const m = bareMonths(f, lx);
    if (m.length > 0 && daysTold(f, lx).length === 0) months.set(f.sentence.index, m);
  }
  if (months.size === 0) return out;
  const told = facts
    .filter((g) => g.strong && !months.has(g.sentence.index))
    .map((g) => ({ at: g.sentence.index, days: daysTold(g, lx) }))
    .filter((g) => g.days.length > 0);
  for (const [at, m] of months)
    if (told.some((g) => g.at !== at && g.days.some((d) => d === 0 || !m.includes(d)))) out.add(at);
  return out;
}
