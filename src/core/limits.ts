/**
 * Size limits on what Habeas accepts from outside (docs/security.md, "Hostile input"). One
 * place, so the API, the JSONL reader and the CLI refuse the same things with the same words.
 * The API's request schemas (src/server/routes/reports.ts) use the same figures.
 */
import { checkReportUrl, maxUrlChars } from './report-address.ts';

/** The size-limited fields of a report input (ReportInput in app/ingest/ingest-report.ts). */
interface ReportInput {
  text?: string;
  html?: string;
  title?: string;
  url?: string;
}

export const limits = {
  /** Characters of a report's plain text. */
  reportTextChars: 2_000_000,
  /** Characters of a report given as HTML (markup included). */
  reportHtmlChars: 5_000_000,
  titleChars: 1000,
  urlChars: maxUrlChars,
  /** Characters of one JSONL line: an HTML report with its JSON escaping and metadata. */
  jsonlLineChars: 6_000_000,
  /** Reports in one POST /api/reports/batch. */
  batchItems: 1000,
  /** Bytes of a ledger (JSON or CSV) uploaded to POST /api/import. */
  importBodyBytes: 64 * 1024 * 1024,
  /** Bytes of one file (or standard input) read by `habeas import` and `habeas ingest`. */
  inputFileBytes: 256 * 1024 * 1024,
} as const;

/**
 * The longest text of each kind Habeas stores, in characters, by what the text is: one table,
 * so the API's schemas, the CLI, ingestion and ledger imports refuse the same lengths. Generous
 * for real data (the longest name in the sample is under 40 characters), small enough that no
 * one value can slow a search or bloat a page.
 */
export const textLimits = {
  /** One spelling of a person's or actor's name: what the search index holds. */
  name: 300,
  /** A username as typed at sign-in (a stored one is 2-64 characters, core/accounts.ts). */
  username: 200,
  /** A report's, release's or deal's title. */
  title: limits.titleChars,
  /** A report's address. */
  url: limits.urlChars,
  /** A code: a language tag ('be', 'be-Latn'), a country code. BCP 47 tags in use are under 35. */
  code: 35,
  /** A short fact in words: an occupation, a charge, a place, a country, a publisher, a label. */
  label: 1000,
  /** What editors call a watched source ('Viasna news'): one line. */
  sourceName: 200,
  /** A review or merge note, a description, a staff note. */
  note: 5000,
  /** An evidence quote: the words of a report that support a claim. */
  quote: 20_000,
  /** A record the system writes as JSON text (how a mention was resolved, why a report joined an event). */
  record: 200_000,
} as const;

export type TextKind = keyof typeof textLimits;

/**
 * Why a text of this kind is refused for its length, naming what it is and the limit; else
 * null. The caller says where (a field path, a line).
 */
export function overlongText(kind: TextKind, text: string): string | null {
  const max = textLimits[kind];
  return text.length > max
    ? `a ${kind} may be at most ${max} characters long; this one has ${text.length}`
    : null;
}

const fieldLimits: Array<[keyof ReportInput, number]> = [
  ['text', limits.reportTextChars],
  ['html', limits.reportHtmlChars],
  ['title', limits.titleChars],
  ['url', limits.urlChars],
];

/** Why a report input is refused for its size, naming the field and the limit; else null. */
export function oversizedField(input: ReportInput): string | null {
  for (const [field, max] of fieldLimits) {
    const v = input[field];
    if (typeof v === 'string' && v.length > max)
      return `${field} is ${v.length} characters long; the limit is ${max}`;
  }
  return null;
}

/** Why a report's title or url is refused for holding NUL (U+0000), which no database stores. */
export function nulField(input: ReportInput): string | null {
  for (const field of ['title', 'url'] as const)
    if (input[field]?.includes('\u0000'))
      return `${field} contains a NUL character (U+0000), which cannot be stored`;
  return null;
}

/** Why a report's url is refused (the one rule: core/report-address.ts); else null. */
export function badReportUrl(url: string | undefined): string | null {
  if (url === undefined) return null;
  const checked = checkReportUrl(url);
  return checked.ok ? null : checked.problem;
}
