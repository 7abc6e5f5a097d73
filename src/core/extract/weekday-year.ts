// The year of a day and month that a report gives without one, from the weekday it names and the
// newest year the report mentions (dates.ts). Pure arithmetic on the calendar.
import { allMatches } from './regex-all.ts';

/** How many years from the newest one a report names a weekday's year may be. */
const WEEKDAY_YEARS = 4;

/**
 * The year in which a day and month fall on a weekday (0 = Sunday), among the newest year a
 * report names and the few after it; null unless exactly one fits. A day's weekday moves by one
 * or two a year, so within four years it comes back at most once.
 */
export function yearOfWeekday(
  month: number,
  day: number,
  weekday: number,
  newest: number,
): number | null {
  const fits: number[] = [];
  for (let y = newest; y < newest + WEEKDAY_YEARS; y++) {
    const d = new Date(Date.UTC(y, month - 1, day));
    if (d.getUTCMonth() === month - 1 && d.getUTCDay() === weekday) fits.push(y);
  }
  return fits.length === 1 ? fits[0]! : null;
}

/** The newest year from 1950 on that a text names in digits, or undefined. */
export function newestYear(text: string): number | undefined {
  let newest: number | undefined;
  for (const m of allMatches(/(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)/g, text)) {
    const y = Number(m[0]);
    if (newest === undefined || y > newest) newest = y;
  }
  return newest;
}
