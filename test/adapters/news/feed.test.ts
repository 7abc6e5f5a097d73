import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/adapters/news/feed.ts';
import { type SafeFetchOptions, safeFetch } from '../../../src/adapters/news/fetch.ts';
import { isUrlArgument, readUrl } from '../../../src/adapters/news/url-source.ts';
import { type LocalServer, send, startServer } from './local-server.ts';

const longStory = Array.from(
  { length: 12 },
  (_, i) => `Paragraph ${i + 1}: the group crossed the border after a pardon was signed.`,
).join(' ');

function rss(origin: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Test &amp; Wire</title>
  <link>${origin}/</link>
  <item>
    <title>Fourteen freed &lt;b&gt;today&lt;/b&gt;</title>
    <link>${origin}/story/1</link>
    <pubDate>Thu, 11 Sep 2025 14:05:00 GMT</pubDate>
    <description>Short summary.</description>
    <content:encoded><![CDATA[<p>${longStory}</p><script>steal()</script><p onclick="x()">End.</p>]]></content:encoded>
  </item>
  <item>
    <title>Summary only</title>
    <link>/story/2</link>
    <pubDate>Fri, 12 Sep 2025 08:00:00 +0300</pubDate>
    <description><![CDATA[<p>Two more were let go, a short note says.</p>]]></description>
  </item>
  <item>
    <title>Summary only</title>
    <link>/story/2</link>
    <description>The same item again.</description>
  </item>
  <item>
    <title>Bad link</title>
    <link>javascript:alert(1)</link>
    <description><![CDATA[<a href="javascript:alert(1)">x</a> text kept]]></description>
  </item>
  <item><title>Nothing at all</title></item>
</channel>
</rss>`;
}

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom test</title>
  <entry>
    <title type="html">Released &amp;amp; exiled</title>
    <link rel="alternate" href="https://news.example.org/a/1"/>
    <id>tag:example.org,2025:1</id>
    <published>2025-06-21T18:30:00Z</published>
    <content type="html">&lt;p&gt;Fourteen people were released on Saturday.&lt;/p&gt;</content>
  </entry>
</feed>`;

describe('parseFeed', () => {
  it('turns RSS items into report inputs (their HTML sanitised, then text), dropping repeats', async () => {
    const { title, entries } = await parseFeed(
      rss('https://wire.example.org'),
      'https://wire.example.org/feed',
    );
    expect(title).toBe('Test & Wire');
    const reports = entries.flatMap((e) => ('report' in e ? [e.report] : []));
    const problems = entries.flatMap((e) => ('problem' in e ? [e.problem] : []));
    expect(reports).toHaveLength(3);
    const [first, second, third] = reports;
    expect(first?.url).toBe('https://wire.example.org/story/1');
    expect(first?.title).toBe('Fourteen freed today');
    expect(first?.publishedAt).toBe('2025-09-11');
    expect(first?.text).toContain('Paragraph 12');
    // The script is gone with its content; the paragraphs stay paragraphs.
    expect(first?.text).not.toMatch(/script|steal|onclick/);
    expect(first?.text).toMatch(/pardon was signed\.\n\nEnd\.$/);
    expect(first?.html).toBeUndefined();
    expect(second?.url).toBe('https://wire.example.org/story/2');
    expect(second?.publishedAt).toBe('2025-09-12');
    expect(third?.url).toBeUndefined();
    expect(third?.text).toBe('x text kept');
    expect(problems).toEqual(['https://wire.example.org/feed item 5: neither text nor a link']);
  });

  it('reads Atom entries', async () => {
    const { entries } = await parseFeed(atom);
    expect(entries).toEqual([
      {
        report: {
          url: 'https://news.example.org/a/1',
          title: 'Released & exiled',
          publishedAt: '2025-06-21',
          text: 'Fourteen people were released on Saturday.',
        },
      },
    ]);
  });

  it('reports unreadable XML as a problem', async () => {
    const { entries } = await parseFeed('<rss><channel><item>', 'https://x.example/feed');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      problem: expect.stringMatching(
        /^https:\/\/x\.example\/feed: not a readable RSS or Atom feed/,
      ),
    });
  });
});

const reportsOf = (entries: Awaited<ReturnType<typeof parseFeed>>['entries']) =>
  entries.flatMap((e) => ('report' in e ? [e.report] : []));

describe('parseFeed: the XML reader (feed-xml.ts)', () => {
  it('reads RSS 1.0 (RDF): items beside the channel, dc:date and dc:title', async () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rights.example.org/"><dc:title>Rights &amp; wrongs</dc:title></channel>
  <item rdf:about="https://rights.example.org/n/1">
    <dc:title>Two lawyers freed</dc:title>
    <link>https://rights.example.org/n/1</link>
    <dc:date>2024-02-03T10:00:00Z</dc:date>
    <description>Both &lt;b&gt;left&lt;/b&gt; the colony on Friday.</description>
  </item>
</rdf:RDF>`;
    const feed = await parseFeed(rdf);
    expect(feed.title).toBe('Rights & wrongs');
    expect(feed.entries).toEqual([
      {
        report: {
          url: 'https://rights.example.org/n/1',
          title: 'Two lawyers freed',
          publishedAt: '2024-02-03',
          text: 'Both left the colony on Friday.',
        },
      },
    ]);
  });

  it("takes an Atom entry's alternate link (else its first), resolves it, and never its id", async () => {
    const atomFeed = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
<entry><title>One</title><link rel="self" href="https://desk.example.org/self/1"/>
  <link rel="alternate" type="text/html" href="https://desk.example.org/a/1"/>
  <id>https://desk.example.org/id/1</id><updated>2024-05-06T00:00:00Z</updated>
  <summary type="html">&lt;p&gt;First part&lt;/p&gt;&lt;p&gt;second part&lt;/p&gt;</summary></entry>
<entry><title>Two</title><link href="/a/2"/><id>tag:desk.example.org,2024:2</id>
  <published>not a date</published><updated>2024-05-07T23:30:00-02:00</updated>
  <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Freed &amp; <b>home</b></p><p>at last</p></div></content></entry>
<entry><title>Three</title><id>https://desk.example.org/id/3</id><content>Only text here.</content></entry>
</feed>`;
    const reports = reportsOf((await parseFeed(atomFeed, 'https://desk.example.org/atom')).entries);
    expect(reports).toEqual([
      {
        url: 'https://desk.example.org/a/1',
        title: 'One',
        publishedAt: '2024-05-06',
        text: 'First part\n\nsecond part',
      },
      // The unreadable published date gives way to updated; XHTML content keeps its paragraphs.
      {
        url: 'https://desk.example.org/a/2',
        title: 'Two',
        publishedAt: '2024-05-08',
        text: 'Freed & home\n\nat last',
      },
      { title: 'Three', text: 'Only text here.' },
    ]);
  });

  it('keeps the text of markup written into a description unescaped, and a guid as the link', async () => {
    const feed = `<rss version="2.0"><channel><title>Raw</title>
<item><guid isPermaLink="true"> https://raw.example.org/1 </guid>
  <description>Released <b>today</b>:<br/>three people.</description></item>
</channel></rss>`;
    expect(reportsOf((await parseFeed(feed)).entries)).toEqual([
      { url: 'https://raw.example.org/1', text: 'Released today:\n\nthree people.' },
    ]);
  });

  it('never expands a DTD entity, and reads past the DTD', async () => {
    const feed = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>T</title><item><title>A &secret; B</title>
<link>https://dtd.example.org/1</link><description>x &#8220;y&#8221; &#x41;</description></item></channel></rss>`;
    const [report] = reportsOf((await parseFeed(feed)).entries);
    expect(report?.title).toBe('A &secret; B');
    expect(report?.text).toBe('x \u201cy\u201d A');
  });

  it('passes over a stray end tag, but fails a document cut short or with more after its root', async () => {
    const stray = `<rss version="2.0"><channel><item><title>a</b></title><link>https://s.example.org/1</link></item></channel></rss>`;
    expect(reportsOf((await parseFeed(stray)).entries)).toEqual([
      { url: 'https://s.example.org/1', title: 'a' },
    ]);
    const broken: Array<[string, RegExp]> = [
      [
        '<rss version="2.0"><channel><item><title>Cut',
        /not a readable RSS or Atom feed: <title> is not closed/,
      ],
      [
        '<rss version="2.0"><channel><item><title>a</item></channel></rss>',
        /<title> is not closed/,
      ],
      ['<rss version="2.0"><channel/></rss><rss version="2.0"/>', /a second root element/],
      ['<rss version="2.0"><channel/></rss> trailing words', /text after the root element/],
      [
        '<html><body><p>Not found</p></body></html>',
        /<html> is not the root of an RSS or Atom feed/,
      ],
      ['just words', /no root element/],
    ];
    for (const [xml, why] of broken) {
      const feed = await parseFeed(xml, 'https://s.example.org/feed');
      expect(feed.error).toMatch(why);
      expect(feed.entries).toEqual([{ problem: feed.error }]);
    }
  });
});

describe('readUrl against a local server', () => {
  let server: LocalServer;
  const fetch: SafeFetchOptions = {
    timeoutMs: 3000,
    maxBytes: 200_000,
    maxRedirects: 3,
    allowPrivate: true,
  };
  const article = `<html><head><title>Story two</title></head><body><nav class="menu">Home</nav><article><h1>Story two</h1><p>${longStory}</p><script>x()</script></article></body></html>`;

  beforeAll(async () => {
    server = await startServer();
    server.route('/feed.xml', (req, res) =>
      send(200, 'application/rss+xml', rss(server.origin))(req, res),
    );
    server.route('/atom', send(200, 'application/atom+xml', atom));
    server.route('/story/2', send(200, 'text/html', article));
    server.route('/page', send(200, 'text/html; charset=utf-8', article));
    server.route('/notes.txt', send(200, 'text/plain', 'Plain report.'));
  });
  afterAll(() => server.close());

  async function collect(url: string, opts: Partial<Parameters<typeof readUrl>[1]> = {}) {
    const out = [];
    for await (const e of readUrl(url, { fetch, ...opts })) out.push(e);
    return out;
  }

  it('recognises URL arguments', () => {
    expect(isUrlArgument('https://x.example/a')).toBe(true);
    expect(isUrlArgument('HTTP://x.example/a')).toBe(true);
    expect(isUrlArgument('reports/a.html')).toBe(false);
    expect(isUrlArgument('-')).toBe(false);
  });

  it('an HTML page is one sanitised report', async () => {
    const out = await collect(`${server.origin}/page`);
    expect(out).toHaveLength(1);
    const report = (out[0] as { report: { url: string; html: string } }).report;
    expect(report.url).toBe(`${server.origin}/page`);
    expect(report.html).toContain('<title>Story two</title>');
    expect(report.html).toContain('<nav class="menu">');
    expect(report.html).not.toContain('<script');
  });

  it('plain text is one report', async () => {
    expect(await collect(`${server.origin}/notes.txt`)).toEqual([
      { report: { url: `${server.origin}/notes.txt`, text: 'Plain report.' } },
    ]);
  });

  it('a feed gives its items; summary-only items keep their summary unless articles are fetched', async () => {
    const plain = await collect(`${server.origin}/feed.xml`);
    expect(plain.filter((e) => 'report' in e)).toHaveLength(3);
    const before = server.requests.length;
    const full = await collect(`${server.origin}/feed.xml`, { fetchArticles: true });
    // The feed, then only the summary-only item's article (the first has its full text).
    expect(server.requests.slice(before)).toEqual(['/feed.xml', '/story/2']);
    const second = full.flatMap((e) => ('report' in e ? [e.report] : []))[1];
    expect(second?.html).toContain('Paragraph 12');
    expect(second?.html).not.toContain('<script');
    expect(second?.title).toBe('Summary only');
  });

  it('refuses article links to private addresses unless allowed, keeping the summary', async () => {
    const out = await collect(`${server.origin}/feed.xml`, {
      fetchArticles: true,
      // The feed itself is fetched with private addresses allowed; its articles are not.
      fetcher: (url, opts) =>
        safeFetch(url, url.endsWith('/feed.xml') ? opts : { ...opts, allowPrivate: false }),
    });
    const problems = out.flatMap((e) => ('problem' in e ? [e.problem] : []));
    expect(problems[0]).toMatch(
      /\/story\/2: article not fetched: 127\.0\.0\.1 is a loopback address; refused .*the feed summary is used instead/,
    );
    expect(out.filter((e) => 'report' in e)).toHaveLength(3);
  });

  it('turns fetch failures into problems', async () => {
    expect(await collect(`${server.origin}/missing`)).toEqual([
      { problem: `${server.origin}/missing: the server answered HTTP 404` },
    ]);
    const refused = await collect(`${server.origin}/page`, {
      fetch: { ...fetch, allowPrivate: false },
    });
    expect(refused).toEqual([
      {
        problem:
          '127.0.0.1 is a loopback address; refused (set HABEAS_ALLOW_PRIVATE_FETCH=1 to allow)',
      },
    ]);
  });
});
