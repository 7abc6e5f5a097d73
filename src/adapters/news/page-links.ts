/**
 * A page that lists articles (a rights group's news page, a court-watch blog) -> the addresses
 * of those articles, for a watched source of kind `links` (docs/watch.md). Only addresses come
 * out: each is fetched later, through the fetcher's checks, and only when it was never read.
 *
 * Which links count: those on the page's own host (or `www.` of it, or a host the source
 * allows), in the page's main content (`<main>` or role=main, else its `<article>` elements,
 * else the whole body), outside navigation (`nav`, `header`, `footer`, `aside`, forms, and
 * elements with a navigation role), whose address looks like an article (a last path segment
 * with a digit, a hyphen or an underscore, a page name such as `.html`, or a numeric id
 * parameter), not a listing (tag, category, author, page N, search), an account page (login,
 * register), a feed or an asset (images, styles, scripts, documents, media). Anchors within
 * the page, mailto:, tel:, javascript: and data: links never count.
 */
import { parseHTML } from 'linkedom';
import { articleUrlKey } from '../../core/watch.ts';
import { absoluteLink } from './feed-fields.ts';

export interface PageLink {
  /** The article's address in its normal form (no #fragment, no tracking parameters). */
  url: string;
  /** The link's text (or its image's alt text), for messages. */
  text: string;
}

export interface LinkOptions {
  /** Other hosts whose articles the page may link to (exact names, case-insensitive). */
  hosts?: readonly string[];
  /** At most this many links, in page order (the rest are dropped: a page is no crawl). */
  max?: number;
}

/** Links on one page beyond this are never looked at (a page listing more is no news list). */
export const maxPageLinks = 500;

const outside = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'MENU', 'DIALOG']);
const outsideRoles = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);
const skippedRel = /\b(?:tag|category|author|next|prev|previous|search|alternate|license)\b/i;

// Path segments of listings, accounts and site furniture, never an article.
const furniture = new Set(
  (
    'tag tags category categories topic topics section sections author authors page search ' +
    'login log-in signin sign-in signup sign-up register logout log-out account accounts ' +
    'profile user users subscribe subscription newsletter feed feeds rss atom cart checkout ' +
    'wp-admin wp-login.php wp-json about about-us contact contacts contact-us privacy ' +
    'privacy-policy terms cookies cookie-policy donate share print comments archive archives'
  ).split(' '),
);
const listingParams = /^(?:page|paged|s|q|query|search|tag|category|replytocom|share|print)$/i;
const asset =
  /\.(?:jpe?g|png|gif|webp|avif|svg|ico|bmp|tiff?|css|js|mjs|json|xml|rss|atom|pdf|docx?|xlsx?|pptx?|odt|ods|zip|gz|tgz|rar|7z|tar|mp3|mp4|m4a|wav|ogg|webm|mov|avi|woff2?|ttf|eot|exe|dmg|apk)$/i;
const pageName = /\.(?:s?html?|php|aspx?|jsp)$/i;
const idParams = /^(?:p|id|article|story|news|nid|aid|item|post)$/i;

interface El {
  tagName: string;
  parentElement: El | null;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<El>;
}

/** The article links of a page's HTML, in page order, each once. */
export function articleLinks(html: string, pageUrl: string, opts: LinkOptions = {}): PageLink[] {
  const { document } = parseHTML(asDocument(html)) as unknown as {
    document: El & { body: El | null };
  };
  const page = new URL(pageUrl);
  const baseHref = document.querySelectorAll('base[href]')[0]?.getAttribute('href');
  const base = (baseHref && absoluteLink(baseHref, pageUrl)) || pageUrl;
  const hosts = new Set([page.hostname, ...(opts.hosts ?? [])].map(siteHost));
  const max = Math.min(opts.max ?? maxPageLinks, maxPageLinks);
  const scopes: El[][] = [
    [...Array.from(document.querySelectorAll('main, [role="main"]'))],
    [...Array.from(document.querySelectorAll('article'))],
    [document.body ?? document],
  ];
  for (const roots of scopes) {
    if (!roots.length) continue;
    const found = linksIn(roots, { page, base, hosts, max });
    // A main part without article links (a hero, a form) says nothing: look wider.
    if (found.length) return found;
  }
  return [];
}

/** linkedom reads a body only inside <html>: a page without it (or a fragment) is wrapped. */
function asDocument(html: string): string {
  if (/<html[\s>]/i.test(html)) return html;
  if (/<body[\s>]/i.test(html)) return `<!doctype html><html>${html}</html>`;
  return `<!doctype html><html><body>${html}</body></html>`;
}

interface Scope {
  page: URL;
  base: string;
  hosts: Set<string>;
  max: number;
}

function linksIn(roots: El[], scope: Scope): PageLink[] {
  const out = new Map<string, PageLink>();
  let looked = 0;
  for (const root of roots) {
    for (const a of Array.from(root.querySelectorAll('a[href]'))) {
      if (++looked > maxPageLinks || out.size >= scope.max) return [...out.values()];
      if (inNavigation(a, root) || skippedRel.test(a.getAttribute('rel') ?? '')) continue;
      const url = articleUrl(a.getAttribute('href') ?? '', scope);
      if (!url) continue;
      const text = linkText(a);
      const known = out.get(url);
      // A headline and its 'Read more' lead to one article: the longer text names it.
      if (!known) out.set(url, { url, text });
      else if (text.length > known.text.length) known.text = text;
    }
  }
  return [...out.values()];
}

function inNavigation(a: El, root: El): boolean {
  for (let el: El | null = a.parentElement; el && el !== root; el = el.parentElement) {
    if (outside.has(el.tagName.toUpperCase())) return true;
    if (outsideRoles.has((el.getAttribute('role') ?? '').toLowerCase())) return true;
  }
  return false;
}

function linkText(a: El): string {
  const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text) return text.slice(0, 300);
  const img = a.querySelectorAll('img[alt]')[0];
  return (img?.getAttribute('alt') ?? a.getAttribute('title') ?? '').trim().slice(0, 300);
}

/** A host without its `www.`: the same site either way. */
function siteHost(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

/** The link's address when it looks like an article of an allowed host, else null. */
function articleUrl(href: string, scope: Scope): string | null {
  const raw = href.trim();
  if (!raw || raw.startsWith('#') || /^(?:mailto|tel|javascript|data|sms|ftp):/i.test(raw))
    return null;
  const url = absoluteLink(raw, scope.base);
  if (!url) return null;
  const u = new URL(url);
  if (!scope.hosts.has(siteHost(u.hostname))) return null;
  // The page itself (with or without a #fragment) is no article of it.
  if (u.pathname === scope.page.pathname && u.search === scope.page.search) return null;
  if (!looksLikeArticle(u)) return null;
  // One article behind a tracking link and without is one link (the item key's rule).
  return articleUrlKey(url)?.replace(/^url:/, '') ?? null;
}

function looksLikeArticle(u: URL): boolean {
  const segments = u.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => safeDecode(s).toLowerCase());
  if (segments.some((s) => furniture.has(s))) return false;
  const params = [...u.searchParams.entries()];
  if (params.some(([k]) => listingParams.test(k))) return false;
  const last = segments.at(-1) ?? '';
  if (asset.test(last) || /^index\./.test(last)) return false;
  if (/\d|[-_]/.test(last) || pageName.test(last)) return true;
  // /?p=123, /news.php?id=9: the article is named by a number in the query.
  return params.some(([k, v]) => idParams.test(k) && /^\d+$/.test(v));
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
