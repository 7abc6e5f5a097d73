// Dates in a sentence, absolute or relative to the report's published date.

import { BASE_MONTHS, BASE_WEEKDAYS, MONTHS, WEEKDAYS } from './calendar-words.ts';
import type { DateWithPrecision } from './contract.ts';
import { dayDate, type Groups, parsePublished, resolve, ymd } from './date-resolve.ts';
import {
  ALL_LANGUAGES,
  calendarOf,
  escapeRegExp,
  hintRegExp,
  type Lexicon,
  perLexicon,
  wordsOf,
} from './lexicons/index.ts';
import { trieSource } from './lexicons/trie-source.ts';
import { asciiDigits } from './numbers.ts';
import { yearOfWeekday } from './weekday-year.ts';

export { writesDayFirst } from './date-resolve.ts';
export { newestYear, yearOfWeekday } from './weekday-year.ts';

export interface FoundDate extends DateWithPrecision {
  start: number;
  end: number;
  /** Expressions like 'last year' or 'in June' that point away from the report's day. */
  relative: boolean;
}

/** Longest first: 'septembre' before 'sept', as the month alternation has no end edge. */
// '' for no words (a list without Hungarian's 'in' forms).
function alternation(words: Iterable<string>): string {
  const unique = [...new Set(words)];
  return unique.length
    ? trieSource(unique.sort((a, b) => b.length - a.length).map(escapeRegExp))
    : '';
}

/** The date patterns of a set of word lists, and a cheap pre-test for them. */
const dateRules = perLexicon((lx) => {
  const months = [...BASE_MONTHS, ...calendarOf('months', lx).keys()];
  const M = alternation(months);
  // Hungarian month forms that already say 'in' ('júniusban', 'szeptemberben'): no preposition.
  const M_IN = alternation(months.filter((w) => /(?:ban|ben)$/u.test(w)));
  const W = alternation([...BASE_WEEKDAYS, ...calendarOf('weekdays', lx).keys()]);
  const DW = alternation(wordsOf(lx, 'dayWords').map((w) => w.toLowerCase()));
  const YW = alternation(wordsOf(lx, 'yearWords'));
  const SM = alternation(calendarOf('solarMonths', lx).keys());
  const REL = alternation([
    'today',
    'yesterday',
    'сегодня',
    'вчера',
    ...wordsOf(lx, 'today').map((w) => w.toLowerCase()),
    ...wordsOf(lx, 'yesterday').map((w) => w.toLowerCase()),
  ]);
  const patterns = new RegExp(
    [
      // '2024-03-12', and the same with a time after it ('2024-03-12T10:15', page stamps).
      String.raw`(?<iso>\b(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})(?:\b|(?=T\d)))`,
      // '11 September 2025', '11. September', '11 de septiembre de 2025', '11-го сентября'; the
      // first of a month as French and Italian write it ('1er mars', '1° marzo', '1.º de mayo');
      // Arabic gives a month's two names with a slash ('3 مارس/آذار 2023').
      String.raw`(?<dm>\b(?<dmd>\d{1,2})(?:st|nd|rd|th|er|\.º|\.|º|°|-?го|-?е)?\s+(?:of\s+|de\s+)?(?<dmm>${M})\.?(?:\s*\/\s*(?:${M}))?(?:,?\s+(?:de\s+|del\s+)?(?<dmy>\d{4}))?)`,
      // Year first: '2025. szeptember 11.' (Hungarian), '2025 m. rugsėjo 11 d.' (Lithuanian).
      String.raw`(?<ymd>\b(?<ymy>\d{4})\.?\s+(?:m\.\s+)?(?<ymm>${M})\s+(?<ymdd>\d{1,2})\b)`,
      // '২০১৮ সালের ৫ আগস্ট' (Bengali): the year, the word for 'of the year', day, month.
      ...(YW
        ? [
            String.raw`(?<ydm>\b(?<ydmy>\d{4})\s+(?:${YW})\s+(?<ydmd>\d{1,2})\s+(?<ydmm>${M})(?![\p{L}\p{M}]))`,
          ]
        : []),
      // '12.03.2023', '12/03/2023', '21.02.22' (resolve says which are unambiguous).
      // '2024/03/12', '2024.03.12' (Chinese and Korean pages): year first is never day first.
      String.raw`(?<yn>\b(?<yny>(?:19|20)\d{2})(?<yns>[./])(?<ynm>\d{1,2})\k<yns>(?<ynd>\d{1,2})\b(?![./]?\d))`,
      String.raw`(?<num>\b(?<nd>\d{1,2})(?<ns>[./-])(?<nm>\d{1,2})\k<ns>(?<ny>\d{4}|\d{2})\b(?![./-]?\d))`,
      // 'ngày 7/6/2018', 'ngày 7/6' (Vietnamese): after the word for 'day', day first in digits.
      ...(DW
        ? [
            String.raw`(?<dw>\b(?:${DW})\s+(?<dwd>\d{1,2})(?<dws>[./-])(?<dwm>\d{1,2})(?:\k<dws>(?<dwy>\d{4}))?\b(?![./-]?\d))`,
          ]
        : []),
      // '۲۲ اسفند ۱۴۰۲', '۲۲ اسفندماه', '۱۴۰۲/۱۲/۲۲' (Persian, Solar Hijri; digits read as ASCII).
      ...(SM
        ? [
            String.raw`(?<sh>\b(?<shd>\d{1,2})\s*(?<shm>${SM})(?:[\s\u200c]*ماه)?(?:\s+(?:سال\s+)?(?<shy>1[34]\d{2}))?\b)`,
            String.raw`(?<shn>\b(?<shny>1[34]\d{2})/(?<shnm>\d{1,2})/(?<shnd>\d{1,2})\b(?!/))`,
          ]
        : []),
      // '2025年9月11日', '9月11日' (Chinese, Japanese).
      String.raw`(?<cjk>(?:(?<cjky>\d{4})年)?(?<cjkm>\d{1,2})月(?<cjkd>\d{1,2})日)`,
      // '2021年5月' with no day: a month ('2021年5月被捕'), kept a month.
      String.raw`(?<cjkmo>(?<cjkoy>\d{4})年(?<cjkom>\d{1,2})月(?!\d))`,
      String.raw`(?<md>\b(?<mdm>${M})\.?\s+(?<mdd>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<mdy>\d{4}))?)`,
      // 'im Juni' (German), 'w czerwcu', 'we wrześniu' (Polish), 'u lipnju', 'v juliju', 'у вересні',
      // 'ў верасні': a month with its preposition.
      String.raw`(?<mo>\b(?:in|on|during|since|of|late|early|mid-|в|во|с|im|w|we|u|v|у|ў)\s+(?:early\s+|late\s+|mid-)?(?<mom>${M})(?!\.?\s+\d{1,2}\b)(?:\s+(?<moy>\d{4}))?\b)`,
      ...(M_IN ? [String.raw`(?<mi>\b(?<mim>${M_IN})\b)`] : []),
      String.raw`(?<wd>\b(?<wdl>last\s+|on\s+|в\s+|во\s+|у\s+|ў\s+)?(?<wdd>${W})\b)`,
      String.raw`(?<we>\b(?:this|last|over the|at the|the)\s+weekend\b|в\s+(?:эти\s+|минувшие\s+|прошедшие\s+)?выходные)`,
      String.raw`(?<rel>\b(?:${REL})\b)`,
      String.raw`(?<ago>\b(?<agon>a|one|two|three) days? (?:earlier|ago|before)\b|\bthe (?:day before|previous day)\b)`,
      String.raw`(?<ly>\b(?:last year|в прошлом году)\b)`,
      String.raw`(?<etm>\b(?:earlier this month|ранее в этом месяце)\b)`,
      String.raw`(?<yr>\b(?:in|в)\s+(?<yry>(?:19|20)\d{2})(?:\s+году)?\b)`,
    ]
      .join('|')
      // JavaScript's \b only knows ASCII letters; Russian needs Unicode word edges. Every \b here
      // opens a group (a start edge) or closes a token (an end edge).
      // Start edges are checked in code (a leading lookbehind makes the regex scan slowly).
      .replaceAll(String.raw`>\b`, '>')
      // A Han character ends a word by itself: '星期六发表' (Chinese has no spaces).
      .replaceAll(String.raw`\b`, String.raw`(?:(?![\p{L}\d])|(?<=\p{sc=Han}))`),
    'giu',
  );
  // Cheap test first: most sentences hold no date at all.
  const hint = hintRegExp(
    // Digits, the words of the patterns that have no month, weekday or relative day, and those.
    String.raw`\d|days? (?:earlier|ago|before)|previous day|weekend|(?:last|this) (?:year|month)|году|выходн|месяце`.concat(
      '|',
      M,
      '|',
      W,
      '|',
      REL,
    ),
  );
  // A weekday right before a day and month: 'vendredi 3 mars', 'jueves, 9 de febrero'.
  const weekdayBefore = new RegExp(
    String.raw`(?<![\p{L}])(${W})[,.]?\s+(?:the\s+|le\s+|el\s+)?$`,
    'iu',
  );
  return {
    patterns,
    hint,
    weekdayBefore,
    withDigits: new Map<string, readonly DateHit[]>(),
    withoutDigits: new Map<string, readonly DateHit[]>(),
  };
});
type DateRules = ReturnType<typeof dateRules>;

/** A day and month with no year and no published date, dated by the weekday before them. */
function byWeekday(
  s: string,
  at: number,
  g: Groups,
  newest: number,
  weekdayBefore: RegExp,
): DateWithPrecision | null {
  const monthWord = g.dm && !g.dmy ? g.dmm : g.md && !g.mdy ? g.mdm : undefined;
  if (!monthWord) return null;
  const w = weekdayBefore.exec(s.slice(Math.max(0, at - 24), at));
  if (!w) return null;
  const month = MONTHS[monthWord.toLowerCase()]!;
  const day = Number(g.dm ? g.dmd : g.mdd);
  const year = yearOfWeekday(month, day, WEEKDAYS[w[1]!.toLowerCase()]!, newest);
  return dayDate(year, month, day);
}

/** The month and day of a date written without its year, or null. */
function dayMonthOf(g: Groups): { month: number; day: number } | null {
  if (g.dm && !g.dmy) return { month: MONTHS[g.dmm!.toLowerCase()]!, day: Number(g.dmd) };
  if (g.md && !g.mdy) return { month: MONTHS[g.mdm!.toLowerCase()]!, day: Number(g.mdd) };
  // 'ngày 12/4' (Vietnamese), '4月12日': in digits, the day first or marked.
  if (g.dw && !g.dwy) return { month: Number(g.dwm), day: Number(g.dwd) };
  if (g.cjk && !g.cjky) return { month: Number(g.cjkm), day: Number(g.cjkd) };
  return null;
}

/**
 * 'В декабре 2021-го ... 15 декабря', 'Ngày 12/4 ... ngày 19-5-2017': a day and month with no
 * year, the year the report gives them (month-years.ts).
 */
function byMonthYear(
  g: Groups,
  at: number,
  yearOf: (month: number, day: number, at: number) => number | null,
): DateWithPrecision | null {
  const dm = dayMonthOf(g);
  return dm ? dayDate(yearOf(dm.month, dm.day, at), dm.month, dm.day) : null;
}

const WORD_CHAR = /[\p{L}\d]/u;
const HAN = /\p{sc=Han}/u;

let cachedKey: string | undefined;
let cachedPub: Date | null = null;

function publishedDate(published?: string): Date | null {
  if (published !== cachedKey) {
    cachedKey = published;
    cachedPub = parsePublished(published);
  }
  return cachedPub;
}

/** How a report without a published date dates what has no year (detentions use these). */
export interface DateOptions {
  /**
   * The newest year the report names, for a weekday's day and month ('vendredi 3 mars' in a
   * report naming 2023 is 3 March 2023).
   */
  newest?: number;
  /** Dates written in digits only ('21.02.22') are read too. */
  digits?: boolean;
  /** The report's language writes the day first: '05/03/2024' is 5 March (date-resolve.ts). */
  dayFirst?: boolean;
  /** The year the report gives a day and month written at `at` in `s` without one. */
  yearOf?: (month: number, day: number, at: number) => number | null;
  /** Days listed before a day and month are dates of their own ('les 16 et 18 juin'). */
  listed?: boolean;
}

/** A match of the date patterns that findDates reads: where, its text and its groups. */
interface DateHit {
  index: number;
  length: number;
  groups: Groups;
}

/** Sentences scanned per set of word lists, kept until there are this many (a report's worth). */
const SCANS_KEPT = 2000;

/**
 * The date patterns' matches in s (digits already ASCII), as findDates reads them: none that a
 * letter or digit touches before, none in digits only unless `digits` (and then none right
 * after digits and a separator). They depend on s and `digits` alone, and a sentence is read
 * for dates three times or more (its facts, its detention cues, their parts): each is scanned
 * once and its matches kept.
 */
function dateHits(s: string, rules: DateRules, digits: boolean): readonly DateHit[] {
  const kept = digits ? rules.withDigits : rules.withoutDigits;
  const known = kept.get(s);
  if (known) return known;
  const out: DateHit[] = [];
  const { patterns, hint } = rules;
  if (hint.test(s)) {
    patterns.lastIndex = 0;
    for (let m = patterns.exec(s); m; m = patterns.exec(s)) {
      // Chinese dates and weekdays touch the words before them: '军政府星期六', '今年1月4日'.
      if (
        m.index > 0 &&
        WORD_CHAR.test(s[m.index - 1]!) &&
        !(HAN.test(s[m.index - 1]!) && /[\d\p{sc=Han}]/u.test(s[m.index]!))
      ) {
        patterns.lastIndex = m.index + 1;
        continue;
      }
      // '1.12.03.2023' is no date: digits and a separator before it.
      if (
        (m.groups!.num || m.groups!.yn) &&
        (!digits || (m.index > 1 && /\d[./-]$/.test(s.slice(m.index - 2, m.index))))
      ) {
        patterns.lastIndex = m.index + 1;
        continue;
      }
      out.push({ index: m.index, length: m[0].length, groups: m.groups as Groups });
    }
  }
  if (kept.size >= SCANS_KEPT) kept.clear();
  kept.set(s, out);
  return out;
}

export function findDates(
  s: string,
  published?: string,
  lx: Lexicon = ALL_LANGUAGES,
  { newest, digits = false, dayFirst = false, yearOf, listed = false }: DateOptions = {},
): FoundDate[] {
  const out: FoundDate[] = [];
  const rules = dateRules(lx);
  // Where each weekday found ends: 'miércoles 22 de noviembre' is one day, not two.
  const weekdays = new Set<FoundDate>();
  // Arabic-Indic, Persian and Bengali digits read as ASCII ones ('১২ মার্চ ২০২৪'); same offsets.
  s = asciiDigits(s);
  const hits = dateHits(s, rules, digits);
  if (hits.length === 0) return out;
  const pub = publishedDate(published);
  for (const m of hits) {
    // yearOf may read the whole report for dates (month-years.ts).
    const [found, relative] = resolve(m.groups, pub, dayFirst);
    const date =
      found ??
      (pub
        ? null
        : ((newest !== undefined
            ? byWeekday(s, m.index, m.groups, newest, rules.weekdayBefore)
            : null) ?? (yearOf ? byMonthYear(m.groups, m.index, yearOf) : null)));
    if (!date) continue;
    // Written out, not spread: the same keys in the same order, made faster.
    const d: FoundDate = {
      value: date.value,
      precision: date.precision,
      start: m.index,
      end: m.index + m.length,
      relative,
    };
    const before = out.at(-1);
    const named = before && weekdays.has(before) && !m.groups.wd;
    if (named && WEEKDAY_NAMES_DATE.test(s.slice(before.end, d.start))) out.pop();
    if (m.groups.wd) weekdays.add(d);
    if (listed && m.groups.dm && d.precision === 'day') out.push(...listedDays(s, d));
    out.push(d);
  }
  return out;
}

// A day listed before another that names the month ('les 16 et 18 juin', '16 and 18 June', 'los
// días 3, 4 y 5 de marzo', '16 и 18 июня', 'am 16. und 18. Juni'): a comma or a conjunction
// between, no digits or separator before it ('5.16 and 18 June' is no list), no range word
// ('between 16 and 18 June' is one span, not two days).
const LISTED_DAY =
  /(?<![\d./:-])(\d{1,2})(?:st|nd|rd|th|er|\.)?(?:\s*,\s*|\s+(?:and|et|y|e|und|и|і|та|й|i|a|ve|və|és|ir|oraz|en|og|och|și|و)\s+)$/iu;
const RANGE_BEFORE =
  /(?<![\p{L}])(?:between|entre|zwischen|между|між|pomiędzy|między|tra|fra|arasında|from|du|del|de|vom|von|с|з|od)\s+(?:(?:the|le|les|el|los|las|la|den|dem)\s+)?$/iu;

/** The days listed before a whole day, each with that day's month and year, in text order. */
function listedDays(s: string, d: FoundDate): FoundDate[] {
  const out: FoundDate[] = [];
  let end = d.start;
  for (let m = LISTED_DAY.exec(s.slice(Math.max(0, end - 24), end)); m; ) {
    const start = end - m[0].length;
    const day = Number(m[1]);
    if (day < 1 || day > 31) break;
    const value = `${d.value.slice(0, 8)}${String(day).padStart(2, '0')}`;
    if (!isValidIsoDate(value)) break;
    out.unshift({ value, precision: 'day', start, end: start + m[1]!.length, relative: false });
    end = start;
    m = LISTED_DAY.exec(s.slice(Math.max(0, end - 24), end));
  }
  if (out.length > 0 && RANGE_BEFORE.test(s.slice(Math.max(0, end - 30), end))) return [];
  return out;
}

// What may stand between a weekday and the date it names ('Wednesday, March 6', 'el pasado
// miércoles 22 de noviembre', 'vendredi 3 mars'): that weekday is no day of its own.
const WEEKDAY_NAMES_DATE = /^[,.]?\s+(?:the\s+|le\s+|el\s+)?$/iu;

/**
 * A date to read relative days against when none is given: the first whole date (day, month,
 * year) in the report's opening, where wire copy and many sites put their dateline; `digits`:
 * one written in digits ('Baku/21.02.22/Turan', 'Actualizado 17/10/2018') counts too.
 */
export function datelineOf(
  opening: string,
  keep?: (d: FoundDate) => boolean,
  lx: Lexicon = ALL_LANGUAGES,
  { digits = false, dayFirst = false }: Pick<DateOptions, 'digits' | 'dayFirst'> = {},
): string | null {
  const found = findDates(opening, undefined, lx, { digits, dayFirst }).find(
    (d) => d.precision === 'day' && !d.relative && (keep?.(d) ?? true),
  );
  return found ? found.value : null;
}

let lastChecked: string | undefined;
let lastValid = false;

export function isValidIsoDate(value: string): boolean {
  // A report's date is checked several times: the last answer is kept.
  if (value !== lastChecked) {
    const d = parsePublished(value);
    lastValid = d !== null && ymd(d) === value;
    lastChecked = value;
  }
  return lastValid;
}

/** Days from a to b, comparing the first day of each date (a month date starts on the 1st). */
export function daysBetween(a: DateWithPrecision, b: DateWithPrecision): number {
  const start = (x: DateWithPrecision) =>
    Date.parse(
      `${x.value}${x.precision === 'year' ? '-01-01' : x.precision === 'month' ? '-01' : ''}T00:00:00Z`,
    );
  return Math.round((start(b) - start(a)) / 86_400_000);
}
