/**
 * The audit log over HTTP (docs/audit.md): staff read and export it (reviewer and up); an
 * editor may revert a change, which adds new records and an audit.revert line.
 */
import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import {
  type AuditQuery,
  auditCsv,
  auditFilter,
  getAuditLine,
  listAudit,
} from '../../app/review/audit-log.ts';
import { revertChange } from '../../app/review/revert-change.ts';
import { NotFoundError } from '../../core/errors.ts';
import { mustHaveRole, requestActor } from '../actor.ts';
import { idParams, page, term } from '../schemas/query.ts';
import { auditDetail, auditPage, revertResult } from '../schemas/review.ts';
import type { Api } from './common.ts';

const filters = page.extend({
  actor: term.optional(),
  action: z.string().max(100).optional(),
  subject: term.optional(),
  since: z.string().max(40).optional(),
  until: z.string().max(40).optional(),
  format: z.enum(['json', 'csv']).optional(),
});

type Filters = z.infer<typeof filters>;

function query(f: Filters): AuditQuery {
  const { format: _format, ...q } = f;
  return q;
}

/** Streamed a page at a time; the filters are checked first, so a bad one is a 400, not a cut. */
function sendCsv(ctx: AppContext, q: AuditQuery, reply: FastifyReply) {
  auditFilter(q);
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', 'attachment; filename="habeas-audit.csv"')
    .send(Readable.from(auditCsv(ctx.db, q)));
}

export async function auditRoutes(api: Api, ctx: AppContext) {
  api.get(
    '/audit',
    {
      config: { role: 'reviewer' },
      schema: {
        operationId: 'listAudit',
        tags: ['audit'],
        summary:
          'Audit log, newest first: who changed what, when, from where, before and after (staff only; format=csv exports)',
        querystring: filters,
        response: { 200: auditPage },
      },
    },
    async (req, reply) => {
      mustHaveRole(req, 'reviewer');
      if (req.query.format === 'csv') {
        // An export is every matching line unless a limit is given explicitly.
        const explicit = new URL(req.url, 'http://x').searchParams.has('limit');
        const { limit, offset, ...rest } = query(req.query);
        return sendCsv(ctx, { ...rest, offset, ...(explicit ? { limit } : {}) }, reply);
      }
      return listAudit(ctx.db, query(req.query));
    },
  );
  api.get(
    '/audit.csv',
    {
      config: { role: 'reviewer' },
      schema: {
        operationId: 'exportAuditCsv',
        tags: ['audit'],
        summary: 'Every audit line matching the filters as CSV (staff only)',
        querystring: filters.omit({ limit: true, offset: true, format: true }),
      },
    },
    async (req, reply) => {
      mustHaveRole(req, 'reviewer');
      return sendCsv(ctx, req.query, reply);
    },
  );
  api.get(
    '/audit/:id',
    {
      config: { role: 'reviewer' },
      schema: {
        operationId: 'getAuditLine',
        tags: ['audit'],
        summary: 'One audit line and the revert of it, if any',
        params: idParams,
        response: { 200: auditDetail },
      },
    },
    async (req) => {
      mustHaveRole(req, 'reviewer');
      const found = await getAuditLine(ctx.db, req.params.id);
      if (!found) throw new NotFoundError('audit line', req.params.id);
      return found;
    },
  );
  api.post(
    '/audit/:id/revert',
    {
      config: { role: 'editor' },
      schema: {
        operationId: 'revertChange',
        problems: ['conflict'],
        tags: ['audit'],
        summary:
          'Undo a change by new records (reviews, never deletes); itself audited as audit.revert',
        params: idParams,
        response: { 201: revertResult },
      },
    },
    async (req, reply) => {
      mustHaveRole(req, 'editor');
      return reply.code(201).send(await revertChange(ctx, req.params.id, requestActor(req)));
    },
  );
}
