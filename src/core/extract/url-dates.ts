// The day (or month) a report's address gives it: news sites put the publication day in the
// path ('/2024/01/30/slug', '/politics/2022-02-15/slug', '/20170929/1234', '/story/2018/6/20/'),
// blogs and some papers the month only ('/2023/03/slug'). A report fed with its url and no
// published date is dated by it when its text has no dateline or stamp (index.ts). Pure.

export interface UrlDate {
  /** 'YYYY-MM-DD', or 'YYYY-MM' when the address gives the month only. */
  value: string;
  precision: 'day' | 'month';
}

// Path segments of year, month and day: '/2024/01/30/', '/2018/6/20/' (a path ends at '?' or '#').
const SLASHED = /\/((?:19|20)\d{2})\/(\d{1,2})(?:\/(\d{1,2}))?(?=[/?#]|$)/u;
// One segment or its start: '/2022-02-15/', '/2024-10-17-slug', '/20170929/', '/20120126_slug'.
const JOINED = /\/((?:19|20)\d{2})(-?)(\d{2})\2(\d{2})(?=[/_?#.-]|$)/u;

/** The date of a report's address, or null; only a real calendar day or month counts. */
export function urlDate(url: string | null | undefined): UrlDate | null {
  if (!url) return null;
  // The host is no date ('94.130.84.54'); the path is.
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/iu, '');
  const joined = JOINED.exec(path);
  if (joined) return checked(joined[1]!, joined[3]!, joined[4]!);
  const slashed = SLASHED.exec(path);
  if (slashed) return checked(slashed[1]!, slashed[2]!, slashed[3]);
  return null;
}

const pad2 = (s: string) => s.padStart(2, '0');

function checked(y: string, m: string, d: string | undefined): UrlDate | null {
  const month = Number(m);
  if (month < 1 || month > 12) return null;
  if (d === undefined) return { value: `${y}-${pad2(m)}`, precision: 'month' };
  const value = `${y}-${pad2(m)}-${pad2(d)}`;
  const t = new Date(`${value}T00:00:00Z`);
  // '2023-02-30' is no day.
  if (Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== value) return null;
  return { value, precision: 'day' };
}
