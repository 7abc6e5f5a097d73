// Which event of a sentence a date belongs to ('arrested in 2021, X was sentenced to ten
// years': 2021 is the arrest's, and the verdict has no date of its own), and which person of a
// list. Used by dateOf (detention-parts.ts).
import type { Span } from './detention-rules.ts';

// A clause break between a date and a cue: a comma, semicolon or dash, or 'and' in the
// languages of the report set ('detenido el 3 de marzo y condenado el martes').
const BREAK =
  /[,;:–—]|(?<![\p{L}])(?:and|then|и|і|та|а|y|e|et|und|i|ir|és|ve|oraz|og|ja|و|並|并|及)(?![\p{L}])/iu;

/** Characters between a date and a cue, either way round. */
export function gap(d: Span, cue: Span): number {
  return d.start >= cue.end ? d.start - cue.end : cue.start - d.end;
}

/**
 * The dates of a sentence that may be a cue's: those no clause break parts from it; else those
 * no clause break parts from any cue (a date set off by commas: 'The court, on 5 March,
 * sentenced'). A date in another cue's clause is not this one's ('arrested in 2021, X was
 * sentenced': 2021 is the arrest's, the verdict has none), nor one in a clause about someone
 * else (aside: 'X, who took part in the protests of August 2020, was sentenced').
 */
export function datesOfCue<D extends Span>(
  s: string,
  dates: readonly D[],
  cues: readonly Span[],
  cue: Span,
): D[] {
  const own = dates.filter((d) => !parted(s, d, cue));
  return own.length > 0
    ? own
    : dates.filter((d) => cues.every((c) => parted(s, d, c)) && !aside(s, d, cue));
}

/** The dates in no other cue's clause: those a person of the cue's event may take. */
export function unclaimed<D extends Span>(
  s: string,
  dates: readonly D[],
  cues: readonly Span[],
  cue: Span,
): D[] {
  return dates.filter((d) => cues.every((c) => c === cue || parted(s, d, c)) && !aside(s, d, cue));
}

/**
 * A date in a clause of its own about something else: punctuation parts it from the cue, and
 * its clause is a relative one or an insertion closed on both sides that holds more than a few
 * words of time ('X, who took part in the protests of August 2020, was sentenced on 7 March';
 * 'X, a veteran of the 2020 protests, was ...'). Not a list's last part running on to the
 * sentence's end ('arrested with activists, organizers, and workers during the strike in
 * November 2018'), nor a date set off alone ('The court, on 5 March, sentenced'). 'and' alone
 * does not make one ('detained A on 3 May and B on 5 June').
 */
function aside(s: string, d: Span, cue: Span): boolean {
  const between = d.end <= cue.start ? s.slice(d.end, cue.start) : s.slice(cue.end, d.start);
  if (!EDGE.test(between)) return false;
  let a = d.start;
  while (a > 0 && !EDGE.test(s[a - 1]!)) a--;
  let b = d.end;
  while (b < s.length && !EDGE.test(s[b]!) && !/[.!?]/u.test(s[b]!)) b++;
  const before = s.slice(a, d.start).trim();
  if (RELATIVE.test(before)) return true;
  const enclosed = a > 0 && b < s.length && EDGE.test(s[b]!);
  const words = `${before} ${s.slice(d.end, b)}`.match(/[\p{L}\p{M}]+/gu) ?? [];
  return enclosed && words.length > SET_OFF_WORDS;
}

// Where a clause of its own starts or ends: punctuation only (a date's own segment).
const EDGE = /[,;:()–—]/u;
// A relative pronoun opens a clause about someone ('X, who took part in the protests of August
// 2020, was sentenced'); unambiguous forms only ('que', 'che', 'der' are also conjunctions or
// articles).
const RELATIVE =
  /^(?:who|whom|whose|which|qui|dont|lequel|laquelle|lesquels|quien|quienes|cuyo|cuya|cuyos|cuyas|cujo|cuja|il quale|la quale|i quali|le quali|welche[rsnm]?|котор\p{L}*|як(?:ий|а|е|і|ого|их|им|ій|ою|ая|ое|ія|ога|ім|іх)|któr\p{L}*|الذي|التي|الذين|اللواتي)(?![\p{L}])/iu;
/** Words of time a date's own segment may hold beside it ('on', 'el pasado', 'В понедельник'). */
const SET_OFF_WORDS = 4;

/** A clause break stands between two spans of a sentence. */
export function parted(s: string, a: Span, b: Span): boolean {
  return BREAK.test(a.end <= b.start ? s.slice(a.end, b.start) : s.slice(b.end, a.start));
}

/**
 * 'Police detained A on 3 May and B on 5 June': when an event's dates differ, each person takes
 * the nearest one no clause break parts from their name; none when no date is that close.
 */
export function personDate<D extends Span>(s: string, dates: readonly D[], person: Span): D | null {
  let best: D | null = null;
  for (const d of dates)
    if (!parted(s, d, person) && (!best || gap(d, person) < gap(best, person))) best = d;
  return best;
}
