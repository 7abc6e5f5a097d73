/**
 * Reading the audit log: filters checked and turned into store filters, pages, and the CSV
 * export. Lines are written by the use cases themselves (docs/audit.md).
 */

import { csvLine } from '../../core/csv.ts';
import { ValidationError } from '../../core/errors.ts';
import type { ReadAuditLine, StoredAuditLine } from '../../core/model/audit.ts';
import type { AuditFilter, Stores } from '../../core/ports.ts';
import { readAuditLine } from './audit-payloads.ts';

export interface AuditQuery {
  actor?: string;
  action?: string;
  /** A claim, entity, source or user id the change touched. */
  subject?: string;
  /** YYYY-MM-DD (from the start of that day, UTC) or an ISO timestamp. */
  since?: string;
  /** YYYY-MM-DD (to the end of that day, UTC) or an ISO timestamp. */
  until?: string;
  limit?: number;
  offset?: number;
}

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

/** A date or timestamp -> the ISO form lines are stamped in, so text order is time order. */
export function auditTime(value: string, edge: 'start' | 'end', field: string): string {
  if (dateOnly.test(value)) {
    const t = Date.parse(`${value}T00:00:00.000Z`);
    if (Number.isNaN(t)) throw new ValidationError(`'${value}' is not a date`, field);
    return edge === 'start' ? `${value}T00:00:00.000Z` : `${value}T23:59:59.999Z`;
  }
  const t = /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(t)) {
    throw new ValidationError(`expected YYYY-MM-DD or an ISO timestamp, got '${value}'`, field);
  }
  return new Date(t).toISOString();
}

export function auditFilter(q: AuditQuery): AuditFilter {
  const f: AuditFilter = {};
  if (q.actor) f.actor = q.actor;
  if (q.action) f.action = q.action;
  if (q.subject) f.subjectId = q.subject;
  if (q.since) f.since = auditTime(q.since, 'start', 'since');
  if (q.until) f.until = auditTime(q.until, 'end', 'until');
  if (f.since && f.until && f.since > f.until) {
    throw new ValidationError(`since (${q.since}) is after until (${q.until})`, 'since');
  }
  if (q.limit !== undefined) f.limit = q.limit;
  if (q.offset !== undefined) f.offset = q.offset;
  return f;
}

/**
 * One page of lines, newest first, with the total matching the filters. Each line is checked
 * against its action: one that does not fit is listed as stored, with its `problem`.
 */
export async function listAudit(
  stores: Stores,
  q: AuditQuery,
): Promise<{ items: ReadAuditLine[]; total: number }> {
  const { limit, offset, ...rest } = auditFilter(q);
  const [lines, total] = await Promise.all([
    stores.audit.listLines({ ...rest, limit: limit ?? 50, offset: offset ?? 0 }),
    stores.audit.countLines(rest),
  ]);
  return { items: lines.map(readAuditLine), total };
}

/** One line, checked, and the revert of it (if any); null for an unknown id. */
export async function getAuditLine(
  stores: Stores,
  id: string,
): Promise<{ line: ReadAuditLine; revertedBy: ReadAuditLine | null } | null> {
  const line = await stores.audit.getLine(id);
  if (!line) return null;
  const revert = await stores.audit.revertOf(id);
  return { line: readAuditLine(line), revertedBy: revert && readAuditLine(revert) };
}

export const auditCsvHeader = [
  'id',
  'at',
  'actor',
  'actor_role',
  'origin',
  'action',
  'subject_ids',
  'summary',
  'reverts',
  'before',
  'after',
];

/**
 * A line as stored: the export is the record, checked or not. csvLine guards every cell against
 * spreadsheet formulas: the log holds text people typed (notes, names, refused usernames).
 */
export function auditCsvRow(l: StoredAuditLine): string {
  return csvLine([
    l.id,
    l.at,
    l.actor,
    l.actorRole ?? '',
    l.origin,
    l.action,
    l.subjectIds.join(' '),
    l.summary,
    l.reverts ?? '',
    l.before === null ? '' : JSON.stringify(l.before),
    l.after === null ? '' : JSON.stringify(l.after),
  ]);
}

/** Every matching line as CSV (header first), read a page at a time. */
export async function* auditCsv(stores: Stores, q: AuditQuery): AsyncGenerator<string> {
  const { limit, offset, ...rest } = auditFilter(q);
  yield csvLine(auditCsvHeader);
  const page = 1000;
  let left = limit ?? Number.POSITIVE_INFINITY;
  for (let at = offset ?? 0; left > 0; at += page) {
    const lines = await stores.audit.listLines({
      ...rest,
      limit: Math.min(page, left),
      offset: at,
    });
    for (const l of lines) yield auditCsvRow(l);
    left -= lines.length;
    if (lines.length < page) break;
  }
}
