/**
 * Watched sources over HTTP (docs/watch.md), for the web app's Sources page: editors list,
 * add, pause, resume and remove the feeds and pages Habeas reads on a schedule. Under
 * /api/watched-sources, apart from /api/sources (the reports stored).
 */
import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { addWatchedSource, removeWatchedSource, setWatchedPaused } from '../../app/ingest/watch.ts';
import { maxLinkHosts, nameChars, parseEvery, watchKinds } from '../../core/watch.ts';
import { requestActor } from '../actor.ts';
import { address } from '../schemas/address.ts';
import { idParams, page } from '../schemas/query.ts';
import { watchedAdded, watchedList, watchedSource } from '../schemas/watched.ts';
import type { Api } from './common.ts';

const newSource = z.object({
  url: address,
  every: z
    .string()
    .max(20)
    .optional()
    .meta({ description: 'How often: 1m to 7d, such as 30m, 2h or 1d (default 30m)' }),
  name: z.string().max(nameChars).nullable().optional(),
  language: z
    .string()
    .max(10)
    .nullable()
    .optional()
    .meta({ description: 'ISO 639-1 code of its reports; none: detected per report' }),
  kind: z.enum(watchKinds).optional().meta({
    description:
      'feed: RSS, Atom or JSON Feed, one report per item; links: an HTML page listing articles, one report per article linked; page: the page itself is one report; auto (default): decided by the first read that works (a feed, else links for an HTML page, page for plain text)',
  }),
  hosts: z
    .array(z.string().max(253))
    .max(maxLinkHosts)
    .optional()
    .meta({ description: 'For links: other hosts whose articles the page lists' }),
});

const editor = { role: 'editor' } as const;

export async function watchedRoutes(api: Api, ctx: AppContext) {
  api.get(
    '/watched-sources',
    {
      config: editor,
      schema: {
        operationId: 'listWatchedSources',
        tags: ['watch'],
        summary:
          'Watched sources, oldest first, with their figures: last read, last new item, items, failures and the last reason, paused',
        querystring: page,
        response: { 200: watchedList },
      },
    },
    async (req) => ({
      items: await ctx.db.watched.list(req.query),
      total: await ctx.db.watched.count(),
    }),
  );
  api.post(
    '/watched-sources',
    {
      config: editor,
      schema: {
        operationId: 'addWatchedSource',
        tags: ['watch'],
        summary:
          'Watch a feed or page: 201 added (read at the next tick of the schedule), 200 when that address is watched already (left as it is)',
        body: newSource,
        response: { 200: watchedAdded, 201: watchedAdded },
      },
    },
    async (req, reply) => {
      const { every, hosts, ...rest } = req.body;
      const everySeconds = every === undefined || every === '' ? undefined : parseEvery(every);
      const added = await addWatchedSource(
        ctx,
        { ...rest, linkHosts: hosts ?? null, ...(everySeconds ? { everySeconds } : {}) },
        requestActor(req),
      );
      return reply.code(added.created ? 201 : 200).send(added);
    },
  );
  for (const [verb, paused] of [
    ['pause', true],
    ['resume', false],
  ] as const) {
    api.post(
      `/watched-sources/:id/${verb}`,
      {
        config: editor,
        schema: {
          operationId: `${verb}WatchedSource`,
          tags: ['watch'],
          summary: paused
            ? 'Pause a watched source: not read until resumed'
            : 'Resume a watched source: read at the next tick, its failures forgotten',
          params: idParams,
          problems: ['not_found'],
          response: { 200: watchedSource },
        },
      },
      async (req) => setWatchedPaused(ctx, req.params.id, paused, requestActor(req)),
    );
  }
  api.delete(
    '/watched-sources/:id',
    {
      config: editor,
      schema: {
        operationId: 'removeWatchedSource',
        tags: ['watch'],
        summary: 'Stop watching a source; the reports it brought in stay',
        params: idParams,
        problems: ['not_found'],
        response: { 200: watchedSource },
      },
    },
    async (req) => removeWatchedSource(ctx, req.params.id, requestActor(req)),
  );
}
