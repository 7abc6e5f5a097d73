// `habeas sources` (docs/watch.md) on both databases: a feed on a local test site, reachable
// only through HABEAS_ALLOW_PRIVATE_FETCH=1; conditional GET, backoff after failures, recovery.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { type LocalServer, startServer } from '../adapters/news/local-server.ts';
import { cliBackends } from '../support/cli-databases.ts';
import { captureIo } from '../support/io.ts';

// Our own words; the facts (releases in Belarus in 2025) are of public record.
const item = (n: number, text: string) =>
  `<item><title>Report ${n}</title><link>https://news.example.org/${n}</link><pubDate>Thu, 11 Sep 2025 10:00:00 GMT</pubDate><description>${text}</description></item>`;
const one = item(
  1,
  'Belarus pardoned 52 prisoners on 11 September 2025 after talks with a U.S. envoy.',
);
const two = item(2, 'Belarus freed 14 prisoners on 21 June 2025, among them Siarhei Tsikhanouski.');
const feed = (...items: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items.join('')}</channel></rss>`;

let site: LocalServer;
let state: { etag: string; body: string; fail: boolean };
const conditional: string[] = [];

beforeAll(async () => {
  site = await startServer();
  state = { etag: '"v1"', body: feed(one), fail: false };
  site.route('/feed.xml', (req, res) => {
    conditional.push(String(req.headers['if-none-match'] ?? ''));
    if (state.fail) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('down');
    } else if (req.headers['if-none-match'] === state.etag) {
      res.writeHead(304, { etag: state.etag });
      res.end();
    } else {
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: state.etag });
      res.end(state.body);
    }
  });
});
afterAll(() => site?.close());

describe.each(cliBackends())('habeas sources on $name', (backend) => {
  afterAll(() => backend.cleanup());

  it('adds, polls conditionally, backs off after failures, recovers and removes', async () => {
    const env = { ...(await backend.fresh()), HABEAS_ALLOW_PRIVATE_FETCH: '1' };
    const run = async (...argv: string[]) => {
      const io = captureIo('', env);
      const code = await main(argv, io);
      const lines = io.stdout().trim().split('\n').filter(Boolean);
      // JSON lines, or a table (`list` without --json) read from `out`.
      const json = lines.every((l) => l.startsWith('{'));
      return {
        code,
        lines: json ? lines.map((l) => JSON.parse(l)) : [],
        err: io.stderr(),
        out: io.stdout(),
      };
    };
    state = { etag: '"v1"', body: feed(one), fail: false };
    const url = `${site.origin}/feed.xml`;

    const added = await run(
      'sources',
      'add',
      url,
      '--every',
      '30m',
      '--name',
      'Wire',
      '--language',
      'en',
    );
    expect(added.code, added.err).toBe(0);
    const id = added.lines[0].id;
    expect(added.lines[0]).toMatchObject({
      url,
      name: 'Wire',
      language: 'en',
      everySeconds: 1800,
      failures: 0,
      paused: false,
      items: 0,
    });
    expect((await run('sources', 'add', url, '--language', 'English')).code).toBe(2);
    expect((await run('sources', 'add', url)).err).toContain('already watched');
    expect((await run('sources', 'add', 'ftp://example.org/feed')).code).toBe(2);
    expect((await run('sources', 'add', url, '--every', '10s')).code).toBe(2);
    const wrongKind = await run('sources', 'add', `${site.origin}/list`, '--kind', 'rss');
    expect(wrongKind.code).toBe(2);
    expect(wrongKind.err).toMatch(/expected one of auto, feed, links, page, got 'rss'/);
    const links = await run(
      'sources',
      'add',
      `${site.origin}/list`,
      '--kind',
      'links',
      '--hosts',
      'media.example.org,Other.example.net',
    );
    expect(links.lines[0]).toMatchObject({
      kind: 'links',
      linkHosts: ['media.example.org', 'other.example.net'],
    });
    expect((await run('sources', 'remove', links.lines[0].id)).code).toBe(0);

    // Paused (by its address): not read, even with --all; resumed: due at once.
    expect((await run('sources', 'pause', url)).lines[0]).toMatchObject({ id, paused: true });
    expect((await run('sources', 'poll', '--all')).lines).toEqual([]);
    // Not read yet: auto, until its first read finds a feed.
    expect((await run('sources', 'list')).out).toMatch(/Wire\s+auto\s+30m\s+paused/);
    expect((await run('sources', 'resume', id)).lines[0]).toMatchObject({ paused: false });
    expect((await run('sources', 'pause', 'wat_none')).code).toBe(1);

    // Due at once: read, one report stored, validators kept.
    const first = await run('sources', 'poll');
    expect(first.code, first.err).toBe(0);
    expect(first.lines).toMatchObject([{ id, status: 'new', stored: 1 }]);
    const [read] = (await run('sources', 'list', '--json')).lines;
    expect(read).toMatchObject({ items: 1, lastNewAt: read.lastCheckedAt });
    // Not due again for 30 minutes.
    expect((await run('sources', 'poll')).lines).toEqual([]);
    // Read now anyway: the ETag goes along and the 304 stores nothing.
    const again = await run('sources', 'poll', '--all');
    expect(again.lines).toMatchObject([{ id, status: 'not_modified', stored: 0 }]);
    expect(conditional.at(-1)).toBe('"v1"');

    // Failures in a row wait 1 h, then 2 h (twice, then four times the 30 minutes).
    state.fail = true;
    for (const hours of [1, 2]) {
      const failed = await run('sources', 'poll', '--all');
      expect(failed.code).toBe(1);
      expect(failed.lines[0]).toMatchObject({
        status: 'failed',
        error: expect.stringMatching(/500/),
      });
      const [w] = (await run('sources', 'list', '--json')).lines;
      expect(Date.parse(w.nextCheckAt) - Date.parse(w.lastCheckedAt)).toBe(hours * 3_600_000);
      expect(w.failures).toBe(hours);
    }
    // Failures in a row, with the last reason.
    expect((await run('sources', 'list')).out).toMatch(
      /\s2: http:\/\/127\.0\.0\.1:\d+\/feed\.xml: the server/,
    );

    // Back, with a new item: only the new report is stored, the schedule is 30 minutes again.
    state = { etag: '"v2"', body: feed(two, one), fail: false };
    const back = await run('sources', 'poll', '--all');
    expect(back.lines).toMatchObject([{ status: 'new', stored: 1 }]);
    const [w] = (await run('sources', 'list', '--json')).lines;
    expect(w).toMatchObject({ failures: 0, etag: '"v2"', lastStatus: 'new 1', items: 2 });
    expect(Date.parse(w.nextCheckAt) - Date.parse(w.lastCheckedAt)).toBe(1_800_000);
    // The table: every figure of the source, under its name.
    const shown = (await run('sources', 'list')).out;
    expect(shown).toMatch(
      /source\s+kind\s+every\s+next read\s+last read\s+last new\s+items\s+failures/,
    );
    expect(shown).toMatch(
      new RegExp(
        `${id}\\s+Wire\\s+feed\\s+30m\\s+[\\d-]+ [\\d:]+\\s+[\\d-]+ [\\d:]+\\s+[\\d-]+ [\\d:]+\\s+2\\s+0`,
      ),
    );

    // Without the switch the local site is refused, like every private address.
    const refused = await main(
      ['sources', 'poll', '--all'],
      captureIo('', { ...env, HABEAS_ALLOW_PRIVATE_FETCH: '0' }),
    );
    expect(refused).toBe(1);

    expect((await run('sources', 'remove', url)).code).toBe(0);
    expect((await run('sources', 'list', '--json')).lines).toEqual([]);
    expect((await run('sources', 'remove', id)).code).toBe(1);

    // Every change made here is in the audit log under the CLI's name; the refused ones not.
    const audit = await run('audit', '--action', 'watch.*', '--format', 'json');
    expect(audit.code, audit.err).toBe(0);
    const lines = audit.lines.reverse();
    expect(lines.map((l) => [l.action, l.subjectIds[0] === id])).toEqual([
      ['watch.add', true],
      ['watch.add', false],
      ['watch.remove', false],
      ['watch.pause', true],
      ['watch.resume', true],
      ['watch.remove', true],
    ]);
    expect(lines.every((l) => /^cli:/.test(l.actor) && l.origin === 'cli')).toBe(true);
  }, 120_000);
});
