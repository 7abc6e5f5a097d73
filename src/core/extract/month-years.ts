// The years a report gives its months, for the days and months it writes without a year when
// it has no published date or dateline ('В декабре 2021-го ... 15 декабря был оглашён приговор').
import { findDates } from './dates.ts';
import type { Lexicon } from './lexicons/index.ts';

interface MonthYear {
  month: number;
  year: number;
  at: number;
}

/**
 * A look-up of the year of a month at a place in the text: the year of the nearest date in the
 * report that names that month with a year (a day or month date), else null. The report is read
 * once, on the first look-up: most reports never ask.
 */
export function monthYears(
  text: string,
  lx: Lexicon,
): (month: number, at: number) => number | null {
  let known: MonthYear[] | undefined;
  return (month, at) => {
    known ??= findDates(text, undefined, lx, { digits: true }).flatMap((d) =>
      d.precision === 'year'
        ? []
        : [{ month: Number(d.value.slice(5, 7)), year: Number(d.value.slice(0, 4)), at: d.start }],
    );
    let best: MonthYear | null = null;
    for (const k of known)
      if (k.month === month && (!best || Math.abs(k.at - at) < Math.abs(best.at - at))) best = k;
    return best?.year ?? null;
  };
}
