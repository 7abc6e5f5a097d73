/**
 * GET /feeds/releases.atom: the published release events as an Atom feed (docs/open-data.md).
 * Always the public's view, whoever asks (a feed is fetched by readers and shared), newest
 * first, dated events only (an entry needs a date).
 */
import { z } from 'zod';
import { type AtomEntry, atomFeed } from '../../adapters/feeds/atom.ts';
import type { AppContext } from '../../app/context.ts';
import { publicStores } from '../../app/publish/public-view.ts';
import { listReleaseEvents } from '../../app/read/release-events.ts';
import { cacheFor } from '../request-cache.ts';
import { country } from '../schemas/query.ts';
import type { Api } from './common.ts';

/** Entries in the feed: the newest releases, as feed readers expect a short document. */
export const feedEntries = 50;
export const atomType = 'application/atom+xml';

type ReleaseView = Awaited<ReturnType<typeof listReleaseEvents>>['items'][number];

const qualifierWords: Record<string, string> = {
  exact: '',
  more_than: 'more than ',
  at_least: 'at least ',
  about: 'about ',
  almost: 'almost ',
  up_to: 'up to ',
};

/** A partial date's first instant: '2025-09' is 1 September 2025, 00:00 UTC. */
function firstInstant(value: string): Date {
  const [y, m = '01', d = '01'] = value.split('-');
  return new Date(`${y}-${m}-${d}T00:00:00Z`);
}

function list(label: string, names: readonly string[]): string | null {
  return names.length ? `${label}: ${names.join(', ')}.` : null;
}

/** One release in words: what a reader needs without opening the page. */
export function releaseSummary(e: ReleaseView): string {
  const count = e.releasedCount
    ? `${qualifierWords[e.releasedCount.qualifier] ?? ''}${e.releasedCount.value} released`
    : 'Release';
  const where = [e.country ? `in ${e.country}` : null, e.date ? `on ${e.date.value}` : null];
  const kind = e.kind ? ` (${e.kind.replace(/_/g, ' ')})` : '';
  const named = e.released.map((p) => p.name);
  const withheld = e.namesWithheld ? `; ${e.namesWithheld} names withheld` : '';
  return [
    `${count}${kind} ${where.filter(Boolean).join(' ')}.`.replace(/ \./, '.'),
    named.length || withheld ? `Named: ${named.join(', ') || 'none'}${withheld}.` : null,
    list(
      'Mediators',
      e.mediators.map((m) => m.name),
    ),
    e.deal ? `Deal: ${e.deal.name}.` : null,
    list('Destinations', e.destinations),
    list(
      'Reports',
      e.reports.map((r) => r.title ?? r.sourceId),
    ),
  ]
    .filter(Boolean)
    .join(' ');
}

function entryOf(e: ReleaseView, origin: string): AtomEntry | null {
  if (!e.date) return null;
  const link = `${origin}/releases/${encodeURIComponent(e.id)}`;
  return {
    id: link,
    title: e.title ?? `Release${e.country ? ` in ${e.country}` : ''} on ${e.date.value}`,
    link,
    date: firstInstant(e.date.value),
    summary: releaseSummary(e),
    categories: [e.kind, e.country].filter((c): c is string => !!c),
  };
}

export async function feedRoutes(api: Api, ctx: AppContext) {
  api.get(
    '/feeds/releases.atom',
    {
      config: { expensive: true, mediaType: atomType, etag: { everyone: true } },
      schema: {
        operationId: 'releasesFeed',
        tags: ['releases'],
        summary: `The newest ${feedEntries} published release events as an Atom feed`,
        description:
          'Published data only, whoever asks (docs/privacy.md): accepted values, no private records (counted as names withheld), confidential reports as such. Dated events only, newest first; links point at the web app on the address asked.',
        querystring: z.object({ country: country.optional() }),
      },
    },
    async (req, reply) => {
      const stores = await publicStores(ctx.db, cacheFor(ctx, req));
      const { items } = await listReleaseEvents(cacheFor(ctx, req), stores, {
        limit: feedEntries,
        ...(req.query.country ? { country: req.query.country } : {}),
      });
      const origin = `${req.protocol}://${req.host}`;
      const self = `${origin}/feeds/releases.atom${req.query.country ? `?country=${req.query.country}` : ''}`;
      const xml = atomFeed(
        {
          id: self,
          title: `Habeas: releases of political prisoners${req.query.country ? ` (${req.query.country})` : ''}`,
          description: 'Release events in the published Habeas ledger, each with its sources',
          link: `${origin}/releases`,
          self,
        },
        items.flatMap((e) => entryOf(e, origin) ?? []),
      );
      return reply.header('content-type', `${atomType}; charset=utf-8`).send(xml);
    },
  );
}
