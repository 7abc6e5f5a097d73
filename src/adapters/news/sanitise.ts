/**
 * HTML from the web is untrusted. Before any of it is stored, displayed or handed to text
 * extraction it goes through an allow-list: structural and text tags only, no scripts, styles,
 * frames, forms, event handlers or inline styles, and links only to http, https and mailto.
 */
import { Parser } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';
import { plainTitle } from '../../core/plain-title.ts';
import { narrowString } from './narrow-string.ts';

const textTags = [
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'q',
  'cite',
  'pre',
  'code',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'a',
  'b',
  'i',
  'em',
  'strong',
  'u',
  's',
  'small',
  'sub',
  'sup',
  'mark',
  'abbr',
  'time',
  'span',
  'div',
  'figure',
  'figcaption',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
];
// Page structure that text extraction (Readability) uses to find the article and skip the rest.
const structureTags = ['article', 'section', 'main', 'header', 'footer', 'nav', 'aside'];

// Elements dropped together with everything inside them (not just their tags).
const dropWithContent = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'textarea',
  'select',
  'option',
  'button',
  'form',
  'title',
  'head',
  'xmp',
  'noembed',
  'noframes',
  'plaintext',
];

const baseOptions: sanitizeHtml.IOptions = {
  allowedTags: textTags,
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    abbr: ['title'],
    time: ['datetime'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan', 'scope'],
    '*': ['lang', 'dir'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href', 'cite'],
  allowProtocolRelative: false,
  allowedStyles: {},
  disallowedTagsMode: 'discard',
  nonTextTags: dropWithContent,
  enforceHtmlBoundary: false,
  parseStyleAttributes: false,
  // Links from stored reports open elsewhere and pass no referrer or authority.
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener noreferrer' }),
  },
};

const extractionOptions: sanitizeHtml.IOptions = {
  ...baseOptions,
  allowedTags: [...textTags, ...structureTags],
  // class and id are what Readability scores ('article', 'comment', 'sidebar'); they carry no
  // script. This profile is for text extraction only, never for display.
  allowedAttributes: {
    ...(baseOptions.allowedAttributes as Record<string, string[]>),
    '*': ['lang', 'dir', 'class', 'id'],
  },
};

/** Safe HTML for display: text and structure tags only, links to http(s) and mailto. */
export function sanitiseHtml(html: string): string {
  return sanitizeHtml(html, baseOptions);
}

/**
 * Safe HTML to hand to text extraction: like sanitiseHtml, but keeps page structure (article,
 * nav, aside...) and class/id so the main text can still be told from menus and comments.
 * The page title is kept (as plain text in a fresh <title>) since <head> itself is dropped.
 */
export function sanitiseForExtraction(html: string): string {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const body = sanitizeHtml(html, extractionOptions);
  const safeTitle = title ? sanitiseTitle(title) : '';
  return safeTitle
    ? `<html><head><title>${escapeText(safeTitle)}</title></head><body>${body}</body></html>`
    : body;
}

/** A title as plain text: tags and their scripts removed, entities decoded, spaces collapsed. */
export function sanitiseTitle(title: string, maxLength = 500): string {
  // With no '<' and no '&' there is no tag and no entity: the sanitiser would give the title back
  // as it is ('>' escaped, then decoded below), so it is skipped (a feed has a title an item).
  const text = /[<&]/.test(title)
    ? sanitizeHtml(title, { allowedTags: [], allowedAttributes: {}, nonTextTags: dropWithContent })
    : title;
  // Decoding can turn '&lt;script&gt;' into a tag again: anything tag-like goes once more.
  return (plainTitle(decodeEntities(text).replace(/\p{Cc}/gu, ' ')) ?? '').slice(0, maxLength);
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const named: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** sanitize-html escapes what it keeps; a title is plain text, so turn entities back. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    }
    return named[ref.toLowerCase()] ?? whole;
  });
}

// The tags of sanitiseHtml's allow-list that end a paragraph in a report's text (the block
// elements of html-to-text.ts blocksToText that sanitiseHtml keeps).
const paragraphTags = [
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'blockquote',
  'table',
  'tr',
  'pre',
  'figcaption',
  'br',
  'hr',
];

// Every paragraph tag becomes <p>, every other tag goes (its text stays), what sanitiseHtml
// drops with its content goes with it: what is left is text between paragraph marks.
const paragraphOptions: sanitizeHtml.IOptions = {
  allowedTags: ['p'],
  allowedAttributes: {},
  disallowedTagsMode: 'discard',
  nonTextTags: dropWithContent,
  enforceHtmlBoundary: false,
  parseStyleAttributes: false,
  transformTags: Object.fromEntries(paragraphTags.map((t) => [t, 'p'])),
};

/**
 * The text of an HTML fragment (a feed item's body), paragraphs apart, in one pass: the same
 * text as `blocksToText(sanitiseHtml(html))` (html-to-text.ts), which ingesting the sanitised
 * HTML gave before, without building the HTML and a DOM of it
 * (test/adapters/news/sanitise.test.ts compares the two).
 */
export function fragmentText(html: string): string {
  // Narrowed: cut from a feed's body, the text is as wide as the whole body (narrow-string.ts).
  return narrowString(plainFragmentText(html) ?? sanitisedFragmentText(html));
}

const paragraphSet = new Set(paragraphTags);
const droppedSet = new Set(dropWithContent);

/**
 * fragmentText read straight from htmlparser2's events (the parser sanitize-html runs, with its
 * options), for fragments with no element sanitize-html drops with its content: there, what
 * the sanitiser does with paragraphOptions comes down to text kept, every other tag gone, and
 * a paragraph mark at each start and end of a paragraph tag. A fragment with any such element
 * (script, style, a frame...) gives undefined, and goes through the sanitiser itself: its rules
 * for them (raw text, nesting, what a browser would close) are not written twice. Several
 * times cheaper than the sanitiser on a feed's items (docs/watch.md, "Measured").
 */
function plainFragmentText(html: string): string | undefined {
  const paragraphs: string[] = [];
  let text = '';
  let dropped = false;
  const mark = () => {
    const p = text.replace(/\s+/g, ' ').trim();
    if (p) paragraphs.push(p);
    text = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (droppedSet.has(name)) {
          dropped = true;
          parser.pause();
        } else if (paragraphSet.has(name)) mark();
      },
      ontext(t) {
        text += t;
      },
      onclosetag(name) {
        if (paragraphSet.has(name)) mark();
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  if (dropped) return undefined;
  mark();
  return paragraphs.join('\n\n');
}

/** fragmentText through the sanitiser: its paragraph tags as <p>, the text between them. */
function sanitisedFragmentText(html: string): string {
  return sanitizeHtml(html, paragraphOptions)
    .split(/<\/?p\s*\/?>/)
    .map((part) =>
      part
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .join('\n\n');
}
