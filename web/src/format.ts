import { IntlMessageFormat } from 'intl-messageformat';
import { confidentialLabel } from '../../src/core/model/publish.ts';
import { headlineName, type NameLike } from '../../src/core/names/headline.ts';
import { getLocale, hasMessage, intlFallback, t } from './i18n/index.ts';

// Intl formatters are costly to make and fixed per language: one of each per language in use.
const made = new Map<string, unknown>();
function memo<T>(name: string, make: (locale: string) => T): T {
  const key = `${getLocale()}${intlFallback() ? '*' : ''} ${name}`;
  let f = made.get(key) as T | undefined;
  if (f === undefined) {
    f = make(getLocale());
    made.set(key, f);
  }
  return f;
}

// Where Intl lacks the language, numbers take the rules of a language that shares them.
const numbers = () =>
  memo('number', (l) => new Intl.NumberFormat(intlFallback()?.numbersLike ?? l));

export function formatNumber(n: number | null | undefined): string {
  return n === null || n === undefined ? '–' : numbers().format(n);
}

/** '52', 'more than 1,000': a reported figure with its qualifier. */
export function formatCount(c: { value: number; qualifier: string } | null | undefined): string {
  if (!c) return '–';
  const key = `qualifier.${c.qualifier}`;
  return hasMessage(key) ? t(key, { n: formatNumber(c.value) }) : formatNumber(c.value);
}

const utcDate = (options: Intl.DateTimeFormatOptions) => (l: string) =>
  new Intl.DateTimeFormat(l, { ...options, timeZone: 'UTC' });
const dayFormat = () => memo('day', utcDate({ day: 'numeric', month: 'short', year: 'numeric' }));
const monthFormat = () => memo('month', utcDate({ month: 'long', year: 'numeric' }));
const yearFormat = () => memo('year', utcDate({ year: 'numeric' }));

/**
 * A date with its precision, in the reader's language: '11 Sept 2025', 'September 2025' or
 * '2025' ('11 вер. 2025 р.', 'вересень 2025 р.', '2025 р.'); never invents a day or a month.
 */
export function formatDate(d: { value: string } | string | null | undefined): string {
  const v = typeof d === 'string' ? d : d?.value;
  if (!v) return t('common.unknown');
  const f = intlFallback();
  if (f) return fallbackDate(f, v);
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return dayFormat().format(new Date(`${v}T00:00:00Z`));
  if (/^\d{4}-\d{2}$/.test(v)) return monthFormat().format(new Date(`${v}-01T00:00:00Z`));
  if (/^\d{4}$/.test(v)) return yearFormat().format(new Date(`${v}-07-01T00:00:00Z`));
  return v;
}

/** A date from the stand-in's month names and patterns, with the same precision rules. */
function fallbackDate(f: NonNullable<ReturnType<typeof intlFallback>>, v: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  if (!m) return v;
  const [, year, month, day] = m;
  const fill = (pattern: string, values: Record<string, string>) =>
    pattern.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
  if (day) {
    const name = f.monthsShort[Number(month) - 1] ?? month!;
    return fill(f.day, { day: String(Number(day)), month: name, year: year! });
  }
  if (month) return fill(f.month, { month: f.monthsLong[Number(month) - 1] ?? month, year: year! });
  return fill(f.year, { year: year! });
}

const clockFormat = (seconds: boolean) =>
  memo(
    `clock${seconds ? 's' : ''}`,
    (l) =>
      new Intl.DateTimeFormat(intlFallback()?.numbersLike ?? l, {
        hour: '2-digit',
        minute: '2-digit',
        ...(seconds ? { second: '2-digit' } : {}),
        hourCycle: 'h23',
        timeZone: 'UTC',
      }),
  );

/**
 * A moment (an ISO time stamp) as the reader writes a day, with the time of day in UTC, as the
 * ledger stores it: '11 вер. 2025 р., 14:03' ('Sep 11, 2025, 14:03'). The caller says 'UTC'.
 */
export function formatMoment(iso: string, seconds = false): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const day = formatDate(at.toISOString().slice(0, 10));
  return t('common.moment', { day, time: clockFormat(seconds).format(at) });
}

const relative = () => memo('relative', (l) => new Intl.RelativeTimeFormat(l, { numeric: 'auto' }));

/** How long ago (or ahead) a day or month is, in words: 'yesterday', '3 months ago'. */
export function formatRelative(d: { value: string } | string, now = Date.now()): string {
  const v = typeof d === 'string' ? d : d.value;
  const at = Date.parse(v.length === 4 ? `${v}-07-01` : v.length === 7 ? `${v}-15` : v);
  if (Number.isNaN(at)) return '';
  const days = Math.round((at - now) / 86_400_000);
  const months = Math.round(days / 30.44);
  const [n, unit]: [number, 'day' | 'month' | 'year'] =
    v.length === 10 && Math.abs(days) < 45
      ? [days, 'day']
      : v.length >= 7 && Math.abs(months) < 18
        ? [months, 'month']
        : [Math.round(days / 365.25), 'year'];
  const f = intlFallback();
  if (!f) return relative().format(n, unit);
  if (unit === 'day' && Math.abs(n) <= 1)
    return n === 0 ? f.relative.today : n < 0 ? f.relative.yesterday : f.relative.tomorrow;
  const pattern = f.relative[`${unit}${n < 0 ? 'Past' : 'Future'}`];
  return String(new IntlMessageFormat(pattern, getLocale()).format({ n: Math.abs(n) }));
}

const regions = () => memo('region', (l) => new Intl.DisplayNames(l, { type: 'region' }));
const languages = () => memo('language', (l) => new Intl.DisplayNames(l, { type: 'language' }));

/** A country's name in the reader's language from its ISO code ('BY' -> 'Беларусь'). */
export function formatCountry(code: string | null | undefined): string {
  if (!code) return t('common.unknown');
  if (!/^[A-Za-z]{2}$/.test(code)) return code;
  const f = intlFallback();
  // The stand-in names the countries the ledger meets; any other keeps its code.
  if (f) return (f.regions as Record<string, string>)[code.toUpperCase()] ?? code.toUpperCase();
  try {
    return regions().of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** A language's name from its BCP-47 tag ('be-Latn' -> 'Belarusian (Latin)'). */
export function formatLanguage(tag: string | null | undefined): string {
  if (!tag) return t('person.language.none');
  const f = intlFallback();
  if (f) return (f.languages as Record<string, string>)[tag] ?? tag;
  try {
    return languages().of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The current language's collation: names sort as a reader of that language expects. */
export function collator(): Intl.Collator {
  return memo('collator', (l) => new Intl.Collator(intlFallback()?.collateLike ?? l));
}

/** Month and weekday names of the current language, for the charts' time axes (uPlot). */
export function calendarNames() {
  return memo('calendar', (l) => {
    const f = intlFallback();
    if (f)
      return {
        MMMM: f.monthsLong,
        MMM: f.monthsShort,
        WWWW: f.weekdaysLong,
        WWW: f.weekdaysShort,
      };
    const names = (options: Intl.DateTimeFormatOptions, dates: Date[]) => {
      const f = new Intl.DateTimeFormat(l, { ...options, timeZone: 'UTC' });
      return dates.map((d) => f.format(d));
    };
    const months = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2025, m, 1)));
    // 2025-01-05 is a Sunday: uPlot counts weekdays from Sunday.
    const week = Array.from({ length: 7 }, (_, w) => new Date(Date.UTC(2025, 0, 5 + w)));
    return {
      MMMM: names({ month: 'long' }, months),
      MMM: names({ month: 'short' }, months),
      WWWW: names({ weekday: 'long' }, week),
      WWW: names({ weekday: 'short' }, week),
    };
  });
}

/** A label from a vocabulary ('status.pardoned' -> 'pardoned'), or the raw value. */
export function label(prefix: string, value: string | null | undefined): string {
  if (!value) return t('common.unknown');
  const key = `${prefix}.${value}`;
  return hasMessage(key) ? t(key) : value.replaceAll('_', ' ');
}

/** A claim value in words, for tables of claims. */
export function formatValue(
  v:
    | { type: 'text'; text: string }
    | { type: 'number'; number: number; qualifier: string }
    | { type: 'date'; date: { value: string } }
    | { type: 'ref'; id: string }
    | { type: 'name'; name: { value: string } }
    | { type: 'bool'; bool: boolean },
): string {
  switch (v.type) {
    case 'text':
      return v.text;
    case 'number':
      return formatCount({ value: v.number, qualifier: v.qualifier });
    case 'date':
      return formatDate(v.date);
    case 'ref':
      return v.id;
    case 'name':
      return v.name.value;
    case 'bool':
      return v.bool ? t('common.yes') : t('common.no');
  }
}

/** The page address of an entity, by its id prefix (per_, rel_, ...) or its type. */
export function entityPath(id: string, type?: string | null): string | null {
  const kind = type ?? '';
  if (kind === 'person' || id.startsWith('per_')) return `/people/${encodeURIComponent(id)}`;
  if (kind === 'release_event' || id.startsWith('rel_'))
    return `/releases/${encodeURIComponent(id)}`;
  if (kind === 'deal' || id.startsWith('deal_')) return `/deals/${encodeURIComponent(id)}`;
  return null;
}

/** A claim's value in words, knowing its property: years stay ungrouped, vocabularies get labels. */
export function formatClaimValue(
  property: string,
  subjectType: string,
  v: Parameters<typeof formatValue>[0],
): string {
  if (v.type === 'number' && property === 'birthYear') return String(v.number);
  if (v.type === 'text') {
    if (property === 'status') return label('status', v.text);
    if (property === 'gender') return label('gender', v.text);
    if (property === 'country' || property === 'citizenship' || property === 'destination')
      return /^[A-Z]{2}$/.test(v.text) ? formatCountry(v.text) : v.text;
    if (property === 'kind' && subjectType === 'release_event') return label('kind', v.text);
    if (property === 'kind' && subjectType === 'concession') return label('concession', v.text);
    if (property === 'kind' && subjectType === 'actor') return label('actor', v.text);
    if (property === 'visibility') return label('visibility', v.text);
  }
  return formatValue(v);
}

/** A claim's property in words ('arrestDate' -> 'arrest date'), or its id when unknown. */
export function propertyLabel(property: string): string {
  const key = `prop.${property}`;
  return hasMessage(key) ? t(key) : property;
}

/**
 * A report's title for the page: what the public sees of a confidential report is said in the
 * reader's language (the API sends its own English words, core/model/publish.ts).
 */
export function sourceTitle(s: {
  id: string;
  title?: string | null;
  confidential?: boolean;
}): string {
  if (s.confidential || s.title === confidentialLabel) return t('common.confidentialSource');
  return s.title ?? s.id;
}

type Subject = {
  id: string;
  type: string;
  label: string;
  parts?:
    | { kind: 'unnamed'; count: number | null; description: string | null }
    | { kind: 'figure'; country: string | null; attributedTo: string | null };
  names?: NameLike[];
};

/**
 * What a claim is about, in the reader's language: a person (or the person a status change is
 * about) by their spelling for the reader; a title as the API gives it; an
 * unnamed group ('114 people not named: …') or a reported figure ('reported figure for Belarus,
 * according to Viasna') from its parts, as the API's label is English.
 */
/** A label the API gives, or, when it is a person's name, their spelling for the reader. */
export function readerLabel(label: string, names?: readonly NameLike[]): string {
  return names?.length ? headlineName(names, label, getLocale()) : label;
}

export function subjectLabel(s: Subject): string {
  const p = s.parts;
  if (s.names?.length) return readerLabel(s.label, s.names);
  if (!p) return s.label;
  if (p.kind === 'unnamed') {
    const head =
      p.count !== null ? t('subject.unnamed', { count: p.count }) : label('entity', s.type);
    return p.description ? `${head}: ${p.description}` : head;
  }
  const what = p.country
    ? t('subject.figureFor', { country: formatCountry(p.country) })
    : label('entity', s.type);
  return p.attributedTo ? t('subject.by', { what, who: p.attributedTo }) : what;
}
