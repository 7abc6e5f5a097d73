/**
 * CSV answers of the list routes (docs/open-data.md, "CSV of every list"): asked with
 * `format=csv` or `Accept: text/csv`, the same list, filters and reader's view as the JSON,
 * streamed a page at a time. Without an explicit `limit` a download holds every row from
 * `offset` up to readLimits.csvRows; past that, `Link: <...>; rel="next"` gives the rest.
 */
import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { CsvDownload } from '../app/transfer/list-csv.ts';
import { readLimits } from '../core/read-limits.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route answers CSV too (format=csv, Accept: text/csv); said in the OpenAPI document. */
    csv?: boolean;
  }
}

export const csvType = 'text/csv';

/** The `format` parameter of a list route. */
export const format = z
  .enum(['json', 'csv'])
  .optional()
  .describe(
    `csv: the list as CSV (also with Accept: text/csv): every row from offset, at most ${readLimits.csvRows} (a Link header with rel="next" gives the rest), or limit rows when limit is given`,
  );

/** Whether the caller asked for CSV: format=csv, or an Accept header naming text/csv first. */
export function wantsCsv(req: FastifyRequest): boolean {
  const asked = (req.query as { format?: string } | undefined)?.format;
  if (asked) return asked === 'csv';
  const accept = req.headers.accept ?? '';
  return accept.split(',')[0]?.trim().startsWith(csvType) ?? false;
}

/** Whether the query gave `limit` itself (the schema's default does not count). */
export function limitAsked(req: FastifyRequest): boolean {
  return new URL(req.url, 'http://x').searchParams.has('limit');
}

/** The range of a CSV download from a list query. */
export function csvRange(
  req: FastifyRequest,
  q: { offset: number; limit: number },
): { offset: number; limit?: number } {
  return limitAsked(req) ? { offset: q.offset, limit: q.limit } : { offset: q.offset };
}

function attachment(reply: FastifyReply, name: string): FastifyReply {
  return reply
    .header('content-type', `${csvType}; charset=utf-8`)
    .header('content-disposition', `attachment; filename="habeas-${name}.csv"`);
}

/** Sends a list download; its total in X-Total-Count, the rest (if capped) in a Link header. */
export function sendListCsv(
  req: FastifyRequest,
  reply: FastifyReply,
  name: string,
  download: CsvDownload,
): FastifyReply {
  attachment(reply, name).header('x-total-count', String(download.total));
  if (download.next !== null) {
    const next = new URL(req.url, 'http://x');
    next.searchParams.set('offset', String(download.next));
    next.searchParams.set('format', 'csv');
    reply.header('link', `<${next.pathname}${next.search}>; rel="next"`);
  }
  return reply.send(Readable.from(download.lines));
}

/** Sends a table computed whole (counts over time: at most readLimits.rangeMonths rows). */
export function sendTableCsv(reply: FastifyReply, name: string, text: string): FastifyReply {
  return attachment(reply, name).send(text);
}
