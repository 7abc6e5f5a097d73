/**
 * What a fetched body is (HTML page, RSS/Atom or JSON feed, plain text) and how to decode it.
 * The declared Content-Type is checked against the first bytes, since news sites often serve
 * feeds as text/html or text/plain and pages without any type.
 */

export type ContentKind = 'html' | 'feed' | 'text';

const htmlTypes = new Set(['text/html', 'application/xhtml+xml']);
const xmlTypes = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
]);
/** JSON Feed's own type, and plain JSON, which is a feed only when its version says so. */
export const jsonTypes = new Set(['application/feed+json', 'application/json']);
const sniffable = new Set([
  '',
  'application/octet-stream',
  'text/plain',
  ...htmlTypes,
  ...xmlTypes,
]);

export function mimeType(header: string | undefined): string {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

export function headerCharset(header: string | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(header ?? '');
  return m?.[1]?.toLowerCase() ?? null;
}

/** First characters of the body as Latin-1: enough to see markup whatever the encoding. */
function head(bytes: Uint8Array): string {
  return Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
}

function looksLikeFeed(start: string): boolean {
  const s = start
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .replace(/<\?xml[^>]*\?>|<!--[\s\S]*?-->|<\?xml-stylesheet[^>]*\?>|<!DOCTYPE[^>]*>/gi, '')
    .trimStart();
  return /^<(?:rss|feed|rdf:RDF)[\s>]/i.test(s);
}

// JSON Feed (https://www.jsonfeed.org/version/1.1/) names its version with this address.
const jsonFeedVersion = /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//;

/** A JSON object whose first bytes name a JSON Feed version (the usual first member). */
function looksLikeJsonFeed(start: string): boolean {
  const s = start.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  return s.startsWith('{') && jsonFeedVersion.test(s);
}

/** True for a JSON Feed version address ('https://jsonfeed.org/version/1.1'). */
export function isJsonFeedVersion(version: unknown): boolean {
  return typeof version === 'string' && /^https?:\/\/jsonfeed\.org\/version\//.test(version);
}

/**
 * application/json is a feed when its `version` says JSON Feed, wherever the member stands:
 * the first bytes first, then the whole body (only for this type, so the cost is rare).
 */
function jsonIsFeed(bytes: Uint8Array, start: string): boolean {
  if (looksLikeJsonFeed(start)) return true;
  try {
    const parsed: unknown = JSON.parse(new TextDecoder('utf-8').decode(bytes));
    return (
      typeof parsed === 'object' &&
      parsed !== null &&
      isJsonFeedVersion((parsed as { version?: unknown }).version)
    );
  } catch {
    return false;
  }
}

function looksLikeHtmlStart(start: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(
    start.replace(/^\uFEFF|^\xEF\xBB\xBF/, ''),
  );
}

/** The kind of a body, or null when it is none Habeas reads. */
export function detectKind(contentType: string, bytes: Uint8Array): ContentKind | null {
  const mime = mimeType(contentType);
  const start = head(bytes);
  // Declared a JSON Feed: one, even when it then does not parse (the reader says why).
  if (mime === 'application/feed+json') return 'feed';
  if (mime === 'application/json') return jsonIsFeed(bytes, start) ? 'feed' : null;
  if (!sniffable.has(mime)) return null;
  if (looksLikeFeed(start) || looksLikeJsonFeed(start)) return 'feed';
  if (htmlTypes.has(mime) || looksLikeHtmlStart(start)) return 'html';
  if (xmlTypes.has(mime)) return null; // XML, but neither a feed nor a page
  if (mime === 'text/plain') return 'text';
  return null;
}

function declaredInDocument(start: string, kind: ContentKind): string | null {
  if (kind === 'feed')
    return /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(start)?.[1] ?? null;
  if (kind !== 'html') return null;
  const meta =
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(start) ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset=([\w.:-]+)/i.exec(start);
  return meta?.[1] ?? null;
}

/** Decodes a body: BOM, then the header's charset, then the document's own declaration, UTF-8. */
export function decodeBody(
  bytes: Uint8Array,
  contentType: string,
  kind: ContentKind,
): { text: string; charset: string } {
  const bom =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? 'utf-8'
      : bytes[0] === 0xff && bytes[1] === 0xfe
        ? 'utf-16le'
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? 'utf-16be'
          : null;
  const candidates = [bom, headerCharset(contentType), declaredInDocument(head(bytes), kind)];
  for (const label of candidates) {
    if (!label) continue;
    try {
      const decoder = new TextDecoder(label);
      return { text: decoder.decode(bytes), charset: decoder.encoding };
    } catch {
      // Unknown label (a typo in the page): try the next source.
    }
  }
  return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8' };
}
