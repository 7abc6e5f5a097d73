/**
 * Reading watched sources (docs/watch.md) on both databases, against a local news site reached
 * through the documented private-fetch switch (HABEAS_ALLOW_PRIVATE_FETCH=1): new items, a 304,
 * a 500, a 429 and a 503 with Retry-After (seconds, then an HTTP date), a feed cut short; the
 * figures stored on the source and the backoff times after each; ten polling cycles with the
 * database closed and opened again in between, after which no article was fetched twice and no
 * report is stored twice. Also: pausing, resuming, and the in-process schedule stopping cleanly.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/adapters/db/connect.ts';
import type { AppContext } from '../../src/app/context.ts';
import { addWatchedSource, setWatchedPaused } from '../../src/app/ingest/watch.ts';
import { type PollResult, pollWatchedSources } from '../../src/app/ingest/watch-poll.ts';
import { repeat } from '../../src/app/ingest/watch-schedule.ts';
import { loadConfig } from '../../src/config.ts';
import type { Database } from '../../src/core/ports.ts';
import { articleUrlKey, type WatchedSource } from '../../src/core/watch.ts';
import { newsPorts, watchReader } from '../../src/wiring.ts';
import { appContext } from '../support/app-context.ts';
import { cliBackends } from '../support/cli-databases.ts';
import { FixedClock, SequentialIds } from '../support/factories.ts';
import {
  type FeedAnswer,
  type FeedItem,
  type FeedSite,
  notArticles,
  serveArticles,
  startFeedSite,
} from '../support/feed-site.ts';

const by = { kind: 'user', id: 'watch-test' } as const;
/** The switch as an operator sets it, read by the same code as `habeas serve`. */
const config = loadConfig({
  HABEAS_ALLOW_PRIVATE_FETCH: '1',
  HABEAS_FEED_FETCH_ARTICLES: '1',
  HABEAS_FETCH_TIMEOUT_MS: '5000',
});
const read = watchReader(config);

let site: FeedSite;
beforeAll(async () => {
  site = await startFeedSite();
  serveArticles(site, 200);
});
afterAll(() => site?.close());

const hours = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 3_600_000;

describe.each(cliBackends())('watched sources read on $name', (backend) => {
  afterAll(() => backend.cleanup());

  /**
   * Opens the database of `env` (again: a restart, with a new connection, session and cache).
   * The ids go on from where they were, as random ids would not repeat.
   */
  async function open(
    env: NodeJS.ProcessEnv,
    clock: FixedClock,
    ids = new SequentialIds(),
  ): Promise<AppContext> {
    const db: Database = await openDatabase(
      env.DATABASE_URL
        ? { databaseUrl: env.DATABASE_URL, clock, ids }
        : { dataDir: env.HABEAS_DATA_DIR!, clock, ids },
    );
    return appContext(db, { clock, ids, ...newsPorts(config) });
  }

  it('records each read, backs off as the server asks, and reads no article twice across ten cycles and a restart', async () => {
    const env = await backend.fresh();
    const clock = new FixedClock('2026-03-02T08:00:00.000Z');
    let ctx = await open(env, clock);
    // The site serves every backend's run: count this run's requests.
    const before = new Map(site.hits);
    const hitsNow = (p: string) => (site.hits.get(p) ?? 0) - (before.get(p) ?? 0);
    const path = `/feeds/${backend.name}.xml`;
    const url = site.feedUrl(path);
    const { source } = await addWatchedSource(ctx, { url, name: 'Wire', language: 'en' });
    const id = source.id;

    const stored = async () => (await ctx.db.watched.get(id)) as WatchedSource;
    /** One polling cycle at the source's next read: exactly this source is read. */
    const cycle = async (): Promise<{ r: PollResult; w: WatchedSource; at: string }> => {
      clock.set((await stored()).nextCheckAt);
      // A minute before, it is not due: nothing is read.
      clock.advance(-60_000);
      expect(await pollWatchedSources(ctx, read, { by })).toEqual([]);
      clock.advance(60_000);
      const at = clock.now();
      const results = await pollWatchedSources(ctx, read, { by });
      expect(results.map((x) => x.id)).toEqual([id]);
      return { r: results[0]!, w: await stored(), at };
    };

    // 1: two new items, each article fetched once (the feed gives only summaries).
    site.answer(path, { kind: 'items', etag: '"v1"', items: [{ n: 1 }, { n: 2 }] });
    let c = await cycle();
    expect(c.r).toMatchObject({ status: 'new', stored: 2, seen: 0, error: null });
    expect(c.w).toMatchObject({ items: 2, lastNewAt: c.at, lastCheckedAt: c.at, failures: 0 });
    expect(c.w.etag).toBe('"v1"');
    expect(hours(c.at, c.w.nextCheckAt)).toBe(0.5);
    const firstNew = c.at;

    // 2: unchanged: a 304, nothing stored, last new item unchanged.
    c = await cycle();
    expect(c.r).toMatchObject({ status: 'not_modified', stored: 0 });
    expect(c.w).toMatchObject({ items: 2, lastNewAt: firstNew, lastStatus: 'not modified' });
    expect(hours(c.at, c.w.nextCheckAt)).toBe(0.5);

    // 3: a 500: the first failure waits twice the interval.
    site.answer(path, { kind: 'status', status: 500 });
    c = await cycle();
    expect(c.r.status).toBe('failed');
    expect(c.w.failures).toBe(1);
    expect(c.w.lastError).toMatch(/answered HTTP 500/);
    expect(hours(c.at, c.w.nextCheckAt)).toBe(1);

    // 4: a 429 asking for three hours: longer than the backoff (two), so three.
    site.answer(path, { kind: 'status', status: 429, retryAfter: '10800' });
    c = await cycle();
    expect(c.w.failures).toBe(2);
    expect(c.w.lastError).toMatch(/HTTP 429 \(Retry-After: 10800\)/);
    expect(hours(c.at, c.w.nextCheckAt)).toBe(3);

    // 5: a 503 with an HTTP date five hours ahead (the backoff says four).
    const date = new Date(Date.parse(clock.now()) + 3 * 3_600_000 + 5 * 3_600_000).toUTCString();
    site.answer(path, { kind: 'status', status: 503, retryAfter: date });
    c = await cycle();
    expect(c.w.failures).toBe(3);
    expect(hours(c.at, c.w.nextCheckAt)).toBe(5);

    // 6: a feed cut short: a failed read with its reason, never a crash.
    site.answer(path, { kind: 'malformed' });
    c = await cycle();
    expect(c.r).toMatchObject({ status: 'failed', stored: 0 });
    expect(c.w.failures).toBe(4);
    expect(c.w.lastError).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/feeds\/\w+\.xml: not a readable RSS or Atom feed: /,
    );
    expect(hours(c.at, c.w.nextCheckAt)).toBe(8);
    expect(c.w).toMatchObject({ items: 2, lastNewAt: firstNew });

    // 7: back with a new item, the old ones again, one of them behind a tracking parameter,
    // and a copy of another under a second address: only the new one is read and stored.
    site.answer(path, {
      kind: 'items',
      etag: '"v2"',
      items: [
        { n: 3 },
        { n: 2, link: `${site.articleUrl(2)}?utm_source=rss#top` },
        { n: 1 },
        { n: 1, link: `${site.origin}/copies/1` },
      ],
    });
    c = await cycle();
    expect(c.r).toMatchObject({ status: 'new', stored: 1, seen: 3 });
    expect(c.w).toMatchObject({ failures: 0, lastError: null, items: 3, lastNewAt: c.at });
    expect(hours(c.at, c.w.nextCheckAt)).toBe(0.5);

    // A restart: the database closed and opened again; nothing of the reads is kept in memory.
    await ctx.db.close();
    ctx = await open(env, clock, ctx.ids as SequentialIds);

    // 8: a new item, and item 1 again with an edited summary: only the new one is read.
    site.answer(path, {
      kind: 'items',
      etag: '"v3"',
      items: [{ n: 4 }, { n: 3 }, { n: 2 }, { n: 1, summary: 'Summary of report 1, updated.' }],
    });
    c = await cycle();
    expect(c.r).toMatchObject({ status: 'new', stored: 1, seen: 3 });
    expect(c.w.items).toBe(4);

    // 9: unchanged: a 304.
    c = await cycle();
    expect(c.r.status).toBe('not_modified');

    // 10: a server that ignores the validators sends everything again: nothing is read again.
    site.answer(path, {
      kind: 'items',
      etag: '"v3"',
      ignoreValidators: true,
      items: [{ n: 4 }, { n: 3 }, { n: 2 }, { n: 1 }],
    });
    c = await cycle();
    expect(c.r).toMatchObject({ status: 'new', stored: 0, seen: 4 });
    expect(c.w).toMatchObject({ items: 4, failures: 0, lastStatus: 'new 0' });

    // Ten reads of the feed, each article fetched once, the copy's address never.
    expect(hitsNow(path)).toBe(10);
    expect([1, 2, 3, 4].map((n) => hitsNow(`/a/${n}`))).toEqual([1, 1, 1, 1]);
    expect(hitsNow('/copies/1')).toBe(0);
    // Four reports, one per article, in the language the source was given.
    const reports = await ctx.db.sources.listSources({ limit: 100, offset: 0 });
    expect(reports.map((r) => r.url).sort()).toEqual([1, 2, 3, 4].map((n) => site.articleUrl(n)));
    expect(reports.every((r) => r.language === 'en')).toBe(true);
    await ctx.db.close();
  }, 300_000);

  /** This run's requests of a path (the site serves every backend's run). */
  function counter() {
    const before = new Map(site.hits);
    return (p: string) => (site.hits.get(p) ?? 0) - (before.get(p) ?? 0);
  }

  /** Reads the source at its next read time: exactly it is read. */
  async function readAt(ctx: AppContext, clock: FixedClock, id: string, linksPerRead?: number) {
    clock.set(((await ctx.db.watched.get(id)) as WatchedSource).nextCheckAt);
    const results = await pollWatchedSources(ctx, read, {
      by,
      ...(linksPerRead ? { linksPerRead } : {}),
    });
    expect(results.map((x) => x.id)).toEqual([id]);
    return { r: results[0]!, w: (await ctx.db.watched.get(id)) as WatchedSource };
  }

  it('reads a JSON Feed like RSS: new items, a 304, a malformed feed, then only what is new', async () => {
    const env = await backend.fresh();
    const clock = new FixedClock('2026-03-02T08:00:00.000Z');
    const ctx = await open(env, clock);
    try {
      const hits = counter();
      const path = `/feeds/${backend.name}.json`;
      const { source } = await addWatchedSource(ctx, { url: site.feedUrl(path) });
      expect(source.kind).toBe('auto');
      const a = (n: number) => 20 + n;

      site.answer(path, {
        kind: 'items',
        format: 'json',
        etag: '"j1"',
        items: [{ n: a(1) }, { n: a(2) }],
      });
      let c = await readAt(ctx, clock, source.id);
      expect(c.r).toMatchObject({ status: 'new', stored: 2, seen: 0, error: null });
      // auto became what the first read found.
      expect(c.w).toMatchObject({ kind: 'feed', items: 2, etag: '"j1"' });

      c = await readAt(ctx, clock, source.id);
      expect(c.r).toMatchObject({ status: 'not_modified', stored: 0 });

      site.answer(path, { kind: 'malformed', format: 'json' });
      c = await readAt(ctx, clock, source.id);
      expect(c.r.status).toBe('failed');
      expect(c.w.failures).toBe(1);
      expect(c.w.lastError).toMatch(/\/feeds\/\w+\.json: not a readable JSON Feed: .*JSON/);
      expect(hours(clock.now(), c.w.nextCheckAt)).toBe(1);

      // Back, with a new item beside the old ones (one behind a tracking parameter).
      site.answer(path, {
        kind: 'items',
        format: 'json',
        etag: '"j2"',
        items: [
          { n: a(3) },
          { n: a(2), link: `${site.articleUrl(a(2))}?utm_medium=feed` },
          { n: a(1) },
        ],
      });
      c = await readAt(ctx, clock, source.id);
      expect(c.r).toMatchObject({ status: 'new', stored: 1, seen: 2 });
      expect(c.w).toMatchObject({ failures: 0, lastError: null, items: 3 });

      // A source said to be a page of links that answers with a feed fails, saying so.
      const strict = await addWatchedSource(ctx, {
        url: `${site.feedUrl(path)}?as=links`,
        kind: 'links',
      });
      const wrong = await readAt(ctx, clock, strict.source.id);
      expect(wrong.w.lastError).toMatch(
        /a feed, not what a source of kind links reads \(watch it as kind feed\)/,
      );

      expect(hits(path)).toBe(5);
      expect([1, 2, 3].map((n) => hits(`/a/${a(n)}`))).toEqual([1, 1, 1]);
      const reports = await ctx.db.sources.listSources({ limit: 100, offset: 0 });
      expect(reports.map((r) => r.url).sort()).toEqual([1, 2, 3].map((n) => site.articleUrl(a(n))));
    } finally {
      await ctx.db.close();
    }
  }, 120_000);

  it('reads a page of links: each article once, navigation never, the page itself conditionally', async () => {
    const env = await backend.fresh();
    const clock = new FixedClock('2026-03-02T08:00:00.000Z');
    const ctx = await open(env, clock);
    try {
      const hits = counter();
      const path = `/pages/${backend.name}-news.html`;
      const { source } = await addWatchedSource(ctx, { url: site.feedUrl(path), language: 'en' });
      const a = (n: number) => 40 + n;

      site.answer(path, {
        kind: 'items',
        format: 'links',
        etag: '"l1"',
        items: [{ n: a(1) }, { n: a(2) }],
      });
      let c = await readAt(ctx, clock, source.id);
      expect(c.r).toMatchObject({ status: 'new', stored: 2, seen: 0, deferred: 0, problems: [] });
      expect(c.w).toMatchObject({ kind: 'links', items: 2, etag: '"l1"', lastStatus: 'new 2' });

      // Unchanged: a 304, nothing fetched.
      c = await readAt(ctx, clock, source.id);
      expect(c.r).toMatchObject({ status: 'not_modified', stored: 0 });

      // Three new links and the two seen before; at most two new ones fetched per read here:
      // the third waits, and the page's validators are kept so it comes again in full.
      site.answer(path, {
        kind: 'items',
        format: 'links',
        etag: '"l2"',
        items: [{ n: a(3) }, { n: a(4) }, { n: a(5) }, { n: a(1) }, { n: a(2) }],
      });
      c = await readAt(ctx, clock, source.id, 2);
      expect(c.r).toMatchObject({ status: 'new', stored: 2, seen: 2, deferred: 1 });
      expect(c.w).toMatchObject({ items: 4, etag: '"l1"' });
      expect(c.w.lastStatus).toBe('new 2; 1 link(s) left for the next read');
      c = await readAt(ctx, clock, source.id, 2);
      expect(c.r).toMatchObject({ status: 'new', stored: 1, seen: 4, deferred: 0 });
      expect(c.w).toMatchObject({ items: 5, etag: '"l2"' });
      c = await readAt(ctx, clock, source.id, 2);
      expect(c.r.status).toBe('not_modified');

      // A link that cannot be fetched is a problem, not a failed read, and is tried again
      // when the page next changes.
      site.answer(path, {
        kind: 'items',
        format: 'links',
        etag: '"l3"',
        items: [{ n: 9000, link: '/a/missing-9000' }, { n: a(1) }],
      });
      c = await readAt(ctx, clock, source.id);
      expect(c.r).toMatchObject({ status: 'new', stored: 0, seen: 1 });
      expect(c.r.problems).toEqual([
        expect.stringMatching(/\/a\/missing-9000: the server answered HTTP 404/),
      ]);
      expect(c.w.failures).toBe(0);

      // A page with no article links says so.
      site.answer(path, { kind: 'items', format: 'links', etag: '"l4"', items: [] });
      c = await readAt(ctx, clock, source.id);
      expect(c.r.problems).toEqual([
        expect.stringMatching(/no links to articles found on the page/),
      ]);

      expect(hits(path)).toBe(7);
      expect([1, 2, 3, 4, 5].map((n) => hits(`/a/${a(n)}`))).toEqual([1, 1, 1, 1, 1]);
      for (const p of notArticles) expect([p, hits(p)]).toEqual([p, 0]);
      const reports = await ctx.db.sources.listSources({ limit: 100, offset: 0 });
      expect(reports.map((r) => r.url).sort()).toEqual(
        [1, 2, 3, 4, 5].map((n) => site.articleUrl(a(n))).sort(),
      );
      expect(reports.every((r) => r.language === 'en')).toBe(true);
    } finally {
      await ctx.db.close();
    }
  }, 120_000);

  it('fetches and stores nothing twice over ten cycles of RSS, JSON Feed and links, with a restart', async () => {
    const env = await backend.fresh();
    const clock = new FixedClock('2026-03-02T08:00:00.000Z');
    let ctx = await open(env, clock);
    const hits = counter();
    const formats = ['rss', 'json', 'links'] as const;
    const paths = formats.map((f) => `/mixed/${backend.name}-${f}`);
    const ids: string[] = [];
    for (const p of paths)
      ids.push((await addWatchedSource(ctx, { url: site.feedUrl(p) })).source.id);
    // Articles 61-90. Each cycle, each source lists a window of them that overlaps the other
    // sources' and its own earlier windows (as wires repeat one another), some behind tracking
    // parameters, in turns with answers that bring nothing: the same again (a 304), everything
    // again despite the validators, a failure.
    const windowOf = (cycle: number, s: number): FeedItem[] =>
      Array.from({ length: 4 }, (_, i) => {
        const n = 61 + ((cycle * 3 + s * 2 + i) % 30);
        return i === 1 ? { n, link: `${site.articleUrl(n)}?utm_source=s${s}` } : { n };
      });
    const listed = new Set<number>();
    for (let cycle = 0; cycle < 10; cycle++) {
      if (cycle === 5) {
        // A restart: the database closed and opened again; nothing is kept in memory.
        await ctx.db.close();
        ctx = await open(env, clock, ctx.ids as SequentialIds);
      }
      for (const [s, format] of formats.entries()) {
        const turn = (cycle + s) % 4;
        let answer: FeedAnswer;
        if (turn === 3 && cycle > 0) answer = { kind: 'status', status: 503 };
        else {
          const items = windowOf(turn === 2 ? cycle - 1 : cycle, s);
          for (const i of items) listed.add(i.n);
          answer = {
            kind: 'items',
            format,
            // turn 2: last cycle's window again, under last cycle's tag: a 304; turn 1:
            // everything sent again whatever the validators say.
            etag: `"c${turn === 2 ? cycle - 1 : cycle}"`,
            items,
            ignoreValidators: turn === 1,
          };
        }
        site.answer(paths[s]!, answer);
      }
      clock.advance(86_400_000 * 2);
      const results = await pollWatchedSources(ctx, read, { by, all: true });
      expect(results.map((r) => r.id).sort()).toEqual([...ids].sort());
      expect(results.every((r) => r.error === null || /HTTP 503/.test(r.error))).toBe(true);
    }
    // Every article listed was fetched exactly once, whichever source listed it first.
    const fetched = [...listed].sort((x, y) => x - y).map((n) => [n, hits(`/a/${n}`)]);
    expect(fetched).toEqual([...listed].sort((x, y) => x - y).map((n) => [n, 1]));
    for (const p of notArticles) expect([p, hits(p)]).toEqual([p, 0]);
    const reports = await ctx.db.sources.listSources({ limit: 500, offset: 0 });
    // One report per article (a feed item's report keeps the address it was fetched from,
    // tracking parameters included; a page's links come without them).
    const urls = reports.map((r) => articleUrlKey(r.url ?? ''));
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.sort()).toEqual([...listed].map((n) => `url:${site.articleUrl(n)}`).sort());
    const kinds = await Promise.all(ids.map(async (id) => (await ctx.db.watched.get(id))?.kind));
    expect(kinds).toEqual(['feed', 'feed', 'links']);
    await ctx.db.close();
  }, 300_000);

  it('pauses and resumes; refuses the local site without the switch', async () => {
    const env = await backend.fresh();
    const clock = new FixedClock('2026-03-02T08:00:00.000Z');
    const ctx = await open(env, clock);
    try {
      const path = `/feeds/pause-${backend.name}.xml`;
      site.answer(path, { kind: 'items', etag: '"p1"', items: [] });
      const { source } = await addWatchedSource(ctx, { url: site.feedUrl(path) });
      const paused = await setWatchedPaused(ctx, site.feedUrl(path), true);
      expect(paused).toMatchObject({ id: source.id, paused: true });
      expect(await pollWatchedSources(ctx, read, { by, all: true })).toEqual([]);
      clock.advance(3_600_000);
      const resumed = await setWatchedPaused(ctx, source.id, false);
      expect(resumed).toMatchObject({ paused: false, nextCheckAt: clock.now() });
      expect((await pollWatchedSources(ctx, read, { by })).map((r) => [r.id, r.status])).toEqual([
        [source.id, 'new'],
      ]);

      // The same site without HABEAS_ALLOW_PRIVATE_FETCH: a failed read saying why.
      const strict = watchReader(loadConfig({}));
      clock.advance(3_600_000);
      const [refused] = await pollWatchedSources(ctx, strict, { by });
      expect(refused).toMatchObject({ status: 'failed' });
      expect(refused!.error).toMatch(/loopback.*refused \(set HABEAS_ALLOW_PRIVATE_FETCH=1/);
    } finally {
      await ctx.db.close();
    }
  }, 120_000);

  it('runs the schedule in process until stopped, then reads nothing more', async () => {
    const env = await backend.fresh();
    const ctx = await open(env, new FixedClock('2026-03-02T08:00:00.000Z'));
    const path = `/feeds/schedule-${backend.name}.xml`;
    site.answer(path, { kind: 'items', etag: '"s1"', items: [] });
    await addWatchedSource(ctx, { url: site.feedUrl(path), everySeconds: 60 });
    const errors: Error[] = [];
    const schedule = repeat(
      // A clock that moves a minute per tick: the source is due at every one.
      async (signal) => {
        (ctx.clock as FixedClock).advance(60_000);
        return pollWatchedSources(ctx, read, { by, signal });
      },
      20,
      (e) => errors.push(e),
    );
    await expect.poll(() => site.hits.get(path) ?? 0, { timeout: 20_000 }).toBeGreaterThan(2);
    await schedule.stop();
    const after = site.hits.get(path);
    await new Promise((r) => setTimeout(r, 200));
    expect(site.hits.get(path)).toBe(after);
    expect(schedule.signal.aborted).toBe(true);
    expect(errors).toEqual([]);
    await ctx.db.close();
  }, 120_000);
});
