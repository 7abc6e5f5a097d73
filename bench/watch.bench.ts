// Watch benchmark (docs/watch.md), on PGlite in a temporary data folder and, when
// HABEAS_TEST_DATABASE_URL is set, on fresh PostgreSQL databases:
// - a watch cycle over 100 sources with nothing new (every feed answers 304 to its ETag): the
//   CPU time of this process for the cycle (process.cpuUsage: the claim, 100 conditional
//   fetches, 100 updates; PGlite runs in this process and is counted, a PostgreSQL server's own
//   work is not), median of 3 cycles; target under 1 s;
// - a 1,000-item feed read and ingested: reports/s, beside the rate of ingesting the same 1,000
//   reports as bench:ingest does (ingestBatch of their text) on another fresh database, and the
//   ratio of the two, in wall time and in CPU time of this process; both after a warm-up of
//   extraction (see warmUp), each run in turns (WATCH_BENCH_TURNS, 5), medians kept. The reports are
//   bench:ingest's corpus (test/app/ingest-variants.ts), each in the feed as its HTML
//   (content:encoded), as news feeds carry them.
// The feeds are served by a child process on 127.0.0.1, so its work is not counted; reaching it
// takes HABEAS_ALLOW_PRIVATE_FETCH=1, set here as an operator would. WATCH_BENCH_ITEMS
// overrides the feed's 1,000 items.

import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/adapters/db/connect.ts';
import type { AppContext } from '../src/app/context.ts';
import type { AcquiredItem } from '../src/app/ingest/acquire.ts';
import { ingestBatch } from '../src/app/ingest/ingest-batch.ts';
import { addWatchedSource } from '../src/app/ingest/watch.ts';
import { pollWatchedSources } from '../src/app/ingest/watch-poll.ts';
import { loadConfig } from '../src/config.ts';
import { extractReport } from '../src/core/extract/index.ts';
import type { Clock, Database } from '../src/core/ports.ts';
import { newsPorts, watchReader } from '../src/wiring.ts';
import { variedReports } from '../test/app/ingest-variants.ts';
import { adminQuery } from '../test/support/admin-query.ts';
import { appContext } from '../test/support/app-context.ts';

const SOURCES = 100;
const CYCLES = 3;
/** Feed and plain ingest, in turns (WATCH_BENCH_TURNS). */
const TURNS = Number(process.env.WATCH_BENCH_TURNS ?? 5);
const ITEMS = Number(process.env.WATCH_BENCH_ITEMS ?? 1000);
const config = loadConfig({ HABEAS_ALLOW_PRIVATE_FETCH: '1' });
const read = watchReader(config);
const by = { kind: 'user', id: 'bench' } as const;

function emit(figure: string, value: number, extra: Record<string, unknown> = {}) {
  console.log(
    JSON.stringify({ bench: 'watch', figure, value: Math.round(value * 1000) / 1000, ...extra }),
  );
}

/** A clock the benchmark moves: sources fall due when it says so. */
class BenchClock implements Clock {
  private at = Date.parse('2026-06-01T08:00:00.000Z');
  now(): string {
    return new Date(this.at).toISOString();
  }
  advance(ms: number): void {
    this.at += ms;
  }
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The corpus as one RSS feed: each report's text as HTML paragraphs, a link of its own. */
function bigFeed(origin: string, reports: AcquiredItem[]): string {
  const items = reports.map((r, i) => {
    const input = 'input' in r ? r.input : { text: '' };
    const html = (input.text ?? '')
      .split(/\n+/)
      .map((p) => `<p>${xmlText(p)}</p>`)
      .join('');
    const date = input.publishedAt ? new Date(input.publishedAt).toUTCString() : '';
    return `<item><title>${xmlText(input.title ?? `Bulletin ${i}`)}</title><link>${origin}/a/${i}</link><pubDate>${date}</pubDate><content:encoded><![CDATA[${html}]]></content:encoded></item>`;
  });
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench</title>${items.join('')}</channel></rss>`;
}

// The site, in a process of its own: /feeds/<n>.xml answers 304 to its ETag (an empty feed
// otherwise), /big.xml is the big feed.
const siteCode = `
const http = require('node:http');
const fs = require('node:fs');
const big = fs.readFileSync(process.argv[1]);
const empty = '<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>';
http.createServer((req, res) => {
  if (req.url === '/big.xml') {
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"big"' });
    return res.end(big);
  }
  if (req.headers['if-none-match'] === '"e"') { res.writeHead(304, { etag: '"e"' }); return res.end(); }
  res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"e"' });
  res.end(empty);
}).listen(0, '127.0.0.1', function () { process.stdout.write(String(this.address().port) + '\\n'); });
`;

async function startSite(feedFile: string): Promise<{ origin: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['-e', siteCode, feedFile], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<string>((done, fail) => {
    child.stdout?.once('data', (d: Buffer) => done(d.toString().trim()));
    child.once('exit', (code) => fail(new Error(`feed site exited (${code})`)));
  });
  return { origin: `http://127.0.0.1:${port}`, child };
}

function context(db: Database, clock: Clock): AppContext {
  return appContext(db, { clock, ...newsPorts(config) });
}

const cpuSeconds = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1e6;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function cycleFigure(name: string, db: Database, origin: string) {
  const clock = new BenchClock();
  const ctx = context(db, clock);
  for (let n = 0; n < SOURCES; n++)
    await addWatchedSource(ctx, { url: `${origin}/feeds/${n}.xml`, everySeconds: 1800 });
  // The first reads learn each feed's ETag.
  await pollWatchedSources(ctx, read, { by, limit: 1000 });
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < CYCLES; i++) {
    clock.advance(31 * 60_000);
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const results = await pollWatchedSources(ctx, read, { by, limit: 1000 });
    cpu.push(cpuSeconds(process.cpuUsage(c0)));
    wall.push((performance.now() - t0) / 1000);
    const notModified = results.filter((r) => r.status === 'not_modified').length;
    if (notModified !== SOURCES)
      throw new Error(
        `expected ${SOURCES} answers 304, got ${notModified}: ${JSON.stringify(results[0])}`,
      );
  }
  emit(`${name}_cycle_${SOURCES}_sources_cpu_s`, median(cpu), {
    target: 1,
    wall_s: Math.round(median(wall) * 1000) / 1000,
    cycles: CYCLES,
    sources: SOURCES,
  });
}

/**
 * Reports read per second (every item ingested: stored, or found to be a copy), of wall time
 * and of this process's CPU time: on a shared machine the second does not depend on the load.
 */
interface Rate {
  perSecond: number;
  perCpuSecond: number;
  stored: number;
}

/** Runs fn, timing it in wall and CPU seconds. */
async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; wall: number; cpu: number }> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const value = await fn();
  return { value, wall: (performance.now() - t0) / 1000, cpu: cpuSeconds(process.cpuUsage(c0)) };
}

async function feedRate(db: Database, origin: string): Promise<Rate> {
  const ctx = context(db, new BenchClock());
  await addWatchedSource(ctx, { url: `${origin}/big.xml` });
  const { value, wall, cpu } = await timed(() => pollWatchedSources(ctx, read, { by }));
  const r = value[0];
  if (r?.status !== 'new' || r.problems.length || r.seen)
    throw new Error(`the feed was not read whole: ${JSON.stringify(r).slice(0, 500)}`);
  return { perSecond: ITEMS / wall, perCpuSecond: ITEMS / cpu, stored: r.stored };
}

async function ingestRate(db: Database, reports: AcquiredItem[]): Promise<Rate> {
  const ctx = context(db, new BenchClock());
  const { value: result, wall, cpu } = await timed(() => ingestBatch(ctx, reports, { by }));
  if (result.summary.read !== ITEMS || result.problems.length)
    throw new Error(
      `ingest read ${result.summary.read} of ${ITEMS}: ${result.problems[0]?.message}`,
    );
  return { perSecond: ITEMS / wall, perCpuSecond: ITEMS / cpu, stored: result.summary.stored };
}

/** Fresh databases of one kind: an opener and what to remove after. */
interface Kind {
  name: string;
  fresh(): Promise<Database>;
  cleanup(): Promise<void>;
}

function pgliteKind(): Kind {
  const dirs: string[] = [];
  return {
    name: 'pglite',
    async fresh() {
      const dir = mkdtempSync(join(tmpdir(), 'habeas-bench-watch-'));
      dirs.push(dir);
      return openDatabase({ dataDir: dir });
    },
    async cleanup() {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    },
  };
}

function postgresKind(url: string): Kind {
  const names: string[] = [];
  return {
    name: 'postgres',
    async fresh() {
      const name = `habeas_bench_${randomBytes(5).toString('hex')}`;
      await adminQuery(url, `CREATE DATABASE ${name}`);
      names.push(name);
      const target = new URL(url);
      target.pathname = `/${name}`;
      return openDatabase({ databaseUrl: target.toString() });
    },
    async cleanup() {
      for (const n of names) await adminQuery(url, `DROP DATABASE IF EXISTS ${n} WITH (FORCE)`);
    },
  };
}

/**
 * Extraction's first pass over a corpus costs several times the later ones (its word lists'
 * patterns are compiled and the JIT warms up): paid here, before anything is timed, so neither
 * the feed nor the ingest it is compared with pays it.
 */
function warmUp(reports: AcquiredItem[]): void {
  const toText = newsPorts(config).htmlToText;
  for (const r of reports) {
    if (!('input' in r) || !r.input.text) continue;
    extractReport({ text: r.input.text });
    toText(`<p>${r.input.text}</p>`);
  }
}

async function measure(kind: Kind, origin: string, reports: AcquiredItem[]) {
  const use = async <T>(fn: (db: Database) => Promise<T>): Promise<T> => {
    const db = await kind.fresh();
    try {
      return await fn(db);
    } finally {
      await db.close();
    }
  };
  await use((db) => cycleFigure(kind.name, db, origin));
  // Taken in turns, feed then ingest on fresh databases, TURNS times: on this shared machine a
  // single pair swings by 0.1 either way, so the figures are medians over the turns and the
  // ratio is the median of each turn's own ratio (both sides warmed alike by the turns before).
  const runs: Array<[Rate, Rate]> = [];
  for (let i = 0; i < TURNS; i++)
    runs.push([
      await use((db) => feedRate(db, origin)),
      await use((db) => ingestRate(db, reports)),
    ]);
  const middle = (rates: Rate[]) =>
    [...rates].sort((a, b) => a.perCpuSecond - b.perCpuSecond)[Math.floor(rates.length / 2)]!;
  const feed = middle(runs.map((r) => r[0]));
  const ingest = middle(runs.map((r) => r[1]));
  const cpuRatios = runs.map(
    ([f, i]) => Math.round((f.perCpuSecond / i.perCpuSecond) * 1000) / 1000,
  );
  const wallRatios = runs.map(([f, i]) => f.perSecond / i.perSecond);
  // The feed's items are HTML (turned into text as the feed is read, sanitise.ts
  // fragmentText); bench:ingest's are plain text. 16 of the corpus's 1,000 variants are copies of others.
  emit(`${kind.name}_feed_${ITEMS}_items_reports_per_s`, feed.perSecond, {
    items: ITEMS,
    stored: feed.stored,
    per_cpu_s: Math.round(feed.perCpuSecond),
  });
  emit(`${kind.name}_ingest_${ITEMS}_reports_per_s`, ingest.perSecond, {
    items: ITEMS,
    stored: ingest.stored,
    per_cpu_s: Math.round(ingest.perCpuSecond),
    as: 'bench:ingest',
  });
  emit(`${kind.name}_feed_to_ingest_ratio`, median(wallRatios), {
    target: 1,
    cpu_ratio: median(cpuRatios),
    cpu_ratios: cpuRatios,
    turns: TURNS,
  });
}

const work = mkdtempSync(join(tmpdir(), 'habeas-bench-feed-'));
const placeholder = 'http://127.0.0.1:0';
const corpus = [...variedReports(ITEMS)];
const feedFile = join(work, 'big.xml');
// Written with a placeholder origin, then served as is: links only need to differ.
writeFileSync(feedFile, bigFeed(placeholder, corpus));
const site = await startSite(feedFile);
// The baseline ingests the same reports with the same addresses the feed gives them.
const reports: AcquiredItem[] = corpus.map((r, i) =>
  'input' in r ? { ...r, input: { ...r.input, url: `${placeholder}/a/${i}` } } : r,
);
try {
  warmUp(reports);
  const kinds = [pgliteKind()];
  const url = process.env.HABEAS_TEST_DATABASE_URL?.trim();
  if (url) kinds.push(postgresKind(url));
  for (const kind of kinds) {
    try {
      await measure(kind, site.origin, reports);
    } finally {
      await kind.cleanup();
    }
  }
} finally {
  site.child.kill();
  rmSync(work, { recursive: true, force: true });
}
