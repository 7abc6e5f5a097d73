// The years of the days and months a report writes without a year, when it has no published
// date or dateline ('В декабре 2021-го ... 15 декабря был оглашён приговор', 'detenido el 2 de
// marzo de 2023 y acusado el 5 de marzo').
import { findDates } from './dates.ts';
import type { Lexicon } from './lexicons/index.ts';

interface Dated {
  /** 'YYYY-MM' or 'YYYY-MM-DD'. */
  value: string;
  at: number;
}

/**
 * How far (in characters) before the day a date naming the same month with its year may be,
 * and how far after it (the annotations date a day and month by 'a full date nearby'). A month
 * named before sets the year of the days told after it ('В декабре 2021-го ... 15 декабря'); a
 * lead's day is not dated by the history told after it ('Ngày 12/4' opening a report, 'từ ngày
 * 30-4-2017' in its last paragraph: the verdict was in 2018). On the dev split's reports with a
 * published date, the nearest such date within these reaches gave the right year 18 times in
 * 18; beyond them, 2 in 5.
 */
const SAME_MONTH_BEFORE = 800;
const SAME_MONTH_AFTER = 300;
/** How far a whole date of another month may be, either way (right 19 times in 21 within it). */
const FULL_DATE_REACH = 300;

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A look-up of the year of a day and month at a place in the text: the year of the nearest
 * date naming the same month with a year, within SAME_MONTH_BEFORE or _AFTER, or anywhere in
 * a report that names no other year; else, from the nearest whole
 * date within FULL_DATE_REACH, the year that puts the day nearest to it ('3 December' by
 * '5 January 2023' is 3 December 2022); else null. A year named alone ('the 2022 Nobel prize')
 * or a date far off says nothing of the day's year: most such dates are a case's history
 * (custody since, the offence's months), which a report's news may follow by years. The report
 * is read once, on the first look-up: most reports never ask.
 */
export function monthYears(
  text: string,
  lx: Lexicon,
  dayFirst = false,
): (month: number, day: number, at: number) => number | null {
  let known: Dated[] | undefined;
  let oneYear: boolean | undefined;
  let newestFull: string | null | undefined;
  return (month, day, at) => {
    known ??= findDates(text, undefined, lx, { digits: true, dayFirst }).flatMap((d) =>
      d.precision === 'year' ? [] : [{ value: d.value, at: d.start }],
    );
    oneYear ??= onlyYear(text);
    const reach = oneYear ? Infinity : 0;
    const same = nearest(
      known.filter((k) => Number(k.value.slice(5, 7)) === month),
      at,
      Math.max(SAME_MONTH_BEFORE, reach),
      Math.max(SAME_MONTH_AFTER, reach),
    );
    if (same) return Number(same.value.slice(0, 4));
    const full = nearest(
      known.filter((k) => k.value.length === 10),
      at,
      FULL_DATE_REACH,
      FULL_DATE_REACH,
    );
    if (full) return yearNearest(full.value, month, day);
    // 'Le 17 juin, X a été condamné en appel ... Le 19 avril 2003, X avait été condamné': a day
    // told without a year follows the newest whole date the report tells as its past.
    newestFull ??= newest(known);
    return newestFull ? yearAfter(newestFull, month, day) : null;
  };
}

// A year of birth says nothing of when the news happened: 'sinh năm 1980', 'SN 1975', 'born in
// 1990', 'né en', 'nacido en', 'nato nel', 'geboren', 'urodzony w', 'родился в', 'народився',
// 'متولد', 'من مواليد', '1981 года рождения', '1990 doğumlu', '1985年生', '(b. 1979)'.
const BORN_BEFORE =
  /(?:sinh năm|\bSN|\bborn(?: in)?|\bb\.|\bnée?s? en|\bnacid[oa]s? en|\bnat[oa] nel|\bnascid[oa] em|\bgeb(?:oren|\.)(?: \p{L}+)?|\burodzon[ya] w|\bur\.|родил(?:ся|ась) в|народил(?:ся|ася) в?|متولد|مواليد|doğumlu)\s*$/iu;
const BORN_AFTER =
  /^\s*(?:года? рождения|г\.\s?р\.|року народження|р\.\s?н\.|doğumlu|年生|年出生)/u;

/**
 * The report names one year only, however often ('el 9 de enero ... desde el 1 de enero de
 * 2025'), years of birth left out: 'Trần Văn Minh, sinh năm 1985, bị bắt ngày 5/6' in a
 * report naming 2019 besides names 2019 only.
 */
function onlyYear(text: string): boolean {
  const years = new Set<string>();
  for (const m of text.matchAll(/(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)/g)) {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const after = text.slice(m.index + 4, m.index + 24);
    if (!BORN_BEFORE.test(before) && !BORN_AFTER.test(after)) years.add(m[0]);
  }
  return years.size === 1;
}

/** The date nearest `at`, at most `before` characters before it or `after` after it. */
function nearest(dates: Dated[], at: number, before: number, after: number): Dated | null {
  let best: Dated | null = null;
  for (const d of dates) {
    const far = Math.abs(d.at - at);
    if (far <= (d.at < at ? before : after) && (!best || far < Math.abs(best.at - at))) best = d;
  }
  return best;
}

/** The newest whole date ('YYYY-MM-DD') of those found, or null. */
function newest(dates: Dated[]): string | null {
  let best: string | null = null;
  for (const d of dates) if (d.value.length === 10 && (!best || d.value > best)) best = d.value;
  return best;
}

/** The year that makes a day and month the first such day after a whole date. */
function yearAfter(iso: string, month: number, day: number): number {
  const year = Number(iso.slice(0, 4));
  return `${year}-${pad2(month)}-${pad2(day)}` > iso ? year : year + 1;
}

/** The year, of the whole date's and the two beside it, that puts a day and month nearest it. */
function yearNearest(iso: string, month: number, day: number): number {
  const year = Number(iso.slice(0, 4));
  const from = Date.parse(`${iso}T00:00:00Z`);
  let best = year;
  let gap = Infinity;
  for (const y of [year - 1, year, year + 1]) {
    const g = Math.abs(Date.parse(`${y}-${pad2(month)}-${pad2(day)}T00:00:00Z`) - from);
    if (g < gap) [best, gap] = [y, g];
  }
  return best;
}
