/**
 * Starts the real HTTP server (`habeas serve --port 0`, a child process, so the load generator
 * does not share its event loop) and drives it with autocannon.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';

const root = join(import.meta.dirname, '../..');

export interface Server {
  url: string;
  stop(): Promise<void>;
}

/**
 * Spawns `habeas serve` with these variables (and node flags, e.g. --cpu-prof, which
 * NODE_OPTIONS refuses) and waits for the address it prints.
 */
export function startServer(env: Record<string, string>, nodeArgs: string[] = []): Promise<Server> {
  const child: ChildProcess = spawn(
    process.execPath,
    [...nodeArgs, join(root, 'bin/habeas.js'), 'serve', '--port', '0'],
    // The per-client rate limits off: the load comes from one address (docs/security.md).
    {
      cwd: root,
      env: { ...process.env, HABEAS_RATE_LIMIT: '0', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let err = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => fail(new Error(`server did not start in 120 s:\n${err}`)),
      120_000,
    );
    const fail = (e: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(e);
    };
    child.on('exit', (code) =>
      fail(new Error(`server exited (${code}) before listening:\n${err}`)),
    );
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /(http:\/\/\S+) \(API docs/.exec(err);
      if (!m) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({
        url: m[1]!,
        stop: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 30_000).unref();
          }),
      });
    });
  });
}

export interface LoadResult {
  reqPerSec: number;
  p50Ms: number | null;
  p99Ms: number | null;
  errors: number;
  non2xx: number;
  requests: number;
}

/**
 * `connections` clients for `seconds`, each request's path from `path()` (a fresh random id,
 * name or date each time, so no single cached answer is measured).
 */
export async function drive(
  url: string,
  path: () => string,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const r = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        setupRequest: (req: { path: string }) => {
          req.path = path();
          return req;
        },
      },
    ],
  });
  // No answer within the run: latencies unknown (null), not 0.
  const done = r.requests.total > 0;
  return {
    reqPerSec: Math.round(r.requests.average * 10) / 10,
    p50Ms: done ? r.latency.p50 : null,
    p99Ms: done ? r.latency.p99 : null,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    requests: r.requests.total,
  };
}

/**
 * Waits (up to 5 minutes) until the server answers a small request within 100 ms three times
 * in a row: requests still queued from the previous run must not be charged to the next one.
 */
export async function settle(url: string): Promise<{ settled: boolean }> {
  // PGlite works off a 200-request backlog of full-scale counts one statement at a time: more
  // than 2 minutes.
  const until = Date.now() + 300_000;
  let fast = 0;
  while (fast < 3 && Date.now() < until) {
    const t0 = performance.now();
    const r = await fetch(`${url}/api/counts?country=BY&at=2020-01-01&ids=false`).catch(() => null);
    await r?.arrayBuffer();
    fast = r?.ok && performance.now() - t0 < 100 ? fast + 1 : 0;
    if (fast === 0) await new Promise((done) => setTimeout(done, 250));
  }
  return { settled: fast >= 3 };
}

export interface Measured extends LoadResult {
  connections: number;
  /** The first request, asked alone: what the server builds on first use (the name index). */
  firstMs: number;
  firstStatus: number;
  /** False when the server had not worked off the previous run's backlog within 5 minutes. */
  settled: boolean;
}

/** Settles, times one request alone, then drives `connections` clients for `seconds`. */
export async function measure(
  url: string,
  path: () => string,
  connections: number,
  seconds: number,
): Promise<Measured> {
  const { settled } = await settle(url);
  const t0 = performance.now();
  const first = await fetch(url + path());
  await first.arrayBuffer();
  const firstMs = Math.round(performance.now() - t0);
  const r = await drive(url, path, connections, seconds);
  return { connections, ...r, firstMs, firstStatus: first.status, settled };
}
