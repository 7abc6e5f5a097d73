/**
 * The watch schedule in real processes (docs/watch.md): `habeas serve` on the embedded database
 * reads a due watched source by itself and stops cleanly on SIGTERM; on PostgreSQL two
 * `habeas worker` processes started together read each due source once. The news site is local,
 * reached through HABEAS_ALLOW_PRIVATE_FETCH=1.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FreshDatabase, freshDatabase } from '../adapters/jobs/fresh-database.ts';
import { postgresNotConfigured, postgresTestUrl, providedTemplates } from '../support/databases.ts';
import { type FeedSite, serveArticles, startFeedSite } from '../support/feed-site.ts';
import { runHabeas, runHabeasSteps, startHabeas, waitFor } from '../support/habeas-process.ts';

const watchEnv = {
  HABEAS_ALLOW_PRIVATE_FETCH: '1',
  HABEAS_FEED_FETCH_ARTICLES: '1',
  HABEAS_WATCH_TICK_SECONDS: '0.2',
  HABEAS_ADMIN_PASSWORD: 'a long test password',
};

let site: FeedSite;
beforeAll(async () => {
  site = await startFeedSite();
  serveArticles(site, 10);
});
afterAll(() => site?.close());

describe('habeas serve on the embedded database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'habeas-serve-watch-'));
  const env = { ...watchEnv, HABEAS_DATA_DIR: join(dir, 'data') };
  // A migrated, empty data folder when the run made one (PGlite's initdb is 3 CPU s and not
  // what this tests; test/cli/ingest.test.ts starts from a truly empty folder).
  const template = providedTemplates()?.pgliteDataDir;
  if (template) cpSync(template, env.HABEAS_DATA_DIR, { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a due source by itself, shows it over the API, and stops cleanly', async () => {
    site.answer('/feeds/serve.xml', { kind: 'items', etag: '"s1"', items: [{ n: 1 }] });
    const added = await runHabeas(
      ['sources', 'add', site.feedUrl('/feeds/serve.xml'), '--name', 'Served'],
      env,
    );
    expect(added.code, added.stderr).toBe(0);

    const server = startHabeas(['serve', '--port', '0'], env);
    let url = '';
    await waitFor('the server to listen', () => {
      url = /: (http:\/\/\S+) \(API docs/.exec(server.stderr())?.[1] ?? '';
      return url !== '';
    });
    await waitFor('the article to be read', () => site.hits.get('/a/1') === 1, 60_000);
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: watchEnv.HABEAS_ADMIN_PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    await waitFor('the figures', async () => {
      const list = await (
        await fetch(`${url}/api/watched-sources`, { headers: { cookie } })
      ).json();
      return list.items[0]?.items === 1;
    });

    server.child.kill('SIGTERM');
    const ended = await server.done;
    expect(ended.code, ended.stderr).toBe(0);
    expect(ended.stderr).not.toMatch(/watch:/);
    // Read once, and held on disk: the next process sees the figures.
    expect(site.hits.get('/feeds/serve.xml')).toBe(1);
    const listed = await runHabeas(['sources', 'list', '--json'], env);
    expect(JSON.parse(listed.stdout)).toMatchObject({ name: 'Served', items: 1, failures: 0 });
  }, 180_000);
});

const pgUrl = postgresTestUrl();
if (!pgUrl) {
  describe('habeas worker on PostgreSQL', () => postgresNotConfigured('habeas worker watch'));
} else {
  describe('habeas worker processes on PostgreSQL', () => {
    let db: FreshDatabase;
    beforeAll(async () => {
      db = await freshDatabase(pgUrl, { migrated: true });
    });
    afterAll(() => db?.drop());

    it('two workers started together read each due source once', async () => {
      const env = { ...watchEnv, DATABASE_URL: db.url };
      const sources = [2, 3, 4, 5, 6, 7];
      for (const n of sources)
        site.answer(`/feeds/worker-${n}.xml`, { kind: 'items', etag: `"k${n}"`, items: [{ n }] });
      // The six commands in one CLI process (runHabeasSteps); the workers are processes of their own.
      const added = await runHabeasSteps(
        sources.map((n) => ['sources', 'add', site.feedUrl(`/feeds/worker-${n}.xml`)]),
        env,
      );
      for (const a of added) expect(a.code, a.stderr).toBe(0);
      const workers = [0, 1].map(() => startHabeas(['worker', '--concurrency', '2'], env));
      try {
        await waitFor(
          'every source to be read',
          () => sources.every((n) => site.hits.get(`/a/${n}`) === 1),
          120_000,
        );
        // Several more ticks of both schedules: nothing is due, nothing more is read.
        await new Promise((r) => setTimeout(r, 2000));
      } finally {
        for (const w of workers) w.child.kill('SIGTERM');
      }
      const ended = await Promise.all(workers.map((w) => w.done));
      for (const e of ended) expect(e.code, e.stderr).toBe(0);
      for (const n of sources) {
        expect(site.hits.get(`/feeds/worker-${n}.xml`), `feed ${n}`).toBe(1);
        expect(site.hits.get(`/a/${n}`), `article ${n}`).toBe(1);
      }
      // Each worker printed a line per source it read: six between them.
      const lines = ended
        .flatMap((e) => e.stdout.trim().split('\n'))
        .filter((l) => l.startsWith('{"watch"'));
      expect(lines.map((l) => JSON.parse(l).watch.status).sort()).toEqual(Array(6).fill('new'));
    }, 240_000);
  });
}
