/**
 * Webhooks end to end with the real CLI (docs/whats-new.md), on both databases: `habeas hooks
 * add` (and its refusals), `habeas serve` delivering a signed release.created to a receiver on
 * 127.0.0.1 (reachable through HABEAS_ALLOW_PRIVATE_FETCH=1), the server killed with SIGKILL
 * right after the next report and started again: each change is delivered exactly once, and
 * `habeas hooks list` / `log` show the delivery log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInOverHttp } from '../support/auth.ts';
import { type CliBackend, cliBackends } from '../support/cli-databases.ts';
import { postgresNotConfigured, postgresTestUrl } from '../support/databases.ts';
import {
  runHabeas,
  runHabeasSteps,
  type Started,
  type Step,
  startHabeas,
  waitFor,
} from '../support/habeas-process.ts';
import { type HookReceiver, startReceiver, validSignature } from '../support/hook-receiver.ts';

const secret = 'process-test-secret-0123456789';
const password = 'a long admin password for the test';

/** `habeas serve` on a free port; resolves with its address once it listens. */
async function serve(env: NodeJS.ProcessEnv): Promise<{ started: Started; url: string }> {
  const started = startHabeas(['serve', '--port', '0'], env);
  let url = '';
  await waitFor('habeas serve to listen', () => {
    const m = /: (http:\/\/[^\s]+) \(API docs/.exec(started.stderr());
    if (m) url = m[1]!;
    return url !== '';
  });
  return { started, url };
}

async function addReport(url: string, text: string, title: string): Promise<void> {
  const headers = await signInOverHttp(url, { username: 'admin', password });
  const r = await fetch(`${url}/api/reports`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ text, title, publishedAt: '2026-02-01' }),
  });
  if (r.status !== 201) throw new Error(`POST /api/reports: ${r.status} ${await r.text()}`);
}

const events = (r: HookReceiver) =>
  r.received.map((x) => JSON.parse(x.body) as { id: string; event: string; data: { id: string } });

describe.each(cliBackends())('webhooks from habeas serve on $name', (backend: CliBackend) => {
  let receiver: HookReceiver;
  let env: NodeJS.ProcessEnv;
  let running: Started | null = null;

  beforeAll(async () => {
    receiver = await startReceiver();
    env = {
      ...(await backend.fresh()),
      HABEAS_ALLOW_PRIVATE_FETCH: '1',
      HABEAS_ADMIN_PASSWORD: password,
      HABEAS_RATE_LIMIT: '0',
    };
  });
  afterAll(async () => {
    running?.child.kill('SIGKILL');
    await running?.done;
    await receiver?.close();
    await backend.cleanup();
  });

  it('delivers each change once, across a killed and restarted server', async () => {
    const added = await runHabeas(
      [
        'hooks',
        'add',
        receiver.url,
        '--events',
        'release.created,conflict.created',
        '--secret',
        secret,
      ],
      env,
    );
    expect(added.code, added.stderr).toBe(0);
    const hook = JSON.parse(added.stdout) as { id: string; events: string[]; secret: string };
    expect(hook).toMatchObject({ events: ['release.created', 'conflict.created'], secret });

    let server = await serve(env);
    running = server.started;
    await addReport(
      server.url,
      'Belarus released 52 political prisoners on 11 September 2025 after talks with a US envoy, Viasna said.',
      'Belarus frees 52',
    );
    await waitFor('the first delivery', () => receiver.received.length >= 1, 60_000);

    // A second report, and the server killed at once: delivered before the kill or after the
    // restart, never lost and never twice.
    await addReport(
      server.url,
      'Belarus pardoned 16 political prisoners on 2 July 2024, the presidential press service said.',
      'Sixteen pardoned',
    );
    server.started.child.kill('SIGKILL');
    await server.started.done;
    running = null;

    server = await serve(env);
    running = server.started;
    await waitFor('the second delivery', () => receiver.received.length >= 2, 60_000);
    // A third change after the restart: once it is in, any repeat of the first two (sent before
    // it, in order) would be in too.
    await addReport(
      server.url,
      'Belarus released 14 political prisoners on 21 June 2025 after a visit by a US envoy, Reuters reported.',
      'Fourteen freed',
    );
    await waitFor('the third delivery', () => receiver.received.length >= 3, 60_000);
    server.started.child.kill('SIGTERM');
    await server.started.done;
    running = null;

    const got = events(receiver);
    expect(got.map((e) => e.event)).toEqual([
      'release.created',
      'release.created',
      'release.created',
    ]);
    expect(new Set(got.map((e) => e.id)).size).toBe(3);
    expect(new Set(got.map((e) => e.data.id)).size).toBe(3);
    expect(receiver.received.every((r) => validSignature(secret, r))).toBe(true);

    // The commands after the server's end share one CLI process (runHabeasSteps).
    const [listed, table, log, removed, after] = await runHabeasSteps(
      [
        ['hooks', 'list', '--json'],
        ['hooks', 'list'],
        ['hooks', 'log', hook.id, '--json'],
        ['hooks', 'remove', hook.id],
        ['hooks', 'list', '--json'],
      ],
      env,
    );
    expect(JSON.parse(listed!.stdout)).toMatchObject({
      id: hook.id,
      deliveries: { delivered: 3, pending: 0, failed: 0 },
      last: { status: 'delivered', lastStatus: 200 },
    });
    expect(table!.stdout).toContain('delivered after 1 attempt (HTTP 200)');
    const lines = log!.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines.every((l: { attempts: number }) => l.attempts === 1)).toBe(true);

    expect(removed!.code).toBe(0);
    expect(after!.stdout).toBe('');
  }, 240_000);
});

describe('habeas hooks add', () => {
  const backend = cliBackends()[0]!;
  afterAll(() => backend.cleanup());

  it('refuses a bad hook on the command line', async () => {
    const env = await backend.fresh();
    // Three refusals in one CLI process (runHabeasSteps): the exit codes are main()'s.
    const [unknown, ftp, short] = (await runHabeasSteps(
      [
        ['hooks', 'add', 'http://127.0.0.1:9/hook', '--events', 'release.gone'],
        ['hooks', 'add', 'ftp://example.org/x', '--events', 'release.created'],
        [
          ...['hooks', 'add', 'http://127.0.0.1:9/hook'],
          ...['--events', 'release.created', '--secret', 'short'],
        ],
      ],
      env,
    )) as [Step, Step, Step];
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown event 'release.gone'");
    expect(ftp.code).toBe(2);
    expect(ftp.stderr).toContain('http or https');
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('secret: must be 16 to 256 characters');
  });
});

if (!postgresTestUrl()) postgresNotConfigured('webhooks from habeas serve');
