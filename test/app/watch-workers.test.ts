/**
 * The watch schedule on PostgreSQL (docs/watch.md): two workers, each with its own connections,
 * schedule and pg-boss job loops (cli/watch-jobs.ts), started at the same moment over the same
 * due sources, read each source exactly once; and eight claims racing on eight connections take
 * every due source once between them.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/adapters/db/connect.ts';
import type { AppContext } from '../../src/app/context.ts';
import { addWatchedSource } from '../../src/app/ingest/watch.ts';
import { startWatchWorkers, type WatchJobOutput } from '../../src/cli/watch-jobs.ts';
import { loadConfig } from '../../src/config.ts';
import { newsPorts, watchReader } from '../../src/wiring.ts';
import { type FreshDatabase, freshDatabase } from '../adapters/jobs/fresh-database.ts';
import { appContext } from '../support/app-context.ts';
import { postgresNotConfigured, postgresTestUrl } from '../support/databases.ts';
import { type FeedSite, serveArticles, startFeedSite } from '../support/feed-site.ts';

const config = loadConfig({ HABEAS_ALLOW_PRIVATE_FETCH: '1', HABEAS_FEED_FETCH_ARTICLES: '1' });
const sources = 12;

async function context(url: string): Promise<AppContext> {
  const db = await openDatabase({ databaseUrl: url });
  return appContext(db, newsPorts(config));
}

const url = postgresTestUrl();
if (!url) {
  describe('watch workers on PostgreSQL', () => postgresNotConfigured('watch workers'));
} else {
  describe('watch workers on PostgreSQL', () => {
    let site: FeedSite;
    let fresh: FreshDatabase;
    const contexts: AppContext[] = [];

    beforeAll(async () => {
      site = await startFeedSite();
      serveArticles(site, sources);
      fresh = await freshDatabase(url, { migrated: true });
      for (let i = 0; i < 2; i++) contexts.push(await context(fresh.url));
    });
    afterAll(async () => {
      for (const c of contexts) await c.db.close();
      await fresh?.drop();
      await site?.close();
    });

    it('two workers polling the same due sources at once read each exactly once', async () => {
      const [a, b] = contexts as [AppContext, AppContext];
      for (let n = 1; n <= sources; n++) {
        const path = `/feeds/w${n}.xml`;
        site.answer(path, { kind: 'items', etag: `"w${n}"`, items: [{ n }] });
        await addWatchedSource(a, { url: site.feedUrl(path) });
      }
      const outputs: WatchJobOutput[] = [];
      const errors: Error[] = [];
      const jobConfig = { ...config, DATABASE_URL: fresh.url };
      const start = (ctx: AppContext) =>
        startWatchWorkers(ctx, jobConfig, watchReader(config), {
          tickMs: 100,
          concurrency: 2,
          onDone: (o) => outputs.push(o),
          onError: (e) => errors.push(e),
        });
      const workers = await Promise.all([start(a), start(b)]);
      try {
        await expect
          .poll(async () => (await a.db.watched.list()).filter((w) => w.lastCheckedAt).length, {
            timeout: 60_000,
            interval: 200,
          })
          .toBe(sources);
        // More ticks of both schedules: nothing is due, nothing more is read.
        await new Promise((r) => setTimeout(r, 1500));
      } finally {
        for (const w of workers) await w.stop();
      }
      expect(errors).toEqual([]);
      for (let n = 1; n <= sources; n++) {
        expect(site.hits.get(`/feeds/w${n}.xml`), `feed ${n}`).toBe(1);
        expect(site.hits.get(`/a/${n}`), `article ${n}`).toBe(1);
      }
      const polled = outputs.map((o) => o.id);
      expect(polled).toHaveLength(sources);
      expect(new Set(polled).size).toBe(sources);
      const watched = await a.db.watched.list();
      expect(watched.map((w) => w.items)).toEqual(Array(sources).fill(1));
      expect(await a.db.sources.countSources()).toBe(sources);
    }, 120_000);

    it('eight claims racing on eight connections take each due source once', async () => {
      const now = new Date().toISOString();
      const due = (await contexts[0]!.db.watched.list()).map((w) => w.id);
      // Everything due again, now.
      for (const id of due) await contexts[0]!.db.watched.update(id, { nextCheckAt: now });
      const racers = await Promise.all(Array.from({ length: 8 }, () => context(fresh.url)));
      try {
        const lease = new Date(Date.now() + 900_000).toISOString();
        const taken = await Promise.all(racers.map((r) => r.db.watched.claimDue(now, lease, 5)));
        const ids = taken.flat().map((w) => w.id);
        expect(ids.sort()).toEqual([...due].sort());
        expect(taken.flat().every((w) => w.nextCheckAt === lease)).toBe(true);
        // Taken: not due for anyone until the lease ends.
        expect(await racers[0]!.db.watched.claimDue(now, lease, 100)).toEqual([]);
      } finally {
        for (const r of racers) await r.db.close();
      }
    }, 60_000);
  });
}
