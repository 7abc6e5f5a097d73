/**
 * JSON Feed (versions 1 and 1.1) read as a feed: items keyed and turned into report inputs like
 * RSS and Atom items, sanitised; a feed that is not one fails with its reason; an item that
 * does not fit is a problem of its own. Then `habeas ingest URL` of a JSON Feed on a local
 * server, its summary-only item's article fetched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/adapters/news/feed.ts';
import { type SafeFetchOptions, safeFetch } from '../../../src/adapters/news/fetch.ts';
import { readUrl } from '../../../src/adapters/news/url-source.ts';
import { type LocalServer, send, startServer } from './local-server.ts';

const longStory = Array.from(
  { length: 12 },
  (_, i) => `Paragraph ${i + 1}: the two men were driven to the border after a pardon.`,
).join(' ');

function jsonFeed(origin: string, version = '1.1'): string {
  return JSON.stringify({
    version: `https://jsonfeed.org/version/${version}`,
    title: 'Wire &amp; more',
    home_page_url: `${origin}/`,
    language: 'be-BY',
    items: [
      {
        id: 'a-1',
        url: `${origin}/story/1`,
        title: 'Nine <b>freed</b>',
        content_html: `<p>${longStory}</p><script>steal()</script><img src=x onerror="x()">`,
        date_published: '2025-09-11T14:05:00+03:00',
      },
      // A numeric id is read as text; a relative url resolves against the feed's address.
      { id: 2, url: '/story/2', summary: 'Two more were let go.', date_modified: '2025-09-12' },
      // Plain text only, in its own language; a link blog's external address.
      {
        id: 'a-3',
        external_url: 'https://elsewhere.example.net/report',
        content_text: 'Plain words about a release.',
        language: 'en',
      },
      // The same id again: one item.
      { id: 'a-1', url: `${origin}/story/1-copy`, content_text: 'Copy.' },
      { title: 'No id', content_text: 'Text.' },
      { id: 'a-6', title: 42, content_text: 'Text.' },
      { id: 'a-7', title: 'Nothing to read' },
      // null for absent members, as some generators write them.
      { id: 'https://wire.example.org/story/8', url: null, content_text: 'Eight.', summary: null },
    ],
  });
}

describe('parseFeed on a JSON Feed', () => {
  it('turns items into sanitised report inputs; an item that does not fit is a problem', async () => {
    const { title, entries, error } = await parseFeed(
      jsonFeed('https://wire.example.org'),
      'https://wire.example.org/feed.json',
    );
    expect(error).toBeNull();
    expect(title).toBe('Wire & more');
    const reports = entries.flatMap((e) => ('report' in e ? [e.report] : []));
    const problems = entries.flatMap((e) => ('problem' in e ? [e.problem] : []));
    expect(reports.map((r) => r.url)).toEqual([
      'https://wire.example.org/story/1',
      'https://wire.example.org/story/2',
      'https://elsewhere.example.net/report',
      'https://wire.example.org/story/8',
    ]);
    const [first, second, third, eighth] = reports;
    expect(first).toMatchObject({ title: 'Nine freed', publishedAt: '2025-09-11', language: 'be' });
    expect(first?.text).toContain('Paragraph 12');
    expect(first?.text).not.toMatch(/script|steal|onerror|<img/);
    expect(second).toEqual({
      url: 'https://wire.example.org/story/2',
      publishedAt: '2025-09-12',
      text: 'Two more were let go.',
      language: 'be',
    });
    expect(third).toMatchObject({ text: 'Plain words about a release.', language: 'en' });
    expect(eighth).toMatchObject({ text: 'Eight.' });
    expect(problems).toEqual([
      expect.stringMatching(/^https:\/\/wire\.example\.org\/feed\.json item 5: id: /),
      expect.stringMatching(/item 6: title: /),
      'https://wire.example.org/feed.json item 7: neither text nor a link',
    ]);
  });

  it('reads version 1 feeds the same way', async () => {
    const { entries, error } = await parseFeed(jsonFeed('https://w.example', '1'));
    expect(error).toBeNull();
    expect(entries.filter((e) => 'report' in e)).toHaveLength(4);
  });

  it.each([
    ['JSON cut short', '{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1"', /JSON/],
    ['no items', '{"version":"https://jsonfeed.org/version/1.1","title":"x"}', /^.*items: /],
    [
      'items that are not a list',
      '{"version":"https://jsonfeed.org/version/1","items":{"id":"1"}}',
      /items: /,
    ],
    ['another version', '{"version":"2.0","items":[]}', /version: expected https:\/\/jsonfeed/],
  ])('fails a feed with %s, saying why', async (_, body, why) => {
    const { entries, error } = await parseFeed(body, 'https://x.example/feed.json');
    expect(error).toMatch(/^https:\/\/x\.example\/feed\.json: not a readable JSON Feed: /);
    expect(error).toMatch(why);
    expect(entries).toEqual([{ problem: error }]);
  });
});

describe('habeas ingest URL of a JSON Feed', () => {
  let server: LocalServer;
  const fetch: SafeFetchOptions = {
    timeoutMs: 3000,
    maxBytes: 200_000,
    maxRedirects: 3,
    allowPrivate: true,
  };
  beforeAll(async () => {
    server = await startServer();
    server.route('/feed.json', (req, res) =>
      send(200, 'application/feed+json', jsonFeed(server.origin))(req, res),
    );
    server.route(
      '/story/2',
      send(200, 'text/html', `<html><body><article><p>${longStory}</p></article></body></html>`),
    );
  });
  afterAll(() => server.close());

  it('gives its items, the summary-only one with its article', async () => {
    const out = [];
    // Addresses elsewhere are not looked up: this test has no DNS to rely on.
    const fetcher: typeof safeFetch = (url, opts) =>
      url.startsWith(server.origin)
        ? safeFetch(url, opts)
        : Promise.reject(new Error(`${url}: not on the test server`));
    for await (const e of readUrl(`${server.origin}/feed.json`, {
      fetch,
      fetchArticles: true,
      fetcher,
    }))
      out.push(e);
    const reports = out.flatMap((e) => ('report' in e ? [e.report] : []));
    expect(reports).toHaveLength(4);
    expect(reports[1]).toMatchObject({
      url: `${server.origin}/story/2`,
      publishedAt: '2025-09-12',
    });
    expect(reports[1]?.html).toContain('Paragraph 12');
    // The article replaced the summary: no plain text left beside the page.
    expect(reports[1]?.text).toBeUndefined();
    // Only the summary-only item on this server was fetched; the short ones elsewhere could
    // not be and keep their text, each with a problem saying so.
    expect(server.requests.filter((p) => p.startsWith('/story/'))).toEqual(['/story/2']);
    expect(reports[2]).toMatchObject({ text: 'Plain words about a release.' });
    const problems = out.flatMap((e) => ('problem' in e ? [e.problem] : []));
    expect(problems).toContainEqual(
      expect.stringMatching(
        /elsewhere\.example\.net\/report: article not fetched: .*summary is used instead/,
      ),
    );
  });
});
