/**
 * A news site on 127.0.0.1 for watched-source tests and the watch benchmark: feeds (RSS or JSON
 * Feed) and pages listing articles whose answer a test scripts (items, a 304 to a matching
 * ETag, a 500, a 429 or 503 with Retry-After, a feed cut short), and article pages behind the
 * items' summaries and the pages' links. It counts every request by
 * path, so a test can tell that no article was fetched twice. Reaching it takes the documented
 * private-fetch switch (HABEAS_ALLOW_PRIVATE_FETCH=1, docs/fetching.md): 127.0.0.1 is refused
 * otherwise.
 *
 * The reports are our own words about releases of public record.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type LocalServer, startServer } from '../adapters/news/local-server.ts';

export interface FeedItem {
  /** The article's number: its page is /a/<n>, unless `link` says otherwise. */
  n: number;
  /** The item's link as the feed gives it (default: the article page). */
  link?: string;
  title?: string;
  summary?: string;
}

/**
 * What a feed or page answers now. `items` is an RSS feed, or with `format` a JSON Feed or an
 * HTML page listing the items' articles (among navigation, tag, account and asset links that
 * are no articles); `malformed` is an RSS or JSON feed cut short.
 */
export type FeedAnswer =
  | {
      kind: 'items';
      etag: string;
      items: FeedItem[];
      ignoreValidators?: boolean;
      format?: 'rss' | 'json' | 'links';
    }
  | { kind: 'status'; status: number; retryAfter?: string }
  | { kind: 'malformed'; format?: 'rss' | 'json' };

/** Links of the listing page that are no articles: none of them may ever be fetched. */
export const notArticles = [
  '/news/2025/09/menu-story-1',
  '/news/2025/09/footer-story-2',
  '/tag/releases',
  '/category/courts',
  '/news/page/2',
  '/login',
  '/files/annual-report-2025.pdf',
  '/img/photo-1.jpg',
];

export interface FeedSite {
  origin: string;
  server: LocalServer;
  /** Requests per path so far ('/feeds/1.xml', '/a/3'). */
  hits: Map<string, number>;
  /** Sets what the feed at `path` answers from now on. */
  answer(path: string, answer: FeedAnswer): void;
  feedUrl(path: string): string;
  articleUrl(n: number): string;
  close(): Promise<void>;
}

const places = ['Minsk', 'Hrodna', 'Homel', 'Brest', 'Viciebsk', 'Mahilioŭ'];

/** An article's text: distinct for each number, long enough to be read as an article. */
export function articleText(n: number): string {
  const place = places[n % places.length];
  return [
    `Report ${n}. Belarus released ${n + 3} political prisoners on ${1 + (n % 27)} September 2025, the authorities in ${place} said.`,
    `Relatives of those freed in case ${n} said they had been held for more than ${n + 1} years and were taken to the border by bus.`,
    `Human rights defenders said that more than a thousand people remain behind bars and asked for every one of them to be released.`,
    `Diplomats who took part in the talks described the release number ${n} as a step that could lead to further pardons.`,
  ].join(' ');
}

function articlePage(n: number): string {
  const paragraphs = articleText(n)
    .split('. ')
    .map((s) => `<p>${s}.</p>`)
    .join('\n');
  return `<!doctype html><html><head><title>Report ${n}</title></head><body><header>News site</header><article><h1>Report ${n}</h1>${paragraphs}</article><footer>Contact us</footer></body></html>`;
}

function itemXml(origin: string, item: FeedItem): string {
  const link = item.link ?? `${origin}/a/${item.n}`;
  return `<item><title>${item.title ?? `Report ${item.n}`}</title><link>${link.replace(/&/g, '&amp;')}</link><guid>${link.replace(/&/g, '&amp;')}</guid><pubDate>Thu, 11 Sep 2025 10:00:00 GMT</pubDate><description>${item.summary ?? `Summary of report ${item.n}.`}</description></item>`;
}

/** The items as a JSON Feed 1.1: summaries only, as the RSS feed gives them. */
export function feedJson(origin: string, items: readonly FeedItem[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Wire',
    home_page_url: `${origin}/`,
    items: items.map((i) => {
      const link = i.link ?? `${origin}/a/${i.n}`;
      return {
        id: link,
        url: link,
        title: i.title ?? `Report ${i.n}`,
        summary: i.summary ?? `Summary of report ${i.n}.`,
        content_text: i.summary ?? `Summary of report ${i.n}.`,
        date_published: '2025-09-11T10:00:00Z',
      };
    }),
  });
}

/**
 * A news page listing the items' articles (every other link absolute, as sites mix them),
 * inside site furniture that links elsewhere.
 */
export function linksPage(origin: string, items: readonly FeedItem[]): string {
  const [menu, footer, tag, category, next, login, pdf, photo] = notArticles;
  const list = items
    .map((i, k) => {
      const link = i.link ?? (k % 2 ? `${origin}/a/${i.n}` : `/a/${i.n}`);
      return `<li><h2><a href="${link.replace(/&/g, '&amp;')}">${i.title ?? `Report ${i.n}`}</a></h2><p>${i.summary ?? `Summary of report ${i.n}.`} <a href="${link.replace(/&/g, '&amp;')}#more">Read more</a></p></li>`;
    })
    .join('');
  return `<!doctype html><html><head><title>News</title></head><body><header><a href="/">Home</a><nav><a href="${menu}">Menu story</a><a href="${login}">Sign in</a></nav></header><main><h1>News</h1><ul>${list}</ul><p><a href="${tag}">releases</a> <a href="${category}">courts</a> <a href="${pdf}">annual report</a> <a href="${photo}"><img src="${photo}" alt="photo"></a> <a href="#top">top</a> <a href="mailto:desk@example.org">write to us</a></p><nav class="pager"><a href="${next}">next page</a></nav></main><footer><a href="${footer}">Footer story</a></footer></body></html>`;
}

export function feedXml(origin: string, items: readonly FeedItem[]): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>${origin}/</link>${items.map((i) => itemXml(origin, i)).join('')}</channel></rss>`;
}

export async function startFeedSite(): Promise<FeedSite> {
  const server = await startServer();
  const hits = new Map<string, number>();
  const answers = new Map<string, FeedAnswer>();
  const origin = server.origin;
  const count = (req: IncomingMessage) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    return path;
  };
  const feed = (path: string) => (req: IncomingMessage, res: ServerResponse) => {
    count(req);
    const a = answers.get(path) ?? { kind: 'status', status: 404 };
    if (a.kind === 'status') {
      res.writeHead(a.status, {
        'content-type': 'text/plain',
        ...(a.retryAfter ? { 'retry-after': a.retryAfter } : {}),
      });
      res.end('unavailable');
    } else if (a.kind === 'malformed' && a.format === 'json') {
      res.writeHead(200, { 'content-type': 'application/feed+json' });
      res.end('{"version":"https://jsonfeed.org/version/1.1","title":"Wire","items":[{"id":"');
    } else if (a.kind === 'malformed') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Cut',
      );
    } else if (!a.ignoreValidators && req.headers['if-none-match'] === a.etag) {
      res.writeHead(304, { etag: a.etag });
      res.end();
    } else {
      const [type, body] =
        a.format === 'json'
          ? ['application/feed+json', feedJson(origin, a.items)]
          : a.format === 'links'
            ? ['text/html; charset=utf-8', linksPage(origin, a.items)]
            : ['application/rss+xml', feedXml(origin, a.items)];
      res.writeHead(200, { 'content-type': type, etag: a.etag });
      res.end(body);
    }
  };
  const routed = new Set<string>();
  return {
    origin,
    server,
    hits,
    answer(path, answer) {
      answers.set(path, answer);
      if (!routed.has(path)) server.route(path, feed(path));
      routed.add(path);
    },
    feedUrl: (path) => `${origin}${path}`,
    articleUrl: (n) => `${origin}/a/${n}`,
    close: () => server.close(),
  };
}

/** Serves /a/<n> article pages for n up to `max`, and the listing's links that are none. */
export function serveArticles(site: FeedSite, max: number): void {
  for (const path of notArticles)
    site.server.route(path, (_req, res) => {
      site.hits.set(path, (site.hits.get(path) ?? 0) + 1);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(articlePage(9999));
    });
  for (let n = 1; n <= max; n++)
    site.server.route(`/a/${n}`, (req, res) => {
      const path = (req.url ?? '').split('?')[0] ?? '';
      site.hits.set(path, (site.hits.get(path) ?? 0) + 1);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(articlePage(n));
    });
}
