import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { correctClaim } from '../../app/review/correct-claim.ts';
import { keepApart, mergeEntities } from '../../app/review/merge-entities.ts';
import { splitEntity } from '../../app/review/split-entity.ts';
import { evidenceSchema, idText, textOf, valueSchema } from '../../app/transfer/ledger-schema.ts';
import { NotFoundError } from '../../core/errors.ts';
import { requestActor } from '../actor.ts';
import { keptApart, mergeResult, splitResult } from '../schemas/claims.ts';
import { claim } from '../schemas/model.ts';
import { idParams } from '../schemas/query.ts';
import type { Api } from './common.ts';

const note = textOf('note').nullable().optional();

/** Merge, keep apart and split for one entity type, under /persons or /releases. */
function entityRoutes(api: Api, ctx: AppContext, path: 'persons' | 'releases') {
  const type = path === 'persons' ? 'person' : 'release_event';
  // OpenAPI operation ids: mergePerson, keepPersonsApart, splitRelease, ...
  const one = path === 'persons' ? 'Person' : 'Release';
  const mustBe = async (id: string) => {
    const e = await ctx.db.entities.getEntity(id);
    if (!e || e.type !== type)
      throw new NotFoundError(path === 'persons' ? 'person' : 'release event', id);
  };
  api.post(
    `/${path}/:id/merge`,
    {
      config: { role: 'editor' },
      schema: {
        operationId: `merge${one}`,
        tags: [path],
        summary: 'Merge into another (recorded as an accepted mergedInto claim)',
        params: idParams,
        body: z.object({ into: idText, note }),
        response: { 200: mergeResult },
      },
    },
    async (req) => {
      await mustBe(req.params.id);
      return mergeEntities(ctx, {
        id: req.params.id,
        ...req.body,
        author: requestActor(req),
      });
    },
  );
  api.post(
    `/${path}/:id/different`,
    {
      config: { role: 'editor' },
      schema: {
        operationId: `keep${one}sApart`,
        tags: [path],
        summary: 'Say it is not the same as another: rejects the proposed merge between them',
        params: idParams,
        body: z.object({ from: idText, note }),
        response: { 200: keptApart },
      },
    },
    async (req) => {
      await mustBe(req.params.id);
      return keepApart(ctx, {
        id: req.params.id,
        into: req.body.from,
        note: req.body.note,
        author: requestActor(req),
      });
    },
  );
  api.post(
    `/${path}/:id/split`,
    {
      config: { role: 'editor' },
      schema: {
        operationId: `split${one}`,
        tags: [path],
        summary: 'Move some claims to a new entity (claims copied, originals rejected)',
        params: idParams,
        body: z.object({ claimIds: z.array(idText).min(1).max(1000), note }),
        response: { 201: splitResult },
      },
    },
    async (req, reply) => {
      await mustBe(req.params.id);
      return reply.code(201).send(
        await splitEntity(ctx, {
          id: req.params.id,
          ...req.body,
          author: requestActor(req),
        }),
      );
    },
  );
}

export async function mergeRoutes(api: Api, ctx: AppContext) {
  entityRoutes(api, ctx, 'persons');
  entityRoutes(api, ctx, 'releases');
  api.post(
    '/claims/:id/correct',
    {
      config: { role: 'editor' },
      schema: {
        operationId: 'correctClaim',
        tags: ['claims'],
        summary: 'Correct a claim: a new accepted claim supersedes it, the old one is rejected',
        params: idParams,
        body: z.object({
          value: valueSchema,
          sourceId: idText.nullable().optional(),
          evidence: evidenceSchema.nullable().optional(),
        }),
        response: { 201: claim },
      },
    },
    async (req, reply) =>
      reply.code(201).send(
        await correctClaim(ctx, {
          claimId: req.params.id,
          ...req.body,
          author: requestActor(req),
        }),
      ),
  );
}
