// POST /api/reports { url } through the app's wiring (newsPorts): the SSRF-safe fetcher refuses
// the local test server until the documented switch (HABEAS_ALLOW_PRIVATE_FETCH) allows it.
// Every request goes to a server this test starts on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { newsPorts } from '../../src/wiring.ts';
import { type LocalServer, send, startServer } from '../adapters/news/local-server.ts';
import { type SignedInServer, signedInServer } from '../support/auth.ts';
import { backends, postgresNotConfigured, postgresTestUrl } from '../support/databases.ts';

// Our own words; the facts (a pardon of 16 people in Belarus in 2025) are of public record.
const article = `<!doctype html><html><head><title>Sixteen pardoned in Minsk</title></head>
<body><nav>Home | World</nav><article><h1>Sixteen pardoned in Minsk</h1>
<p>Belarus pardoned 16 people on 11 September 2025, the presidential press office said on Thursday.</p>
<p>Among those let go was the journalist Ihar Losik, a rights group confirmed.</p></article></body></html>`;
const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>
<item><title>One</title><link>https://news.example.org/1</link><description>One.</description></item>
</channel></rss>`;

let site: LocalServer;
beforeAll(async () => {
  site = await startServer();
  site.route('/article.html', send(200, 'text/html; charset=utf-8', article));
  site.route('/feed.xml', send(200, 'application/rss+xml', feed));
});
afterAll(() => site?.close());

describe.each(backends())('adding a report by URL on $name', (backend) => {
  let refusing: SignedInServer;
  let allowing: SignedInServer;
  beforeAll(async () => {
    refusing = await signedInServer(backend, { context: newsPorts(loadConfig({})) });
    allowing = await signedInServer(backend, {
      context: newsPorts(loadConfig({ HABEAS_ALLOW_PRIVATE_FETCH: '1' })),
    });
  });
  afterAll(async () => {
    await refusing?.close();
    await allowing?.close();
  });

  it('refuses a loopback address by default, naming the switch, and fetches nothing', async () => {
    const before = site.requests.length;
    const r = await refusing.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: refusing.headers,
      payload: { url: `${site.origin}/article.html` },
    });
    expect(r.statusCode, r.body).toBe(400);
    expect(r.json().message).toMatch(
      /^url: 127\.0\.0\.1 is a loopback address.*HABEAS_ALLOW_PRIVATE_FETCH=1/,
    );
    expect(site.requests.length).toBe(before);
  });

  it('with HABEAS_ALLOW_PRIVATE_FETCH=1, fetches, stores and extracts the page', async () => {
    const r = await allowing.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: allowing.headers,
      payload: { url: `${site.origin}/article.html`, publishedAt: '2025-09-11' },
    });
    expect(r.statusCode, r.body).toBe(201);
    const body = r.json();
    expect(body.source).toMatchObject({
      url: `${site.origin}/article.html`,
      title: 'Sixteen pardoned in Minsk',
    });
    expect(body.events).toHaveLength(1);
    expect(body.claims).toBeGreaterThan(0);
    const stored = (
      await allowing.app.inject({
        url: `/api/sources/${body.source.id}`,
        headers: allowing.headers,
      })
    ).json();
    // Only the article's text is stored: no markup, no navigation.
    expect(stored.source.text).toContain('Belarus pardoned 16 people on 11 September 2025');
    expect(stored.source.text).not.toMatch(/<|Home \| World/);
    const again = await allowing.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: allowing.headers,
      payload: { url: `${site.origin}/article.html` },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ created: false, duplicateOf: body.source.id });
  });

  it('refuses a feed (many reports) and a missing page with 400s that say why', async () => {
    const post = (url: string) =>
      allowing.app.inject({
        method: 'POST',
        url: '/api/reports',
        headers: allowing.headers,
        payload: { url },
      });
    const f = await post(`${site.origin}/feed.xml`);
    expect(f.statusCode).toBe(400);
    expect(f.json().message).toMatch(/is an RSS or Atom feed.*habeas ingest/);
    const missing = await post(`${site.origin}/gone.html`);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().message).toMatch(/^url: .*404/);
    const batch = await allowing.app.inject({
      method: 'POST',
      url: '/api/reports/batch',
      headers: allowing.headers,
      payload: { items: [{ url: `${site.origin}/feed.xml` }] },
    });
    expect(batch.json().problems[0].message).toMatch(/RSS or Atom feed/);
  });
});

if (!postgresTestUrl())
  describe('adding a report by URL', () => postgresNotConfigured('URL ingestion'));
