// Hostile URLs against the fetcher (src/adapters/news/fetch.ts): every internal destination,
// however it is spelt, reached directly, by redirect or through DNS, is refused before any
// connection. The machine has no outside DNS: names are answered by injected resolvers, and
// the "sites" are real HTTP servers on loopback addresses, which the checks would refuse, so
// a test either allows one named host (allowHosts) to play a public site or expects a refusal.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FetchNetworkError,
  FetchRefusedError,
  type Resolver,
  type SafeFetchOptions,
  safeFetch,
} from '../../src/adapters/news/fetch.ts';
import { readUrl } from '../../src/adapters/news/url-source.ts';
import { type LocalServer, send, startServer } from '../adapters/news/local-server.ts';

const base: SafeFetchOptions = { timeoutMs: 3000, maxBytes: 100_000, maxRedirects: 5 };
const page = '<html><body><p>Nine people were freed.</p></body></html>';
let site: LocalServer;

/** A second server on 127.0.0.2 (all of 127/8 is loopback on Linux), counting requests. */
let internal: Server;
let internalHits = 0;
let internalPort = 0;

function names(table: Record<string, string[]>, calls: string[] = []): Resolver {
  return async (host) => {
    calls.push(host);
    const found = table[host];
    if (!found) throw Object.assign(new Error(`no such name ${host}`), { code: 'ENOTFOUND' });
    return found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

function redirect(path: string, location: () => string, status = 302) {
  site.route(path, (_req, res) => {
    res.writeHead(status, { location: location() });
    res.end();
  });
}

beforeAll(async () => {
  site = await startServer();
  site.route('/page', send(200, 'text/html', page));
  internal = createServer((_req, res) => {
    internalHits += 1;
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('internal secret');
  });
  await new Promise<void>((done) => internal.listen(0, '127.0.0.2', done));
  internalPort = (internal.address() as AddressInfo).port;
  const p = () => site.port;
  redirect('/to-v6-loopback', () => `http://[::1]:${p()}/page`);
  redirect('/to-decimal', () => `http://2130706433:${p()}/page`);
  redirect('/to-hex', () => `http://0x7f.0.0.1:${p()}/page`);
  redirect('/to-octal', () => `http://017700000001:${p()}/page`);
  redirect('/to-short', () => `http://127.1:${p()}/page`);
  redirect('/to-mapped', () => `http://[::ffff:127.0.0.1]:${p()}/page`);
  redirect('/to-protocol-relative', () => `//127.0.0.1:${p()}/page`);
  redirect('/to-trailing-dot', () => `http://intranet.test.:${p()}/page`);
  redirect('/to-internal-port', () => `http://127.0.0.2:${internalPort}/`);
  redirect('/to-credentials', () => `http://admin:admin@news.test:${p()}/page`);
  redirect('/to-gopher', () => 'gopher://127.0.0.1:6379/_INFO');
  redirect('/to-data', () => 'data:text/html,<script>alert(1)</script>');
  redirect('/to-javascript', () => 'javascript:alert(1)');
  redirect('/to-metadata-303', () => 'http://169.254.169.254/latest/meta-data/', 303);
  redirect('/to-metadata-308', () => 'http://169.254.169.254/latest/meta-data/', 308);
  redirect('/chain-1', () => '/chain-2');
  redirect('/chain-2', () => `http://news.test:${p()}/chain-3`);
  redirect('/chain-3', () => `http://10.0.0.5:${p()}/page`);
  site.route(
    '/feed',
    send(
      200,
      'application/rss+xml',
      `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
        <item><title>Short</title><link>http://169.254.169.254/latest/meta-data/</link>
          <description>Nine freed.</description></item>
        <item><title>Other</title><link>http://[::1]/admin</link>
          <description>Ten freed.</description></item>
      </channel></rss>`,
    ),
  );
});

afterAll(async () => {
  await site.close();
  internal.closeAllConnections();
  await new Promise<void>((done) => internal.close(() => done()));
});

async function refusal(url: string, opts: SafeFetchOptions = base): Promise<Error> {
  const e = await safeFetch(url, opts).catch((x: unknown) => x);
  expect(e, `${url} should be refused`).toBeInstanceOf(FetchRefusedError);
  return e as Error;
}

describe('addresses refused by literal, however spelt', () => {
  const cases: Array<[string, RegExp]> = [
    ['http://127.0.0.1/', /loopback/],
    ['http://127.255.255.254/', /loopback/],
    ['http://[::1]/', /loopback/],
    ['http://[0:0:0:0:0:0:0:1]/', /loopback/],
    ['http://10.1.2.3/', /private/],
    ['http://172.16.0.1/', /private/],
    ['http://172.31.255.255/', /private/],
    ['http://192.168.100.1/', /private/],
    ['http://169.254.169.254/latest/meta-data/', /link-local/],
    ['http://169.254.0.1/', /link-local/],
    ['http://100.64.0.1/', /carrier-grade NAT/],
    ['http://100.127.255.255/', /carrier-grade NAT/],
    ['http://224.0.0.251/', /multicast/],
    ['http://239.255.255.250/', /multicast/],
    ['http://255.255.255.255/', /reserved/],
    ['http://0.0.0.0/', /unspecified/],
    ['http://0/', /unspecified/],
    ['http://[::]/', /unspecified/],
    ['http://[fc00::1]/', /private/],
    ['http://[fd12:3456:789a::1]/', /private/],
    ['http://[fe80::1]/', /link-local/],
    ['http://[febf:ffff::1]/', /link-local/],
    ['http://[ff02::1]/', /multicast/],
    ['http://[::ffff:127.0.0.1]/', /loopback/],
    ['http://[::ffff:7f00:1]/', /loopback/],
    ['http://[0:0:0:0:0:ffff:a9fe:a9fe]/', /link-local/],
    ['http://[::ffff:10.0.0.1]/', /private/],
    ['http://[::127.0.0.1]/', /loopback/],
    ['http://[64:ff9b::7f00:1]/', /loopback/],
    ['http://[2002:a9fe:a9fe::]/', /link-local/],
    ['http://[::ffff:0:7f00:1]/', /reserved/],
    ['http://[100::1]/', /reserved/],
    // Numeric spellings of 127.0.0.1 that browsers and curl accept.
    ['http://2130706433/', /^127\.0\.0\.1 is a loopback/],
    ['http://0x7f000001/', /^127\.0\.0\.1 is a loopback/],
    ['http://0x7f.0.0.1/', /^127\.0\.0\.1 is a loopback/],
    ['http://017700000001/', /^127\.0\.0\.1 is a loopback/],
    ['http://0177.0.0.1/', /^127\.0\.0\.1 is a loopback/],
    ['http://127.1/', /^127\.0\.0\.1 is a loopback/],
    ['http://127.000.000.001/', /^127\.0\.0\.1 is a loopback/],
    ['http://127.0.0.1./', /^127\.0\.0\.1 is a loopback/],
    ['http://%31%32%37.0.0.1/', /^127\.0\.0\.1 is a loopback/],
    ['http://①②⑦.0.0.1/', /^127\.0\.0\.1 is a loopback/],
    ['http://127。0。0。1/', /^127\.0\.0\.1 is a loopback/],
    ['HTTP://169.254.169.254:80/', /link-local/],
    ['https://10.0.0.1:8443/', /private/],
  ];
  for (const [url, message] of cases) {
    it(`refuses ${url}`, async () => {
      const e = await refusal(url);
      expect(e.message).toMatch(message);
      expect(e.message).toContain('refused (set HABEAS_ALLOW_PRIVATE_FETCH=1 to allow)');
    });
  }

  it('none of them reached a server', () => {
    expect(site.requests).toEqual([]);
    expect(internalHits).toBe(0);
  });
});

describe('schemes and credentials', () => {
  const cases: Array<[string, RegExp]> = [
    ['file:///etc/passwd', /not file/],
    ['ftp://example.org/x', /not ftp/],
    ['gopher://127.0.0.1:6379/_INFO', /not gopher/],
    ['data:text/html,<script>alert(1)</script>', /not data/],
    ['javascript:alert(1)', /not javascript/],
    ['ws://example.org/', /not ws/],
    ['http://user:pw@example.org/', /user name or password/],
    ['http://user@example.org/', /user name or password/],
    ['http://:pw@example.org/', /user name or password/],
    ['http://example.org@127.0.0.1/', /user name or password/],
    ['http:///', /not a valid URL/],
    ['', /not a valid URL/],
    ['http://[fe80::1%25eth0]/', /not a valid URL/],
  ];
  for (const [url, message] of cases) {
    it(`refuses ${JSON.stringify(url)}`, async () => {
      expect((await refusal(url)).message).toMatch(message);
    });
  }
});

describe('DNS tricks (injected resolver; no outside DNS here)', () => {
  it('refuses a name resolving to an internal address, with or without a trailing dot', async () => {
    const lookup = names({
      'intranet.test': ['10.20.30.40'],
      'intranet.test.': ['10.20.30.40'],
      'metadata.test': ['169.254.169.254'],
      'v6.test': ['fd00::1'],
      'mapped.test': ['::ffff:127.0.0.1'],
      'localhost.': ['127.0.0.1'],
    });
    for (const [host, address] of [
      ['intranet.test', '10.20.30.40'],
      ['intranet.test.', '10.20.30.40'],
      ['metadata.test', '169.254.169.254'],
      ['v6.test', 'fd00::1'],
      ['mapped.test', '::ffff:127.0.0.1'],
      ['localhost.', '127.0.0.1'],
    ]) {
      const e = await refusal(`http://${host}/`, { ...base, lookup });
      expect(e.message).toContain(`${address} is `);
      expect(e.message).toContain(`(${host} resolves to it)`);
    }
  });

  it('refuses a name that answers a public and an internal address together', async () => {
    const lookup = names({ 'both.test': ['93.184.216.34', '127.0.0.1'] });
    expect((await refusal('http://both.test/', { ...base, lookup })).message).toMatch(
      /^127\.0\.0\.1 is a loopback address \(both\.test resolves to it\)/,
    );
  });

  it('refuses an answer that is not an address at all', async () => {
    const lookup: Resolver = async () => [{ address: 'localhost', family: 4 }];
    expect((await refusal('http://odd.test/', { ...base, lookup })).message).toMatch(
      /localhost is a reserved address/,
    );
  });

  it('a name that cannot be resolved, or has no address, is a network error', async () => {
    const none: Resolver = async () => [];
    await expect(safeFetch('http://gone.test/', { ...base, lookup: names({}) })).rejects.toThrow(
      /cannot resolve gone\.test \(ENOTFOUND\)/,
    );
    await expect(safeFetch('http://empty.test/', { ...base, lookup: none })).rejects.toThrow(
      FetchNetworkError,
    );
  });

  it('public then private: the connection goes to the address checked, no second lookup', async () => {
    // rebind.test first answers 127.0.0.1 (the "public" site, allowed for the test), then
    // 127.0.0.2 (the internal server). The fetch must connect to the first answer only.
    const calls: string[] = [];
    let n = 0;
    const rebinding: Resolver = async (host) => {
      calls.push(host);
      n += 1;
      return [{ address: n === 1 ? '127.0.0.1' : '127.0.0.2', family: 4 }];
    };
    for (const port of [site.port, internalPort]) {
      const doc = await safeFetch(`http://rebind.test:${port}/page`, {
        ...base,
        lookup: rebinding,
        allowHosts: ['rebind.test'],
      }).catch((e: unknown) => e);
      if (port === site.port) expect((doc as { body: string }).body).toBe(page);
      // On the internal server's port the pinned 127.0.0.1 has nothing listening.
      else expect(doc).toBeInstanceOf(FetchNetworkError);
      n = 0;
    }
    expect(calls).toEqual(['rebind.test', 'rebind.test']);
    expect(internalHits).toBe(0);
  });

  it('public then private without allowHosts: the checked public address is used, never the private one', async () => {
    // The first answer is a documentation-free public address; this machine cannot reach it,
    // so the fetch fails. What matters: one lookup, and the internal server saw nothing.
    const calls: string[] = [];
    const rebinding: Resolver = async (host) => {
      calls.push(host);
      return [{ address: calls.length === 1 ? '93.184.216.34' : '127.0.0.2', family: 4 }];
    };
    const e = await safeFetch(`http://rebind2.test:${internalPort}/`, {
      ...base,
      timeoutMs: 1500,
      lookup: rebinding,
    }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Error);
    expect(e).not.toBeInstanceOf(FetchRefusedError);
    expect(calls).toEqual(['rebind2.test']);
    expect(internalHits).toBe(0);
  });
});

describe('redirects to internal places (a real local server redirecting)', () => {
  const lookup = names({
    'news.test': ['127.0.0.1'],
    'intranet.test.': ['10.20.30.40'],
  });
  const opts = { ...base, lookup, allowHosts: ['news.test'] };
  const cases: Array<[string, RegExp]> = [
    ['/to-v6-loopback', /^::1 is a loopback address; refused/],
    ['/to-decimal', /^127\.0\.0\.1 is a loopback address; refused/],
    ['/to-hex', /^127\.0\.0\.1 is a loopback address; refused/],
    ['/to-octal', /^127\.0\.0\.1 is a loopback address; refused/],
    ['/to-short', /^127\.0\.0\.1 is a loopback address; refused/],
    ['/to-mapped', /^::ffff:7f00:1 is a loopback address; refused/],
    ['/to-protocol-relative', /^127\.0\.0\.1 is a loopback address; refused/],
    [
      '/to-trailing-dot',
      /^10\.20\.30\.40 is a private address \(intranet\.test\. resolves to it\)/,
    ],
    ['/to-internal-port', /^127\.0\.0\.2 is a loopback address; refused/],
    ['/to-credentials', /user name or password/],
    ['/to-gopher', /not gopher/],
    ['/to-data', /not data/],
    ['/to-javascript', /not javascript/],
    ['/to-metadata-303', /^169\.254\.169\.254 is a link-local address/],
    ['/to-metadata-308', /^169\.254\.169\.254 is a link-local address/],
    ['/chain-1', /^10\.0\.0\.5 is a private address/],
  ];
  for (const [path, message] of cases) {
    it(`refuses where ${path} leads`, async () => {
      const before = site.requests.length;
      const e = await refusal(`http://news.test:${site.port}${path}`, opts);
      expect(e.message).toMatch(message);
      const seen = site.requests.slice(before);
      // Only the allowed site's own hops were requested.
      expect(seen[0]).toBe(path);
      expect(seen.every((p) => p.startsWith('/to-') || p.startsWith('/chain-'))).toBe(true);
      expect(internalHits).toBe(0);
    });
  }

  it('feed items linking to internal addresses: articles are not fetched, the summary is kept', async () => {
    const entries = [];
    for await (const entry of readUrl(`http://news.test:${site.port}/feed`, {
      fetchArticles: true,
      fetch: opts,
    }))
      entries.push(entry);
    const problems = entries
      .filter((e) => 'problem' in e)
      .map((e) => (e as { problem: string }).problem);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/article not fetched: 169\.254\.169\.254 is a link-local address/);
    expect(problems[1]).toMatch(/article not fetched: ::1 is a loopback address/);
    expect(entries.filter((e) => 'report' in e)).toHaveLength(2);
  });
});
