// `habeas serve` (a real process) on a PostgreSQL server of the test's own, which the test
// stops while the API serves and starts again. While it is down every request gets a quick 503
// JSON answer and /api/health says the database is down; the process survives. Once it is back
// the API answers again without a restart, new writes are kept, and writes tried during the
// outage (or cut off mid-transaction by the shutdown) left nothing behind.
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../src/wiring.ts';
import { adminQuery } from '../support/admin-query.ts';
import { bearerFor } from '../support/auth.ts';
import {
  projectRoot,
  runHabeas,
  type Started,
  startHabeas,
  waitFor,
} from '../support/habeas-process.ts';
import { type PrivatePostgres, startPrivatePostgres } from '../support/private-postgres.ts';

const sample = join(projectRoot, 'data/sample-ledger.json');

let server: PrivatePostgres;
let dbUrl: string;
let serve: Started;
let base: string;
let auth: { authorization: string };

/** A report text of the test's own (never a real article), one per name. */
function report(name: string) {
  return {
    title: `Outage test report ${name}`,
    publishedAt: '2024-03-02',
    text: `Outage test report ${name}. On 1 March 2024 the authorities of Belarus released 7 political prisoners, among them Ales Outage${name.replace(/[^a-z]/gi, '')}ovich, after talks mediated by Lithuania.`,
  };
}

async function call(method: string, path: string, body?: unknown) {
  const started = Date.now();
  // Health is asked as monitors ask it: anonymously.
  const who = path === '/api/health' ? {} : auth;
  const r = await fetch(`${base}${path}`, {
    method,
    headers: body ? { ...who, 'content-type': 'application/json' } : who,
    body: body ? JSON.stringify(body) : undefined,
    // A hang fails the test instead of passing late.
    signal: AbortSignal.timeout(30_000),
  });
  const text = await r.text();
  return { status: r.status, text, json: () => JSON.parse(text), ms: Date.now() - started };
}

const sourcesTitled = async (title: string) =>
  (await adminQuery(dbUrl, 'select id from sources where title = $1', [title])).length;

/** A clear 503: JSON with a stable code, no stack trace, answered at once. */
function expectUnavailable(r: Awaited<ReturnType<typeof call>>) {
  expect(r.status, r.text).toBe(503);
  expect(r.json()).toMatchObject({ error: 'database_unavailable' });
  expect(r.text).not.toMatch(/\bat .*\.(ts|js):\d+/);
  expect(r.ms).toBeLessThan(20_000);
}

beforeAll(async () => {
  server = await startPrivatePostgres();
  await adminQuery(server.url(), 'create database habeas');
  dbUrl = server.url('habeas');
  const imported = await runHabeas(['import', sample], { DATABASE_URL: dbUrl });
  expect(imported.code, imported.stderr).toBe(0);
  const ctx = await openApp({ DATABASE_URL: dbUrl, HABEAS_DATA_DIR: '' });
  try {
    auth = await bearerFor(ctx, 'editor');
  } finally {
    await ctx.db.close();
  }
  serve = startHabeas(['serve', '--port', '0'], { DATABASE_URL: dbUrl });
  await waitFor('habeas serve to listen', () => /: http:\/\/\S+ \(API docs/.test(serve.stderr()));
  base = /: (http:\/\/\S+) \(API docs/.exec(serve.stderr())![1]!;
}, 300_000);

afterAll(async () => {
  serve?.child.kill('SIGTERM');
  await serve?.done;
  await server?.destroy();
});

describe('habeas serve while its PostgreSQL server stops and starts again', () => {
  it('answers 503 while the database is down and recovers without a restart', async () => {
    // Up: reads, a write, health.
    expect((await call('GET', '/api/health')).json()).toMatchObject({
      ok: true,
      database: 'postgres',
    });
    expect((await call('GET', '/api/releases')).status).toBe(200);
    const before = await call('POST', '/api/reports', report('before'));
    expect(before.status, before.text).toBe(201);

    // A write cut off inside its transaction: the test holds `claims` so the request waits
    // there (its source already inserted) when the server shuts down.
    const holder = new pg.Client({ connectionString: dbUrl });
    holder.on('error', () => undefined);
    await holder.connect();
    await holder.query('begin');
    await holder.query('lock table claims in share mode');
    const cut = call('POST', '/api/reports', report('cut'));
    await waitFor('the write to wait for its claims', async () => {
      const rows = await holder.query(
        'select count(*)::int as n from pg_locks where not granted and relation = $1::regclass',
        ['claims'],
      );
      return rows.rows[0].n > 0;
    });

    await server.stop();
    expectUnavailable(await cut);
    await holder.end().catch(() => undefined);

    // Down: quick, clear 503s for reads, writes and health; the process keeps running.
    const health = await call('GET', '/api/health');
    expect(health.status).toBe(503);
    expect(health.json()).toMatchObject({
      ok: false,
      database: 'postgres',
      error: 'database_unavailable',
    });
    expectUnavailable(await call('GET', '/api/releases'));
    expectUnavailable(await call('GET', '/api/persons?limit=5'));
    expectUnavailable(await call('POST', '/api/reports', report('during')));
    expect(serve.child.exitCode).toBeNull();
    expect(serve.stderr()).not.toMatch(/unhandled|uncaught/i);

    // Back: the same process serves again.
    await server.start();
    await waitFor(
      '/api/health to answer 200',
      async () => (await call('GET', '/api/health')).status === 200,
      60_000,
    );
    expect((await call('GET', '/api/releases')).status).toBe(200);

    // Neither the write cut off nor the one tried while down left anything: both store anew.
    expect(await sourcesTitled(report('cut').title)).toBe(0);
    expect(await sourcesTitled(report('during').title)).toBe(0);
    for (const name of ['cut', 'during', 'after']) {
      const r = await call('POST', '/api/reports', report(name));
      expect(r.status, r.text).toBe(201);
      expect(r.json().created).toBe(true);
      expect(r.json().claims).toBeGreaterThan(0);
    }
    const again = await call('POST', '/api/reports', report('after'));
    expect(again.status).toBe(200);

    // Kept: the writes made after recovery are in the database, each once, with their claims.
    for (const name of ['before', 'cut', 'during', 'after'])
      expect(await sourcesTitled(report(name).title), name).toBe(1);
    const claims = await adminQuery(
      dbUrl,
      'select count(*)::int as n from claims c join sources s on s.id = c.source_id where s.title = $1',
      [report('cut').title],
    );
    expect(claims[0].n).toBeGreaterThan(0);
    expect(serve.child.exitCode).toBeNull();
  }, 300_000);
});
