/**
 * Rows to domain records and back. jsonb keeps keys in its own order, so values and authors
 * are rebuilt with the key order the core's constructors use: an export stays byte-identical
 * to what was imported.
 */
import { getTableColumns } from 'drizzle-orm';
import type { Author, Claim, Review, ReviewState } from '../../core/model/claim.ts';
import type { Source } from '../../core/model/source.ts';
import type { Value } from '../../core/model/values.ts';
import type { EntityRecord } from '../../core/ports.ts';
import { type claims, type entities, type reviews, sources } from './schema.ts';

type ClaimRow = typeof claims.$inferSelect;
type ReviewRow = typeof reviews.$inferSelect;
/** A source's columns but its search document, which only the database reads (report-search.ts). */
export const { search: _search, ...sourceColumns } = getTableColumns(sources);
type SourceRow = Omit<typeof sources.$inferSelect, 'search'>;
type EntityRow = typeof entities.$inferSelect;

export function canonicalValue(raw: unknown): Value {
  const v = raw as Value;
  switch (v.type) {
    case 'text':
      return { type: 'text', text: v.text };
    case 'number':
      return { type: 'number', number: v.number, qualifier: v.qualifier };
    case 'date':
      return { type: 'date', date: { value: v.date.value, precision: v.date.precision } };
    case 'ref':
      return { type: 'ref', id: v.id };
    case 'name': {
      const { value, script, language, kind } = v.name;
      return { type: 'name', name: { value, script, language, kind } };
    }
    case 'bool':
      return { type: 'bool', bool: v.bool };
    default:
      return v;
  }
}

export function canonicalAuthor(raw: unknown): Author {
  const a = raw as Author;
  if (a.kind === 'extractor') return { kind: 'extractor', name: a.name, version: a.version };
  if (a.kind === 'user') return { kind: 'user', id: a.id };
  if (a.kind === 'import') return { kind: 'import', name: a.name };
  return a;
}

export function claimFromRow(r: ClaimRow): Claim {
  return {
    id: r.id,
    subjectId: r.subjectId,
    subjectType: r.subjectType as Claim['subjectType'],
    property: r.property,
    value: canonicalValue(r.value),
    sourceId: r.sourceId,
    evidence:
      r.evidenceStart === null || r.evidenceEnd === null || r.evidenceQuote === null
        ? null
        : { start: r.evidenceStart, end: r.evidenceEnd, quote: r.evidenceQuote },
    author: canonicalAuthor(r.author),
    createdAt: r.createdAt,
    confidence: r.confidence,
    initialState: r.initialState as ReviewState,
    supersedes: r.supersedes,
  };
}

/** Text a value is searched by: the lower-cased spelling of a name or a text value. */
export function searchText(v: Value): string | null {
  if (v.type === 'name') return v.name.value.normalize('NFC').toLowerCase();
  if (v.type === 'text') return v.text.normalize('NFC').toLowerCase();
  return null;
}

export function reviewFromRow(r: ReviewRow): Review {
  return {
    id: r.id,
    claimId: r.claimId,
    state: r.state as ReviewState,
    author: canonicalAuthor(r.author),
    at: r.at,
    note: r.note,
  };
}

export function sourceFromRow(r: SourceRow): Source {
  return {
    id: r.id,
    url: r.url,
    title: r.title,
    publisher: r.publisher,
    publishedAt: r.publishedAt,
    language: r.language,
    contentHash: r.contentHash,
    text: r.text,
    ingestedAt: r.ingestedAt,
    duplicateOf: r.duplicateOf,
    // Present only when set, so exports of ledgers without confidential sources are unchanged.
    ...(r.confidential ? { confidential: true } : {}),
  };
}

export function entityFromRow(r: Pick<EntityRow, 'id' | 'type' | 'createdAt'>): EntityRecord {
  return { id: r.id, type: r.type as EntityRecord['type'], createdAt: r.createdAt };
}
