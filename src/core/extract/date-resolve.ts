// How a date pattern's match (dates.ts) becomes a date: absolute days, days and months dated
// by the report's day, weekdays, Solar Hijri days and dates in digits. Pure.
import { MONTHS, WEEKDAYS, YESTERDAY } from './calendar-words.ts';
import type { DateWithPrecision } from './contract.ts';
import { calendarOf } from './lexicons/index.ts';
import { solarToIso, solarYearOf } from './solar-hijri.ts';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** toISOString's day, written from the date's parts for the years it writes in four digits. */
export function ymd(d: Date): string {
  const y = d.getUTCFullYear();
  if (!(y >= 0 && y <= 9999)) return d.toISOString().slice(0, 10);
  return `${String(y).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

export function parsePublished(published?: string): Date | null {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return null;
  const d = new Date(`${published}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

/** Year for a month (and day) with no year: the latest one not after the published date. */
function inferYear(month: number, day: number, pub: Date | null): number | null {
  if (!pub) return null;
  const y = pub.getUTCFullYear();
  const candidate = Date.UTC(y, month - 1, day);
  return candidate > pub.getTime() + 7 * 86_400_000 ? y - 1 : y;
}

export function dayDate(y: number | null, m: number, d: number): DateWithPrecision | null {
  if (y === null || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return { value: `${y}-${pad2(m)}-${pad2(d)}`, precision: 'day' };
}

export type Groups = Record<string, string | undefined>;

export function resolve(
  g: Groups,
  pub: Date | null,
  dayFirst = false,
): [DateWithPrecision | null, boolean] {
  if (g.iso) return [dayDate(Number(g.iy), Number(g.im), Number(g.id)), false];
  if (g.dm) {
    const m = MONTHS[g.dmm!.toLowerCase()]!;
    const d = Number(g.dmd);
    return [dayDate(g.dmy ? Number(g.dmy) : inferYear(m, d, pub), m, d), false];
  }
  if (g.ymd) {
    const m = MONTHS[g.ymm!.toLowerCase()]!;
    return [dayDate(Number(g.ymy), m, Number(g.ymdd)), false];
  }
  if (g.ydm) {
    // '২০১৮ সালের ৫ আগস্ট': year, the word for 'of the year', day, month (dates.ts).
    const m = MONTHS[g.ydmm!.toLowerCase()]!;
    return [dayDate(Number(g.ydmy), m, Number(g.ydmd)), false];
  }
  if (g.num) return [numeric(g, dayFirst), false];
  if (g.dw) {
    const [m, d] = [Number(g.dwm), Number(g.dwd)];
    return [dayDate(g.dwy ? Number(g.dwy) : inferYear(m, d, pub), m, d), false];
  }
  if (g.sh || g.shn) return [solarDate(g, pub), false];
  if (g.yn) return [dayDate(Number(g.yny), Number(g.ynm), Number(g.ynd)), false];
  if (g.cjkmo) {
    const m = Number(g.cjkom);
    return [
      m >= 1 && m <= 12 ? { value: `${g.cjkoy}-${pad2(m)}`, precision: 'month' } : null,
      true,
    ];
  }
  if (g.cjk) {
    const m = Number(g.cjkm);
    const d = Number(g.cjkd);
    return [dayDate(g.cjky ? Number(g.cjky) : inferYear(m, d, pub), m, d), false];
  }
  if (g.md) {
    const m = MONTHS[g.mdm!.toLowerCase()]!;
    const d = Number(g.mdd);
    return [dayDate(g.mdy ? Number(g.mdy) : inferYear(m, d, pub), m, d), false];
  }
  if (g.mo || g.mi) {
    const m = MONTHS[(g.mom ?? g.mim)!.toLowerCase()]!;
    const y = g.moy ? Number(g.moy) : inferYear(m, 1, pub);
    return [y === null ? null : { value: `${y}-${pad2(m)}`, precision: 'month' }, true];
  }
  if (g.wd) return [weekday(g, pub), false];
  if (g.we) return [weekend(pub), false];
  if (g.rel) {
    if (!pub) return [null, false];
    const rel = g.rel.toLowerCase();
    const back = rel === 'yesterday' || rel === 'вчера' || YESTERDAY.includes(rel) ? 1 : 0;
    return [{ value: ymd(addDays(pub, -back)), precision: 'day' }, false];
  }
  if (g.ago) {
    // Counted back from the published day: the report's own clock is the best we have.
    if (!pub) return [null, false];
    const n = { two: 2, three: 3 }[(g.agon ?? 'a').toLowerCase()] ?? 1;
    return [{ value: ymd(addDays(pub, -n)), precision: 'day' }, false];
  }
  if (g.ly)
    return [pub ? { value: String(pub.getUTCFullYear() - 1), precision: 'year' } : null, true];
  if (g.etm) return [pub ? { value: ymd(pub).slice(0, 7), precision: 'month' } : null, true];
  if (g.yr) return [{ value: g.yry!, precision: 'year' }, true];
  return [null, false];
}

/** A Solar Hijri day; with no year, the latest one not more than a week after the report's day. */
function solarDate(g: Groups, pub: Date | null): DateWithPrecision | null {
  const month = g.shn ? Number(g.shnm) : calendarOf('solarMonths').get(g.shm!.toLowerCase())!;
  const day = Number(g.shn ? g.shnd : g.shd);
  const written = g.shn ? g.shny : g.shy;
  if (written) return isoDay(solarToIso(Number(written), month, day));
  const year = pub ? solarYearOf(ymd(pub)) : null;
  if (year === null) return null;
  const iso = solarToIso(year, month, day);
  const late = iso !== null && Date.parse(iso) > pub!.getTime() + 7 * 86_400_000;
  return isoDay(late ? solarToIso(year - 1, month, day) : iso);
}

const isoDay = (iso: string | null): DateWithPrecision | null =>
  iso ? { value: iso, precision: 'day' } : null;

/**
 * A date in digits: day first with dots or hyphens (as Europe writes it); with slashes only when
 * one part cannot be a month (13/03/2023, 03/13/2023) or both are the same, or when the report's
 * language writes the day first (`dayFirst`: 'Publié le 05/03/2024'). A two-digit year
 * ('21.02.22') needs two-digit days and months, so '20.3.10' (an article) is none.
 */
function numeric(g: Groups, dayFirst: boolean): DateWithPrecision | null {
  const a = Number(g.nd);
  const b = Number(g.nm);
  const short = g.ny!.length === 2;
  if (short && (g.nd!.length !== 2 || g.nm!.length !== 2)) return null;
  const y = short ? Number(g.ny) + (Number(g.ny) <= 60 ? 2000 : 1900) : Number(g.ny);
  if (y < 1950 || y > 2099) return null;
  if (g.ns !== '/' || a > 12 || a === b || (dayFirst && b <= 12)) return dayDate(y, b, a);
  return b > 12 ? dayDate(y, a, b) : null;
}

function weekday(g: Groups, pub: Date | null): DateWithPrecision | null {
  if (!pub) return null;
  const target = WEEKDAYS[g.wdd!.toLowerCase()]!;
  let back = (pub.getUTCDay() - target + 7) % 7;
  if (back === 0 && /last/i.test(g.wdl ?? '')) back = 7;
  return { value: ymd(addDays(pub, -back)), precision: 'day' };
}

/** The weekend's Saturday: the one on or before the published day. */
function weekend(pub: Date | null): DateWithPrecision | null {
  if (!pub) return null;
  const back = (pub.getUTCDay() - 6 + 7) % 7;
  return { value: ymd(addDays(pub, -back)), precision: 'day' };
}

// Languages whose news writes a date in digits day first whatever the separator ('05/03/2024' is
// 5 March). English is left out (American copy writes the month first), as are those that write
// the year first (zh, ja, fa, hu).
const DAY_FIRST = new Set(
  'ar az be bg bn bs cs de el es fr hr hy id it ka kk lt nb nl nn no pl pt ro ru sl sr tr uk vi'.split(
    ' ',
  ),
);

/** The report's language writes digit dates day first (findDates' `dayFirst`). */
export const writesDayFirst = (language: string) => DAY_FIRST.has(language);
