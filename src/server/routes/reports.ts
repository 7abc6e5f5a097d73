import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import {
  type IngestResult,
  ingestReport,
  type ReportInput,
} from '../../app/ingest/ingest-report.ts';
import { DomainError, ValidationError } from '../../core/errors.ts';
import { limits } from '../../core/limits.ts';
import { requestActor } from '../actor.ts';
import { address } from '../schemas/address.ts';
import type { Api } from './common.ts';

const reportBody = z
  .object({
    text: z.string().min(1).max(limits.reportTextChars).optional(),
    html: z.string().min(1).max(limits.reportHtmlChars).optional(),
    // The one address rule (schemas/address.ts); ingest stores the normal form. A bare URL in
    // the body is fetched under the fetcher's own address checks.
    url: address.optional(),
    title: z.string().max(limits.titleChars).optional(),
    publishedAt: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
      .optional(),
  })
  .refine((b) => (b.text === undefined ? 0 : 1) + (b.html === undefined ? 0 : 1) <= 1, {
    message: 'give one of text, html or url',
  })
  .refine((b) => b.text !== undefined || b.html !== undefined || b.url !== undefined, {
    message: 'give one of text, html or url',
  });

type ReportBody = z.infer<typeof reportBody>;

// What ingesting answers: in the OpenAPI document, so the web app's generated types and API
// clients know it (web/src/api/schema.d.ts). Mirrors IngestResult; the serializer checks it.
const ingestResult = z.object({
  source: z.object({ id: z.string(), title: z.string().nullable(), url: z.string().nullable() }),
  created: z.boolean(),
  duplicateOf: z.string().nullable(),
  events: z.array(
    z.object({
      id: z.string(),
      role: z.enum(['main', 'background']),
      created: z.boolean(),
      explanation: z.array(z.string()),
    }),
  ),
  claims: z.number().int(),
  problems: z.array(z.string()),
}) satisfies z.ZodType<IngestResult>;

/** Text or HTML as given; a bare URL is fetched by the fetcher wired in, if any. */
async function toInput(ctx: AppContext, body: ReportBody): Promise<ReportInput> {
  if (body.text !== undefined || body.html !== undefined) return body;
  if (!ctx.fetchReport) throw new ValidationError('url ingestion not available', 'url');
  const page = await ctx.fetchReport(body.url!);
  return {
    ...page,
    ...(body.title ? { title: body.title } : {}),
    ...(body.publishedAt ? { publishedAt: body.publishedAt } : {}),
  };
}

export async function reportRoutes(api: Api, ctx: AppContext) {
  api.post(
    '/reports',
    {
      config: { role: 'editor' },
      schema: {
        operationId: 'ingestReport',
        problems: ['conflict'],
        tags: ['reports'],
        summary:
          'Ingest one report (text, HTML or a URL): stored once, facts proposed as claims, people resolved, assigned to a release event',
        body: reportBody,
        response: { 200: ingestResult, 201: ingestResult },
      },
    },
    async (req, reply) => {
      const result = await ingestReport(ctx, await toInput(ctx, req.body), {
        by: requestActor(req),
      });
      return reply.code(result.created ? 201 : 200).send(result);
    },
  );
  api.post(
    '/reports/batch',
    {
      config: { role: 'editor' },
      schema: {
        operationId: 'ingestReports',
        tags: ['reports'],
        summary: 'Ingest many reports; each bad item is a problem, the others are stored',
        body: z.object({ items: z.array(z.unknown()).min(1).max(1000) }),
        response: {
          200: z.object({
            items: z.array(ingestResult.extend({ index: z.number().int() })),
            problems: z.array(z.object({ index: z.number().int(), message: z.string() })),
          }),
        },
      },
    },
    async (req) => {
      const items: Array<IngestResult & { index: number }> = [];
      const problems: Array<{ index: number; message: string }> = [];
      for (const [index, raw] of req.body.items.entries()) {
        const parsed = reportBody.safeParse(raw);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
          problems.push({ index, message: `${where}${issue?.message ?? 'invalid report'}` });
          continue;
        }
        try {
          const input = await toInput(ctx, parsed.data);
          items.push({ index, ...(await ingestReport(ctx, input, { by: requestActor(req) })) });
        } catch (e) {
          if (!(e instanceof DomainError)) throw e;
          problems.push({ index, message: e.message });
        }
      }
      return { items, problems };
    },
  );
}
