/**
 * RSS (2.0, 0.9x, 1.0/RDF) and Atom, read in one streaming pass of htmlparser2's tokenizer in
 * XML mode: no tree of the document is built, each item's fields are collected as the parser
 * passes them and handed on when the item closes. It replaced rss-parser (xml2js over sax),
 * which built the whole document as objects, then the feed as more objects: on a 1,000-item
 * feed its parse cost several times this one's CPU and garbage (docs/watch.md, "Measured").
 * No entity is ever resolved from a DTD, so a feed cannot make the parser read anything.
 * The document must be well formed in the ways that tell a feed cut short or broken from a
 * whole one (every element closed, one root, no text after it); a stray end tag that closes
 * nothing is passed over, as HTML parsers do.
 */
import { Parser } from 'htmlparser2';

/** An item's fields as the feed gives them (XML entities decoded; HTML kept as HTML). */
export interface XmlItem {
  title?: string;
  link?: string;
  /** RSS guid: the item's address when it is one. */
  guid?: string;
  /** Atom id: a name only (often a tag: URI), never taken for the address. */
  id?: string;
  /** RFC 822 (RSS) or RFC 3339 (Atom) date, the first of the item's date fields that reads. */
  dates: string[];
  /** The item's body as HTML: RSS content:encoded, description, summary; Atom content, summary. */
  body?: string;
}

export type XmlFeed =
  | { ok: true; title: string | null; format: 'rss' | 'rdf' | 'atom' }
  | { ok: false; error: string };

/** The elements of an item (RSS) or entry (Atom) whose text is kept, by name. */
const rssFields = new Set([
  'title',
  'dc:title',
  'link',
  'guid',
  'pubDate',
  'dc:date',
  'content:encoded',
  'description',
  'summary',
]);
const atomFields = new Set(['title', 'link', 'id', 'published', 'updated', 'content', 'summary']);

// HTML elements with no end tag: their end is not written back into a body's markup.
const voidElements = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'col', 'wbr']);

type Part = string | { markup: string };

/** A field being read: its text, and markup for any child elements (XHTML content). */
interface Field {
  /** The element's name; '#' and the name for the feed's own title. */
  name: string;
  parts: Part[];
  markup: boolean;
}

const escapeText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

function fieldValue(f: Field): string {
  if (!f.markup) return f.parts.join('');
  return f.parts.map((p) => (typeof p === 'string' ? escapeText(p) : p.markup)).join('');
}

/** RSS item fields -> an XmlItem, by rss-parser's precedence (title over dc:title...). */
function rssItem(f: Map<string, string>): XmlItem {
  const title = f.get('title') ?? f.get('dc:title');
  const dates = [f.get('pubDate') || f.get('dc:date')].filter((d): d is string => Boolean(d));
  const body = f.get('content:encoded') || f.get('description') || f.get('summary');
  return { title, link: f.get('link'), guid: f.get('guid'), dates, body };
}

/** Atom entry fields -> an XmlItem; the link is the first rel="alternate", else the first. */
function atomItem(f: Map<string, string>, link: string | undefined): XmlItem {
  const dates = [f.get('published'), f.get('updated')].filter((d): d is string => Boolean(d));
  const body = f.get('content') || f.get('summary');
  return { title: f.get('title'), link, id: f.get('id'), dates, body };
}

/**
 * Reads an RSS or Atom document, calling `onItem` for each item in feed order as it closes.
 * Returns the feed's title, or why the document is no readable feed (items already handed on
 * are then to be dropped by the caller).
 */
export function readXmlFeed(xml: string, onItem: (item: XmlItem) => void): XmlFeed {
  // The open elements, outermost first.
  const stack: string[] = [];
  let format: 'rss' | 'rdf' | 'atom' | null = null;
  let roots = 0;
  let error: string | null = null;
  // The feed's own title and dc:title (title wins, as in rss-parser).
  const feedFields = new Map<string, string>();
  // The item being read: at which depth it opened, its fields (first of each name), links.
  let itemDepth = -1;
  let fields = new Map<string, string>();
  let atomLinks: Array<{ rel?: string; href?: string }> = [];
  let field: Field | null = null;
  let fieldDepth = -1;

  const fail = (why: string) => {
    if (!error) error = `${why} (at character ${parser.startIndex})`;
  };
  /** Where items live: channel > item (RSS), the root (RDF), feed > entry (Atom). */
  const isItem = (name: string) => {
    const depth = stack.length;
    if (format === 'atom') return name === 'entry' && depth === 1;
    if (format === 'rdf') return name === 'item' && depth === 1;
    return name === 'item' && depth === 2 && stack[1] === 'channel';
  };
  const isFeedTitle = (name: string) =>
    itemDepth < 0 &&
    (name === 'title' || (name === 'dc:title' && format !== 'atom')) &&
    (format === 'atom' ? stack.length === 1 : stack.length === 2 && stack[1] === 'channel');

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (error) return;
        if (stack.length === 0) {
          if (++roots > 1) return fail('a second root element');
          format =
            name === 'feed' ? 'atom' : name === 'rss' ? 'rss' : name === 'rdf:RDF' ? 'rdf' : null;
          if (!format) return fail(`<${name}> is not the root of an RSS or Atom feed`);
        }
        if (field) {
          field.markup = true;
          const attrs = Object.entries(attribs)
            .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
            .join('');
          field.parts.push({ markup: `<${name}${attrs}>` });
        } else if (itemDepth >= 0 && stack.length === itemDepth + 1) {
          const kept = format === 'atom' ? atomFields : rssFields;
          if (format === 'atom' && name === 'link') atomLinks.push(attribs);
          else if (kept.has(name) && !fields.has(name)) {
            field = { name, parts: [], markup: false };
            fieldDepth = stack.length;
          }
        } else if (itemDepth < 0 && isItem(name)) {
          itemDepth = stack.length;
          fields = new Map();
          atomLinks = [];
        } else if (isFeedTitle(name) && !feedFields.has(name)) {
          field = { name: `#${name}`, parts: [], markup: false };
          fieldDepth = stack.length;
        }
        stack.push(name);
      },
      ontext(text) {
        if (error) return;
        if (field) field.parts.push(text);
        // Before the root, text is the rest of a DTD's internal subset ('<!DOCTYPE rss [...]>'
        // ends at its first '>' here) and is passed over; after it, the document was not one.
        else if (stack.length === 0 && roots > 0 && text.trim())
          fail('text after the root element');
      },
      onclosetag(name, implied) {
        if (error) return;
        // htmlparser2 reports a self-closing tag as implied too: only '/>' tells them apart.
        const selfClosing = xml[parser.endIndex] === '>' && xml[parser.endIndex - 1] === '/';
        if (implied && !selfClosing) return fail(`<${name}> is not closed`);
        stack.pop();
        if (field && stack.length === fieldDepth) {
          if (field.name[0] === '#') feedFields.set(field.name.slice(1), fieldValue(field));
          else fields.set(field.name, fieldValue(field));
          field = null;
        } else if (field && !voidElements.has(name)) {
          field.parts.push({ markup: `</${name}>` });
        } else if (itemDepth >= 0 && stack.length === itemDepth) {
          const link = atomLinks.find((l) => l.rel === 'alternate') ?? atomLinks[0];
          onItem(format === 'atom' ? atomItem(fields, link?.href) : rssItem(fields));
          itemDepth = -1;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  if (!error && roots === 0) error = 'no root element';
  if (error) return { ok: false, error };
  const title = feedFields.get('title') ?? feedFields.get('dc:title') ?? null;
  return { ok: true, title, format: format ?? 'rss' };
}
