// Every request here goes to a server this test starts on 127.0.0.1; refused addresses are
// refused before any connection, so nothing is ever sent anywhere else.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FetchContentTypeError,
  FetchRedirectError,
  FetchRefusedError,
  FetchStatusError,
  FetchTimeoutError,
  FetchTooLargeError,
  type Resolver,
  type SafeFetchOptions,
  safeFetch,
} from '../../../src/adapters/news/fetch.ts';
import { type LocalServer, send, startServer } from './local-server.ts';

let server: LocalServer;
const base: SafeFetchOptions = { timeoutMs: 3000, maxBytes: 100_000, maxRedirects: 3 };
const local: SafeFetchOptions = { ...base, allowPrivate: true };
const page =
  '<!doctype html><html><head><title>Release</title></head><body><p>Forty people were freed.</p></body></html>';

/** A resolver for made-up names; it never touches real DNS. */
function names(table: Record<string, string[]>, calls: string[] = []): Resolver {
  return async (host) => {
    calls.push(host);
    const found = table[host];
    if (!found) throw Object.assign(new Error(`no such name ${host}`), { code: 'ENOTFOUND' });
    return found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

beforeAll(async () => {
  server = await startServer();
  server.route('/page', send(200, 'text/html; charset=utf-8', page));
  server.route(
    '/feed-as-html',
    send(200, 'text/html', '<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>'),
  );
  server.route('/plain', send(200, 'text/plain', 'Plain report text.'));
  server.route('/image', send(200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47])));
  server.route('/json', send(200, 'application/json', '{"a":1}'));
  // JSON Feed: by its own type; as plain JSON with the version last; as text/plain (sniffed).
  server.route(
    '/feed.json',
    send(200, 'application/feed+json', '{"version":"https://jsonfeed.org/version/1.1"'),
  );
  server.route(
    '/json-feed',
    send(
      200,
      'application/json; charset=utf-8',
      `{"title":"Wire","items":[],"description":"${'x'.repeat(3000)}","version":"https://jsonfeed.org/version/1"}`,
    ),
  );
  server.route(
    '/json-feed-as-text',
    send(200, 'text/plain', ' {"version": "https://jsonfeed.org/version/1.1", "items": []}'),
  );
  server.route(
    '/cp1251',
    send(
      200,
      'text/html; charset=windows-1251',
      Buffer.from([
        0x3c, 0x70, 0x3e, 0xc2, 0xfb, 0xe7, 0xe2, 0xee, 0xeb, 0xe5, 0xed, 0xfb, 0x3c, 0x2f, 0x70,
        0x3e,
      ]),
    ),
  );
  server.route(
    '/meta-charset',
    send(
      200,
      'text/html',
      Buffer.from([
        ...Buffer.from('<html><head><meta charset="windows-1251"></head><body>'),
        0xcc,
        0xe8,
        0xed,
        0xf1,
        0xea,
        ...Buffer.from('</body></html>'),
      ]),
    ),
  );
  server.route('/big', send(200, 'text/html', `<html>${'x'.repeat(200_000)}</html>`));
  server.route('/big-chunked', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    for (let i = 0; i < 50; i++) res.write(`<p>${'y'.repeat(10_000)}</p>`);
    res.end();
  });
  server.route(
    '/bomb',
    send(200, 'text/html', gzipSync(Buffer.alloc(5_000_000, 0x20)), { 'content-encoding': 'gzip' }),
  );
  server.route(
    '/gzipped',
    send(200, 'text/html', gzipSync(Buffer.from(page)), { 'content-encoding': 'gzip' }),
  );
  server.route('/stall', () => undefined);
  server.route('/slow-body', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><body><p>start');
  });
  for (let i = 0; i < 6; i++)
    server.route(`/hop${i}`, (_req, res) => {
      res.writeHead(302, { location: i === 5 ? '/page' : `/hop${i + 1}` });
      res.end();
    });
  server.route('/to-metadata', (_req, res) => {
    res.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' });
    res.end();
  });
  server.route('/to-internal-name', (_req, res) => {
    res.writeHead(307, { location: 'http://intranet.test/admin' });
    res.end();
  });
  server.route('/to-loopback', (_req, res) => {
    res.writeHead(302, { location: `http://127.0.0.1:${server.port}/page` });
    res.end();
  });
  server.route('/to-file', (_req, res) => {
    res.writeHead(302, { location: 'file:///etc/passwd' });
    res.end();
  });
});

afterAll(() => server.close());

describe('safeFetch against a local server (private addresses allowed for the test)', () => {
  it('reads an HTML page', async () => {
    const doc = await safeFetch(`${server.origin}/page`, local);
    expect(doc.kind).toBe('html');
    expect(doc.status).toBe(200);
    expect(doc.body).toBe(page);
    expect(doc.url).toBe(`${server.origin}/page`);
  });

  it('recognises a feed served as text/html and plain text', async () => {
    expect((await safeFetch(`${server.origin}/feed-as-html`, local)).kind).toBe('feed');
    expect((await safeFetch(`${server.origin}/plain`, local)).kind).toBe('text');
  });

  it('decodes the charset named by the header or by the page', async () => {
    expect((await safeFetch(`${server.origin}/cp1251`, local)).body).toBe('<p>Вызволены</p>');
    const meta = await safeFetch(`${server.origin}/meta-charset`, local);
    expect(meta.body).toContain('Минск');
    expect(meta.charset).toBe('windows-1251');
  });

  it('refuses content that is not a page, feed or text', async () => {
    await expect(safeFetch(`${server.origin}/image`, local)).rejects.toThrow(FetchContentTypeError);
    await expect(safeFetch(`${server.origin}/json`, local)).rejects.toThrow(
      /content type 'application\/json'/,
    );
    await expect(
      safeFetch(`${server.origin}/page`, { ...local, accept: ['feed'] }),
    ).rejects.toThrow(/is not an RSS, Atom or JSON feed/);
  });

  it('takes a JSON Feed by its type, by its version in plain JSON, or sniffed in text', async () => {
    for (const path of ['/feed.json', '/json-feed', '/json-feed-as-text']) {
      const doc = await safeFetch(`${server.origin}${path}`, { ...local, accept: ['feed'] });
      expect([path, doc.kind]).toEqual([path, 'feed']);
    }
    // Plain JSON without a JSON Feed version is neither.
    await expect(
      safeFetch(`${server.origin}/json`, { ...local, accept: ['feed'] }),
    ).rejects.toThrow(/content type 'application\/json' is not an RSS, Atom or JSON feed/);
  });

  it('reports HTTP errors with their status', async () => {
    const e = await safeFetch(`${server.origin}/missing`, local).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(FetchStatusError);
    expect((e as FetchStatusError).status).toBe(404);
  });

  it('decompresses gzip', async () => {
    expect((await safeFetch(`${server.origin}/gzipped`, local)).body).toBe(page);
  });

  it('caps the size: declared, streamed and decompressed', async () => {
    for (const path of ['/big', '/big-chunked', '/bomb']) {
      await expect(safeFetch(`${server.origin}${path}`, local)).rejects.toThrow(FetchTooLargeError);
    }
    await expect(safeFetch(`${server.origin}/big`, local)).rejects.toThrow(
      /larger than 100000 bytes \(HABEAS_FETCH_MAX_BYTES\)/,
    );
  });

  it('gives up at the deadline: no headers, or a body that never ends', async () => {
    for (const path of ['/stall', '/slow-body']) {
      const started = Date.now();
      const e = await safeFetch(`${server.origin}${path}`, { ...local, timeoutMs: 300 }).catch(
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(FetchTimeoutError);
      expect((e as Error).message).toContain('within 300 ms');
      expect(Date.now() - started).toBeLessThan(2500);
    }
  });

  it('follows redirects up to the cap', async () => {
    const ok = await safeFetch(`${server.origin}/hop0`, { ...local, maxRedirects: 6 });
    expect(ok.url).toBe(`${server.origin}/page`);
    expect(ok.redirects).toHaveLength(6);
    const e = await safeFetch(`${server.origin}/hop0`, local).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(FetchRedirectError);
    expect((e as Error).message).toMatch(/more than 3 redirects/);
  });

  it('refuses a redirect to a non-http scheme', async () => {
    await expect(safeFetch(`${server.origin}/to-file`, local)).rejects.toThrow(
      /must be an http or https address, not file/,
    );
  });
});

describe('safeFetch refuses private destinations by default', () => {
  const refused: Array<[string, RegExp]> = [
    ['http://127.0.0.1:1/', /^127\.0\.0\.1 is a loopback address; refused/],
    ['http://[::1]:1/', /^::1 is a loopback address; refused/],
    [
      'http://169.254.169.254/latest/meta-data/',
      /^169\.254\.169\.254 is a link-local address; refused \(set HABEAS_ALLOW_PRIVATE_FETCH=1 to allow\)$/,
    ],
    ['http://10.0.0.1/', /^10\.0\.0\.1 is a private address; refused/],
    ['http://192.168.0.1/', /private address/],
    ['http://100.64.1.1/', /shared \(carrier-grade NAT\) address/],
    ['http://0.0.0.0/', /unspecified address/],
    ['http://[::ffff:127.0.0.1]/', /loopback address/],
    ['http://[::ffff:a9fe:a9fe]/', /link-local address/],
    ['http://[fe80::1]/', /link-local address/],
    ['http://[fd00::1]/', /private address/],
    ['http://2130706433/', /^127\.0\.0\.1 is a loopback address/],
    ['http://0x7f.1/', /^127\.0\.0\.1 is a loopback address/],
    ['http://224.0.0.1/', /multicast address/],
  ];
  for (const [url, message] of refused) {
    it(`refuses ${url}`, async () => {
      const e = await safeFetch(url, base).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(FetchRefusedError);
      expect((e as Error).message).toMatch(message);
    });
  }

  it('refuses the local test server itself, which never sees a request', async () => {
    const before = server.requests.length;
    await expect(safeFetch(`${server.origin}/page`, base)).rejects.toThrow(FetchRefusedError);
    expect(server.requests.length).toBe(before);
  });

  it('refuses localhost through the system resolver', async () => {
    await expect(safeFetch(`http://localhost:${server.port}/page`, base)).rejects.toThrow(
      /is a loopback address \(localhost resolves to it\); refused/,
    );
  });

  it('refuses a name that resolves to a loopback or private address', async () => {
    const lookup = names({ 'news.test': ['127.0.0.1'], 'mixed.test': ['8.8.8.8', '10.1.1.1'] });
    await expect(
      safeFetch(`http://news.test:${server.port}/page`, { ...base, lookup }),
    ).rejects.toThrow(
      '127.0.0.1 is a loopback address (news.test resolves to it); refused (set HABEAS_ALLOW_PRIVATE_FETCH=1 to allow)',
    );
    // One internal address among public ones is enough to refuse.
    await expect(safeFetch('http://mixed.test/', { ...base, lookup })).rejects.toThrow(
      /10\.1\.1\.1 is a private address \(mixed\.test resolves to it\)/,
    );
  });

  it('refuses other schemes and credentials', async () => {
    await expect(safeFetch('file:///etc/passwd', base)).rejects.toThrow(/not file/);
    await expect(safeFetch('ftp://example.org/x', base)).rejects.toThrow(/not ftp/);
    await expect(safeFetch('http://user:pw@example.org/', base)).rejects.toThrow(
      /user name or password/,
    );
    await expect(safeFetch('not a url', base)).rejects.toThrow(/not a valid URL/);
  });
});

describe('safeFetch checks every redirect hop', () => {
  // news.test is allowed to be local (allowHosts) so the test server can play a public site;
  // whatever it redirects to is checked under the default rules.
  const lookup = names({ 'news.test': ['127.0.0.1'], 'intranet.test': ['10.20.30.40'] });
  const opts = { ...base, lookup, allowHosts: ['news.test'] };

  it('reaches the allowed host itself', async () => {
    const doc = await safeFetch(`http://news.test:${server.port}/page`, opts);
    expect(doc.body).toBe(page);
    expect(server.hosts.at(-1)).toBe(`news.test:${server.port}`);
  });

  it('refuses a redirect to the metadata address, a private name or a loopback literal', async () => {
    const cases: Array<[string, RegExp]> = [
      ['/to-metadata', /^169\.254\.169\.254 is a link-local address; refused/],
      [
        '/to-internal-name',
        /^10\.20\.30\.40 is a private address \(intranet\.test resolves to it\)/,
      ],
      ['/to-loopback', /^127\.0\.0\.1 is a loopback address; refused/],
    ];
    for (const [path, message] of cases) {
      const before = server.requests.length;
      const e = await safeFetch(`http://news.test:${server.port}${path}`, opts).catch(
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(FetchRefusedError);
      expect((e as Error).message).toMatch(message);
      // Only the first hop reached the server; the refused target got nothing.
      expect(server.requests.slice(before)).toEqual([path]);
    }
  });

  it('connects to the address it checked: the name is resolved once per hop', async () => {
    // A rebinding resolver: the first answer is the allowed test server, later ones internal.
    let n = 0;
    const calls: string[] = [];
    const rebinding: Resolver = async (host) => {
      calls.push(host);
      n += 1;
      return [{ address: n === 1 ? '127.0.0.1' : '10.9.9.9', family: 4 }];
    };
    const doc = await safeFetch(`http://rebind.test:${server.port}/page`, {
      ...base,
      lookup: rebinding,
      allowHosts: ['rebind.test'],
    });
    expect(doc.body).toBe(page);
    expect(calls).toEqual(['rebind.test']);
  });
});
