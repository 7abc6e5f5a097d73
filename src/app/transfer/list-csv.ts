/**
 * CSV downloads of the lists the web app shows (docs/open-data.md, "CSV of every list"): each
 * list's rows as a table through the one CSV writer (core/csv.ts, formulas neutralised), read
 * a page at a time from the same use case the JSON list comes from, with the same filters and
 * the same reader's view (the public: published data only). A download holds at most
 * readLimits.csvRows rows; `next` says where the rest starts.
 */
import { type CsvCell, csvLine } from '../../core/csv.ts';
import type { MonthFlow } from '../../core/model/counts.ts';
import { statuses } from '../../core/model/properties.ts';
import type { ReportHit } from '../../core/ports.ts';
import { readLimits } from '../../core/read-limits.ts';
import type { listSources } from '../ingest/sources.ts';
import type { DealView } from '../read/deals.ts';
import type { FilteredPersons } from '../read/filter-persons.ts';
import type { HeldOverTime } from '../read/held-over-time.ts';
import type { ReleaseEventView } from '../read/release-events.ts';

/** A table: its column names and each item's cells (one or more rows per item). */
export interface CsvTable<T> {
  columns: readonly string[];
  rows(item: T): CsvCell[][];
}

const count = (n: { value: number; qualifier: string } | null) =>
  n ? `${n.qualifier === 'exact' ? '' : `${n.qualifier} `}${n.value}` : null;
const joined = (values: readonly (string | null | undefined)[]) =>
  values.filter((v): v is string => !!v).join('; ');

type PersonRow = FilteredPersons['items'][number];

export const personTable: CsvTable<PersonRow> = {
  columns: [
    'id',
    'name',
    'other_names',
    'status',
    'status_date',
    'country',
    'occupations',
    'birth_year',
  ],
  rows: (p) => [
    [
      p.id,
      p.name,
      joined(p.names.map((n) => n.value).filter((n) => n !== p.name)),
      p.status?.status,
      p.status?.date?.value,
      p.status?.country,
      joined(p.occupations),
      p.birthYear,
    ],
  ],
};

export const releaseTable: CsvTable<ReleaseEventView> = {
  columns: [
    'id',
    'date',
    'title',
    'country',
    'kind',
    'released_count',
    'count_qualifier',
    'counts_reported',
    'named',
    'names_withheld',
    'released',
    'mediators',
    'destinations',
    'deal',
    'conflicts',
    'reports',
  ],
  rows: (r) => [
    [
      r.id,
      r.date?.value,
      r.title,
      r.country,
      r.kind,
      r.releasedCount?.value,
      r.releasedCount?.qualifier,
      joined(
        r.releasedCountReported.reported.map((v) =>
          v.value.type === 'number'
            ? count({ value: v.value.number, qualifier: v.value.qualifier })
            : null,
        ),
      ),
      r.released.length,
      r.namesWithheld,
      joined(r.released.map((p) => p.name)),
      joined(r.mediators.map((m) => m.name)),
      joined(r.destinations),
      r.deal?.name,
      joined(r.conflicts.map((c) => c.property)),
      r.reports.map((x) => x.url ?? x.sourceId).join(' '),
    ],
  ],
};

/** One row per concession (the Deals page's table), a deal without any on one row of its own. */
export const dealTable: CsvTable<DealView> = {
  columns: [
    'deal_id',
    'deal',
    'deal_date',
    'parties',
    'people_released',
    'concession_id',
    'kind',
    'granted_by',
    'target',
    'date',
    'description',
  ],
  rows: (d) => {
    const deal = [d.id, d.title, d.date, joined(d.parties.map((p) => p.name)), d.peopleReleased];
    if (!d.concessions.length) return [deal];
    return d.concessions.map((c) => [
      ...deal,
      c.id,
      c.kind,
      c.grantedBy?.name,
      c.target,
      c.date,
      c.description,
    ]);
  },
};

type SourceRow = Awaited<ReturnType<typeof listSources>>['items'][number];

export const sourceTable: CsvTable<SourceRow> = {
  columns: [
    'id',
    'title',
    'url',
    'publisher',
    'published_at',
    'language',
    'length',
    'duplicate_of',
    'ingested_at',
  ],
  rows: (s) => [
    [
      s.id,
      s.title,
      s.url,
      s.publisher,
      s.publishedAt,
      s.language,
      s.length,
      s.duplicateOf,
      s.ingestedAt,
    ],
  ],
};

export const searchTable: CsvTable<ReportHit> = {
  columns: ['id', 'title', 'url', 'publisher', 'published_at', 'language', 'rank', 'passage'],
  rows: (h) => [
    [
      h.source.id,
      h.source.title,
      h.source.url,
      h.source.publisher,
      h.source.publishedAt,
      h.source.language,
      h.rank,
      h.snippet.map((s) => s.text).join(''),
    ],
  ],
};

// Every status: an outflow is keyed by the status that ended the stay, which is a held status
// when a prisoner passed to another country's custody (core/model/counts.ts).
const outflowStatuses = statuses;

const flowCells = (f: MonthFlow | undefined) => [
  f?.inflow,
  f?.outflow,
  ...outflowStatuses.map((s) => f?.outflowByStatus[s] ?? 0),
];

/** Counts over time: one row per month, held at its end, its flows and the figures reported in it. */
export const seriesTable: CsvTable<HeldOverTime> = {
  columns: [
    'month',
    'held_at_month_end',
    'named',
    'unnamed',
    'inflow',
    'outflow',
    ...outflowStatuses.map((s) => `outflow_${s}`),
    'reported',
  ],
  rows: (h) =>
    h.points.map((p) => {
      const month = p.date.slice(0, 7);
      const reported = h.reported.filter((r) => r.asOf.value.slice(0, 7) === month);
      return [
        month,
        p.count,
        p.named,
        p.unnamed,
        ...flowCells(h.flow.find((f) => f.month === month)),
        joined(
          reported.map(
            (r) =>
              `${count(r)}${r.attributedTo ? ` (${r.attributedTo})` : ''} as of ${r.asOf.value}`,
          ),
        ),
      ];
    }),
};

export const flowTable: CsvTable<{ months: MonthFlow[] }> = {
  columns: ['month', 'inflow', 'outflow', ...outflowStatuses.map((s) => `outflow_${s}`)],
  rows: (f) => f.months.map((m) => [m.month, ...flowCells(m)]),
};

/** One page of a list, as its use case gives it. */
export type PageOf<T> = (offset: number, limit: number) => Promise<{ items: T[]; total: number }>;

export interface CsvDownload {
  /** Items the list holds with these filters, whatever the range asked. */
  total: number;
  /** Where the next rows start, when the download stopped at its cap; else null. */
  next: number | null;
  /** The CSV text: the header, then the rows, a page at a time. */
  lines: AsyncIterable<string>;
}

/**
 * A list as CSV from `offset`: `limit` items when given, else every item up to the cap. The
 * first page is read before anything is sent, so a bad filter is an error, not a cut file, and
 * the total is known for the answer's headers.
 */
export async function listCsv<T>(
  table: CsvTable<T>,
  pageOf: PageOf<T>,
  range: { offset: number; limit?: number },
): Promise<CsvDownload> {
  const page = readLimits.pageItems;
  const wanted = Math.min(range.limit ?? readLimits.csvRows, readLimits.csvRows);
  const first = await pageOf(range.offset, Math.min(page, wanted));
  const end = Math.min(first.total, range.offset + wanted);
  const capped = range.limit === undefined && first.total > range.offset + wanted;
  async function* lines(): AsyncGenerator<string> {
    yield csvLine(table.columns);
    let items = first.items;
    for (let at = range.offset; ; ) {
      for (const item of items) for (const row of table.rows(item)) yield csvLine(row);
      at += items.length;
      if (items.length === 0 || at >= end) return;
      items = (await pageOf(at, Math.min(page, end - at))).items;
    }
  }
  return { total: first.total, next: capped ? end : null, lines: lines() };
}

/** A one-piece answer (counts over time) as CSV: the header and its rows. */
export function tableCsv<T>(table: CsvTable<T>, item: T): string {
  return [table.columns, ...table.rows(item)].map(csvLine).join('');
}
