import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { proposeClaim } from '../../app/review/propose-claim.ts';
import { acceptAbove, reviewClaim } from '../../app/review/review-claim.ts';
import { evidenceSchema, idText, textOf, valueSchema } from '../../app/transfer/ledger-schema.ts';
import { NotFoundError } from '../../core/errors.ts';
import { entityTypes } from '../../core/model/claim.ts';
import { requestActor } from '../actor.ts';
import { requireStaff, storesFor } from '../read-scope.ts';
import { acceptedCount, claimDetail, claimPage } from '../schemas/claims.ts';
import { claim, claimWithState } from '../schemas/model.ts';
import { idParams, page, term } from '../schemas/query.ts';
import type { Api } from './common.ts';

const reviewState = z.enum(['proposed', 'accepted', 'rejected']);

export async function claimRoutes(api: Api, ctx: AppContext) {
  api.get(
    '/claims',
    {
      // A list of up to 1,000 claims from as deep as 1,000,000 in, with its total counted: its
      // own, lower per-client limit, as every public list.
      config: { expensive: true, etag: true },
      schema: {
        operationId: 'listClaims',
        tags: ['claims'],
        summary: 'Claims, filtered; state=proposed is the review queue',
        querystring: page.extend({
          state: reviewState.optional(),
          subjectType: z.enum(entityTypes).optional(),
          sourceId: term.optional(),
          property: term.optional(),
        }),
        response: { 200: claimPage },
      },
    },
    async (req) => {
      const { limit, offset, ...filter } = req.query;
      // The public reads accepted claims only (docs/privacy.md): the queue is for staff.
      if (filter.state && filter.state !== 'accepted') requireStaff(req, `${filter.state} claims`);
      const stores = await storesFor(ctx, req);
      const [items, total] = await Promise.all([
        stores.claims.listClaims({ ...filter, limit, offset }),
        stores.claims.countClaims(filter),
      ]);
      return { items, total };
    },
  );
  api.get(
    '/claims/:id',
    {
      config: { etag: true },
      schema: {
        operationId: 'getClaim',
        tags: ['claims'],
        summary: 'One claim with its review history',
        params: idParams,
        response: { 200: claimDetail },
      },
    },
    async (req) => {
      const stores = await storesFor(ctx, req);
      const claim = await stores.claims.getClaim(req.params.id);
      if (!claim) throw new NotFoundError('claim', req.params.id);
      return { claim, reviews: await stores.claims.reviewsFor(claim.id) };
    },
  );
  api.post(
    '/claims',
    {
      config: { role: 'editor' },
      schema: {
        operationId: 'proposeClaim',
        problems: ['not_found'],
        tags: ['claims'],
        summary: 'Propose a claim (or a correction, with supersedes) about an existing entity',
        body: z.object({
          subjectId: idText,
          property: term.min(1),
          value: valueSchema,
          sourceId: idText.nullable().optional(),
          evidence: evidenceSchema.nullable().optional(),
          confidence: z.number().min(0).max(1).optional(),
          supersedes: idText.nullable().optional(),
        }),
        response: { 201: claim },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await proposeClaim(ctx, req.body, requestActor(req))),
  );
  api.post(
    '/claims/:id/review',
    {
      config: { role: 'reviewer' },
      schema: {
        operationId: 'reviewClaim',
        tags: ['claims'],
        summary: 'Accept or reject a claim; recorded as a new review, the claim is never changed',
        params: idParams,
        body: z.object({ state: reviewState, note: textOf('note').nullable().optional() }),
        response: { 200: claimWithState },
      },
    },
    async (req) =>
      reviewClaim(ctx, {
        claimId: req.params.id,
        state: req.body.state,
        note: req.body.note ?? null,
        author: requestActor(req),
      }),
  );
  api.post(
    '/claims/accept-above',
    {
      // Accepting in bulk, unseen, is an editor's call rather than a reviewer's.
      config: { role: 'editor' },
      schema: {
        operationId: 'acceptClaimsAbove',
        tags: ['claims'],
        summary: 'Bulk accept every proposed claim with confidence at or above a threshold',
        body: z.object({ threshold: z.number().min(0).max(1) }),
        response: { 200: acceptedCount },
      },
    },
    async (req) => ({
      accepted: await acceptAbove(ctx, req.body.threshold, requestActor(req)),
    }),
  );
}
