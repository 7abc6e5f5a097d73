// The Solar Hijri calendar of Iranian news ('۲۲ اسفند ۱۴۰۲') turned into Gregorian days, for
// dates.ts. Pure arithmetic: Nowruz (1 Farvardin) is counted from a known one with the 33-year
// leap rule, which agrees with the official calendar for the years the news is about (about
// 1343-1472, i.e. 1964-2093); outside them no date is given rather than one a day off.

/** 1 Farvardin 1403 fell on 20 March 2024. */
const EPOCH_YEAR = 1403;
const EPOCH_DAY = Date.UTC(2024, 2, 20);
const FIRST = 1343;
const LAST = 1472;
const DAY_MS = 86_400_000;

/** Leap years of the 33-year cycle: 29 Esfand is followed by a 30th. */
function isLeap(year: number): boolean {
  return [1, 5, 9, 13, 17, 22, 26, 30].includes(((year % 33) + 33) % 33);
}

/** Milliseconds (UTC) of 1 Farvardin of a year, or null outside the years the rule holds. */
function nowruz(year: number): number | null {
  if (year < FIRST || year > LAST) return null;
  let t = EPOCH_DAY;
  for (let y = EPOCH_YEAR; y < year; y++) t += (isLeap(y) ? 366 : 365) * DAY_MS;
  for (let y = EPOCH_YEAR; y > year; y--) t -= (isLeap(y - 1) ? 366 : 365) * DAY_MS;
  return t;
}

/** Days before a month: the first six have 31 days, the next five 30, Esfand 29 or 30. */
const before = (month: number) => (month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30);

/** '2024-03-12' for 22 Esfand 1402; null for a day the month does not have. */
export function solarToIso(year: number, month: number, day: number): string | null {
  const start = nowruz(year);
  if (start === null || month < 1 || month > 12 || day < 1) return null;
  const length = month <= 6 ? 31 : month <= 11 ? 30 : isLeap(year) ? 30 : 29;
  if (day > length) return null;
  return new Date(start + (before(month) + day - 1) * DAY_MS).toISOString().slice(0, 10);
}

/** The Solar Hijri year a Gregorian day (YYYY-MM-DD) falls in. */
export function solarYearOf(iso: string): number | null {
  const t = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(t)) return null;
  const year = Number(iso.slice(0, 4)) - 621;
  const start = nowruz(year);
  if (start === null) return null;
  return t >= start ? year : year - 1;
}
