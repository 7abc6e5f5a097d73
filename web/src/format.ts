import { hasMessage, locale, t } from './i18n/index.ts';

const numbers = new Intl.NumberFormat(locale);

export function formatNumber(n: number | null | undefined): string {
  return n === null || n === undefined ? '–' : numbers.format(n);
}

/** '52', 'more than 1,000': a reported figure with its qualifier. */
export function formatCount(c: { value: number; qualifier: string } | null | undefined): string {
  if (!c) return '–';
  const key = `qualifier.${c.qualifier}`;
  return hasMessage(key) ? t(key, { n: formatNumber(c.value) }) : formatNumber(c.value);
}

const monthNames = new Intl.DateTimeFormat(locale, {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const dayNames = new Intl.DateTimeFormat(locale, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A date with its precision: '11 Sept 2025', 'Jun 2025' or '2021'; never invents a day. */
export function formatDate(d: { value: string } | string | null | undefined): string {
  const v = typeof d === 'string' ? d : d?.value;
  if (!v) return t('common.unknown');
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return dayNames.format(new Date(`${v}T00:00:00Z`));
  if (/^\d{4}-\d{2}$/.test(v)) return monthNames.format(new Date(`${v}-01T00:00:00Z`));
  return v;
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
      return v.bool ? 'yes' : 'no';
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
    if (property === 'kind' && subjectType === 'release_event') return label('kind', v.text);
    if (property === 'kind' && subjectType === 'concession') return label('concession', v.text);
  }
  return formatValue(v);
}
