// `habeas ingest URL` end to end, against a page and a feed on a local server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../../src/cli/commands/export.ts';
import { ingestCommand } from '../../../src/cli/commands/ingest.ts';
import { workerCommand } from '../../../src/cli/commands/worker.ts';
import { runCommand } from '../../../src/cli/main.ts';
import { captureIo } from '../../support/io.ts';
import { type LocalServer, send, startServer } from './local-server.ts';

const story = (n: number, who: string) =>
  `<p>Authorities in Belarus released ${n} political prisoners on 3 March 2025, among them ${who}, a teacher arrested in 2021.</p><p>The rights group Viasna said more than 1,100 people remained in prison.</p>`;

const page = `<!doctype html><html><head><title>Belarus frees 17 &amp; more</title><script>alert(1)</script></head>
<body><nav class="menu">Home | World</nav><article><h1>Belarus frees 17</h1>${story(17, 'Aliaksei Barysevich')}
<p onclick="steal()">A family member confirmed the news.</p><iframe src="https://ads.example/"></iframe></article></body></html>`;

const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Nine freed</title><link>https://wire.example.org/a</link><pubDate>Mon, 05 May 2025 10:00:00 GMT</pubDate>
<description><![CDATA[${story(9, 'Hanna Charnou')}]]></description></item>
<item><title>Eleven freed</title><link>https://wire.example.org/b</link><pubDate>Tue, 10 Jun 2025 10:00:00 GMT</pubDate>
<description><![CDATA[${story(11, 'Mikola Dubovik')}]]></description></item>
</channel></rss>`;

let server: LocalServer;
let dir: string;
let n = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'habeas-url-'));
  server = await startServer();
  server.route('/story', send(200, 'text/html; charset=utf-8', page));
  server.route('/feed', send(200, 'application/rss+xml', feed));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { HABEAS_DATA_DIR: join(dir, `data-${n++}`), ...extra };
}

async function ingest(arg: string, environment: NodeJS.ProcessEnv) {
  const io = captureIo('', environment);
  const code = await runCommand(ingestCommand, ['--json', arg], io);
  const lines = io
    .stdout()
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code, lines, stderr: io.stderr() };
}

describe('habeas ingest URL', () => {
  it('stores a page as one report, from its sanitised main text', async () => {
    const environment = env({ HABEAS_ALLOW_PRIVATE_FETCH: '1' });
    const { code, lines, stderr } = await ingest(`${server.origin}/story`, environment);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [item, summary] = lines;
    expect(summary).toMatchObject({ summary: { read: 1, stored: 1, problems: 0 } });
    expect(item).toMatchObject({
      origin: `${server.origin}/story`,
      created: true,
      source: { url: `${server.origin}/story`, title: 'Belarus frees 17 & more' },
    });
    expect(item?.claims).toBeGreaterThan(0);
    const out = captureIo('', environment);
    expect(await runCommand(exportCommand, [], out)).toBe(0);
    const [source] = (JSON.parse(out.stdout()) as { sources: Array<{ text: string }> }).sources;
    expect(source?.text).toContain('among them Aliaksei Barysevich');
    expect(source?.text).toContain('A family member confirmed the news.');
    expect(source?.text).not.toMatch(/alert|steal|Home \| World|ads\.example/);
  });

  it('stores each item of a feed', async () => {
    const { code, lines } = await ingest(
      `${server.origin}/feed`,
      env({ HABEAS_ALLOW_PRIVATE_FETCH: 'true' }),
    );
    expect(code).toBe(0);
    expect(lines.slice(0, 2).map((l) => l.origin)).toEqual([
      'https://wire.example.org/a',
      'https://wire.example.org/b',
    ]);
    expect(lines.at(-1)).toMatchObject({ summary: { read: 2, stored: 2, problems: 0 } });
  });

  it('refuses the local server by default and says how to allow it', async () => {
    const before = server.requests.length;
    const { code, stderr, lines } = await ingest(`${server.origin}/story`, env());
    expect(code).toBe(1);
    expect(stderr).toBe(
      `${server.origin}/story: 127.0.0.1 is a loopback address; refused (set HABEAS_ALLOW_PRIVATE_FETCH=1 to allow)\n`,
    );
    expect(lines.at(-1)).toMatchObject({ summary: { read: 1, stored: 0, problems: 1 } });
    expect(server.requests.length).toBe(before);
  });

  it('rejects a bad HABEAS_ALLOW_PRIVATE_FETCH value naming the variable', async () => {
    const { code, stderr } = await ingest(
      `${server.origin}/story`,
      env({ HABEAS_ALLOW_PRIVATE_FETCH: 'perhaps' }),
    );
    expect(code).toBe(1);
    expect(stderr).toContain(
      'HABEAS_ALLOW_PRIVATE_FETCH: expected 1, true, yes, on, 0, false, no or off',
    );
  });
});

describe('habeas worker arguments', () => {
  it('needs PostgreSQL', async () => {
    const io = captureIo('', env());
    expect(await runCommand(workerCommand, [], io)).toBe(1);
    expect(io.stderr()).toContain('needs DATABASE_URL (PostgreSQL)');
  });

  it('checks --concurrency', async () => {
    const io = captureIo('', env());
    expect(await runCommand(workerCommand, ['--concurrency', 'many'], io)).toBe(2);
    expect(io.stderr()).toContain("--concurrency: expected a whole number 1-64, got 'many'");
  });
});
