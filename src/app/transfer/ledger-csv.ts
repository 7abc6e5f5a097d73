import { CsvSyntaxError, csvCellValue, csvLine, parseCsv } from '../../core/csv.ts';
import { ValidationError } from '../../core/errors.ts';
import type { LedgerDump } from '../../core/model/dump.ts';

/**
 * The ledger as one CSV table, a row per record: `record` says which (source, entity, claim,
 * review) and the other columns hold its fields; structured fields (value, author) are JSON.
 * One file, so a spreadsheet user can filter it and `habeas import` can read it back exactly:
 * csvLine's apostrophe before a cell that would start a formula (a title `=HYPERLINK(...)`) is
 * taken off again on reading (csvCellValue).
 */
export const csvColumns = [
  'record',
  'id',
  'type',
  'subject_id',
  'property',
  'value',
  'source_id',
  'evidence_start',
  'evidence_end',
  'evidence_quote',
  'author',
  'created_at',
  'confidence',
  'state',
  'supersedes',
  'claim_id',
  'note',
  'url',
  'title',
  'publisher',
  'published_at',
  'language',
  'content_hash',
  'text',
  'duplicate_of',
  'confidential',
] as const;
type Column = (typeof csvColumns)[number];
type Row = Partial<Record<Column, string>>;

const opt = (v: string | null | undefined) => v ?? '';

export function dumpToCsv(dump: LedgerDump): string {
  const out = [csvLine(csvColumns)];
  const put = (r: Row) => out.push(csvLine(csvColumns.map((c) => r[c] ?? '')));
  for (const s of dump.sources) {
    put({
      record: 'source',
      id: s.id,
      url: opt(s.url),
      title: opt(s.title),
      publisher: opt(s.publisher),
      published_at: opt(s.publishedAt),
      language: opt(s.language),
      content_hash: s.contentHash,
      text: s.text,
      created_at: s.ingestedAt,
      duplicate_of: opt(s.duplicateOf),
      confidential: s.confidential ? 'true' : '',
    });
  }
  for (const e of dump.entities)
    put({ record: 'entity', id: e.id, type: e.type, created_at: e.createdAt });
  for (const c of dump.claims) {
    put({
      record: 'claim',
      id: c.id,
      type: c.subjectType,
      subject_id: c.subjectId,
      property: c.property,
      value: JSON.stringify(c.value),
      source_id: opt(c.sourceId),
      evidence_start: c.evidence ? String(c.evidence.start) : '',
      evidence_end: c.evidence ? String(c.evidence.end) : '',
      evidence_quote: c.evidence ? c.evidence.quote : '',
      author: JSON.stringify(c.author),
      created_at: c.createdAt,
      confidence: String(c.confidence),
      state: c.initialState,
      supersedes: opt(c.supersedes),
    });
  }
  for (const r of dump.reviews) {
    put({
      record: 'review',
      id: r.id,
      claim_id: r.claimId,
      state: r.state,
      author: JSON.stringify(r.author),
      created_at: r.at,
      note: opt(r.note),
    });
  }
  return out.join('');
}

/**
 * Reads the CSV written by dumpToCsv back into a dump-shaped object. Shape and consistency are
 * checked afterwards by parseDump, so this only reports what is wrong with rows and columns.
 */
export function csvToDump(text: string): unknown {
  let rows: string[][];
  try {
    rows = parseCsv(text).map((row) => row.map(csvCellValue));
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw new ValidationError(e.message, 'csv');
    throw e;
  }
  const header = rows[0];
  // Files written before sources could be confidential lack that last column.
  const columns = header?.length === csvColumns.length - 1 ? csvColumns.slice(0, -1) : csvColumns;
  if (!header || header.join(',') !== columns.join(',')) {
    throw new ValidationError(
      `the first row must be the header: ${csvColumns.join(',')}`,
      'csv line 1',
    );
  }
  const dump = {
    format: 'habeas-ledger',
    version: 1,
    sources: [],
    entities: [],
    claims: [],
    reviews: [],
  } as {
    [k: string]: unknown[] | string | number;
  };
  rows.slice(1).forEach((fields, i) => {
    if (fields.length === 1 && fields[0] === '') return;
    const where = `csv line ${i + 2}`;
    if (fields.length !== columns.length) {
      throw new ValidationError(`expected ${columns.length} fields, found ${fields.length}`, where);
    }
    const r = Object.fromEntries(columns.map((c, n) => [c, fields[n]!])) as Record<Column, string>;
    pushRecord(dump, r, where);
  });
  return dump;
}

const nul = (v: string) => (v === '' ? null : v);

function json(v: string, where: string, column: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    throw new ValidationError(`column '${column}' is not valid JSON`, where);
  }
}

function pushRecord(dump: Record<string, unknown>, r: Record<Column, string>, where: string): void {
  const list = (k: string) => dump[k] as unknown[];
  switch (r.record) {
    case 'source':
      list('sources').push({
        id: r.id,
        url: nul(r.url),
        title: nul(r.title),
        publisher: nul(r.publisher),
        publishedAt: nul(r.published_at),
        language: nul(r.language),
        contentHash: r.content_hash,
        text: r.text,
        ingestedAt: r.created_at,
        duplicateOf: nul(r.duplicate_of),
        ...(r.confidential === 'true' ? { confidential: true } : {}),
      });
      return;
    case 'entity':
      list('entities').push({ id: r.id, type: r.type, createdAt: r.created_at });
      return;
    case 'claim':
      list('claims').push({
        id: r.id,
        subjectId: r.subject_id,
        subjectType: r.type,
        property: r.property,
        value: json(r.value, where, 'value'),
        sourceId: nul(r.source_id),
        evidence:
          r.evidence_start === ''
            ? null
            : {
                start: Number(r.evidence_start),
                end: Number(r.evidence_end),
                quote: r.evidence_quote,
              },
        author: json(r.author, where, 'author'),
        createdAt: r.created_at,
        confidence: Number(r.confidence),
        initialState: r.state,
        supersedes: nul(r.supersedes),
      });
      return;
    case 'review':
      list('reviews').push({
        id: r.id,
        claimId: r.claim_id,
        state: r.state,
        author: json(r.author, where, 'author'),
        at: r.created_at,
        note: nul(r.note),
      });
      return;
    default:
      throw new ValidationError(
        `unknown record kind '${r.record}' (expected source, entity, claim or review)`,
        where,
      );
  }
}
