import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSampleLedger } from '../../src/adapters/sample-ledger.ts';
import { parseDump } from '../../src/app/transfer/import-ledger.ts';
import { adminQuery } from '../support/admin-query.ts';
import { postgresNotConfigured, postgresTestUrl } from '../support/databases.ts';

// The shipped entry point, through tsx as users run it (the other process tests start the build
// of test/support/cli-build.ts): this file checks that what it serves is found from there.
const bin = join(import.meta.dirname, '../../bin/habeas.js');
// What `--sample` must load: the shipped file, all of it.
const sample = parseDump(await readSampleLedger());
const loadedLine = `loaded the sample ledger: ${sample.entities.length} entities, ${sample.claims.length} claims`;

/** Starts `habeas serve` as a real process and resolves with its address once it listens. */
function serve(
  env: NodeJS.ProcessEnv,
): Promise<{ child: ChildProcess; url: string; stderr: () => string }> {
  const child = spawn(process.execPath, [bin, 'serve', '--sample', '--port', '0'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /: (http:\/\/[^\s]+) \(API docs/.exec(err);
      if (m) resolve({ child, url: m[1]!, stderr: () => err });
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
}

describe('habeas serve --sample (the npm start path)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'habeas-serve-'));
  const env = { HABEAS_DATA_DIR: join(dir, 'data'), DATABASE_URL: '' };
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads the sample into a fresh embedded database, serves it, and locks the folder', async () => {
    const started = await serve(env);
    child = started.child;
    const health = await (await fetch(`${started.url}/api/health`)).json();
    expect(health).toMatchObject({ ok: true, database: 'pglite', readModels: { lastError: null } });
    expect(started.stderr()).toContain(loadedLine);
    const count = await (await fetch(`${started.url}/api/counts?country=BY&at=2025-09-12`)).json();
    expect(count.registry.count).toBeGreaterThan(0);
    const releases = await (await fetch(`${started.url}/api/releases`)).json();
    expect(releases.total).toBeGreaterThanOrEqual(6);

    // No users yet: the first admin was created and its generated password shown once.
    const m = /first user 'admin' \(role admin\) with password: (\S+)/.exec(started.stderr());
    expect(m).not.toBeNull();
    const anonymous = await fetch(`${started.url}/api/claims/accept-above`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ threshold: 1 }),
    });
    expect(anonymous.status).toBe(401);
    const login = await fetch(`${started.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: m![1] }),
    });
    expect(login.status).toBe(200);
    expect((await login.json()).user.role).toBe('admin');

    // A second process on the same data folder is refused with a message, not allowed to write.
    const second = spawn(
      process.execPath,
      [bin, 'count', '--country', 'BY', '--at', '2025-09-12'],
      {
        env: { ...process.env, ...env },
      },
    );
    let err = '';
    second.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    const code = await new Promise((r) => second.on('exit', r));
    expect(code).toBe(1);
    expect(err).toMatch(/in use|lock/i);
    expect(err).toContain(String(child.pid));
  }, 240_000);
});

describe('habeas serve creates the first admin', () => {
  const dir = mkdtempSync(join(tmpdir(), 'habeas-admin-'));
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  it('with HABEAS_ADMIN_PASSWORD, printing no password', async () => {
    const started = await serve({
      HABEAS_DATA_DIR: join(dir, 'data'),
      DATABASE_URL: '',
      HABEAS_ADMIN_PASSWORD: 'first-admin-password',
    });
    child = started.child;
    expect(started.stderr()).toContain(
      "created the first user 'admin' (role admin) with HABEAS_ADMIN_PASSWORD",
    );
    expect(started.stderr()).not.toContain('first-admin-password');
    const login = await fetch(`${started.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'first-admin-password' }),
    });
    expect(login.status).toBe(200);
  }, 240_000);
});

const url = postgresTestUrl();
if (!url) postgresNotConfigured('habeas serve --sample on PostgreSQL');
else
  describe('habeas serve --sample on an empty PostgreSQL database', () => {
    const name = `habeas_t_${randomBytes(6).toString('hex')}`;
    const target = new URL(url);
    target.pathname = `/${name}`;
    // Unused on PostgreSQL; an empty folder of its own shows nothing came from a data folder.
    const dir = mkdtempSync(join(tmpdir(), 'habeas-serve-pg-'));
    let child: ChildProcess | undefined;
    afterAll(async () => {
      child?.kill('SIGTERM');
      if (child && child.exitCode === null) await new Promise((r) => child!.once('exit', r));
      await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      rmSync(dir, { recursive: true, force: true });
    });

    it('loads the whole sample file and serves it', async () => {
      await adminQuery(url, `CREATE DATABASE ${name}`);
      const started = await serve({ DATABASE_URL: target.toString(), HABEAS_DATA_DIR: dir });
      child = started.child;
      expect(started.stderr()).toContain(loadedLine);
      const health = await (await fetch(`${started.url}/api/health`)).json();
      expect(health).toMatchObject({
        ok: true,
        database: 'postgres',
        readModels: { lastError: null },
      });
      const [row] = await adminQuery(target.toString(), 'select count(*)::int as n from claims');
      expect(row!.n).toBe(sample.claims.length);
      const releases = await (await fetch(`${started.url}/api/releases`)).json();
      expect(releases.total).toBe(sample.entities.filter((e) => e.type === 'release_event').length);
    }, 240_000);
  });
