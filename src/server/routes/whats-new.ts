/**
 * What is new since a signed-in user last looked (docs/whats-new.md). Staff only: the view is
 * of the whole ledger (proposed values included) and its mark is the user's own; the public
 * follows published releases through /feeds/releases.atom instead.
 */
import { z } from 'zod';
import { markSeen, whatsNew } from '../../app/changes/whats-new.ts';
import type { AppContext } from '../../app/context.ts';
import { mustHaveRole } from '../actor.ts';
import { seenMark, whatsNewView } from '../schemas/whats-new.ts';
import { viewerOf } from '../viewer.ts';
import type { Api } from './common.ts';

const time = z.string().max(40, 'may be at most 40 characters');

/** The signed-in user's id (the guard has refused anyone else). */
function userOf(req: Parameters<typeof viewerOf>[0]): string {
  mustHaveRole(req, 'viewer');
  const id = viewerOf(req).userId;
  if (!id) throw new Error('a signed-in viewer without a user id');
  return id;
}

export async function whatsNewRoutes(api: Api, ctx: AppContext) {
  api.get(
    '/whats-new',
    {
      config: { role: 'viewer' },
      schema: {
        operationId: 'whatsNew',
        tags: ['changes'],
        summary:
          'Since you last looked: release events created or changed, new conflicts, reports stored',
        description:
          "The span runs from `since` (default: the caller's mark, else 7 days back; at most 366 days back) to now. At most the 200 most recently touched entities are worked out (`entities` says how many were touched); at most 100 reports are listed, all counted.",
        querystring: z.object({ since: time.optional() }),
        response: { 200: whatsNewView },
      },
    },
    async (req) => whatsNew(ctx, userOf(req), { since: req.query.since }),
  );
  api.post(
    '/whats-new/seen',
    {
      config: { role: 'viewer' },
      schema: {
        operationId: 'markSeen',
        tags: ['changes'],
        summary: "Sets the caller's mark: `at` (the `until` of the view read), else now",
        body: z.object({ at: time.optional() }).optional(),
        response: { 200: seenMark },
      },
    },
    async (req) => markSeen(ctx, userOf(req), req.body?.at),
  );
}
