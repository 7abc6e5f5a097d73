// HTML page -> the article's main text (Readability over linkedom), markup dropped.
// Paragraph breaks are kept as blank lines so sentence splitting and evidence offsets work.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export { looksLikeHtml } from './looks-like-html.ts';

export interface HtmlText {
  text: string;
  title: string | null;
  problems: string[];
}

const BLOCK = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'TABLE',
  'TR',
  'PRE',
  'FIGCAPTION',
  'BR',
  'HR',
  'MAIN',
]);
const DROP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'NAV',
  'ASIDE',
  'FORM',
  'BUTTON',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

function collect(node: DomNode, out: string[]): void {
  if (node.nodeType === 3) {
    out.push((node.textContent ?? '').replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeName.toUpperCase();
  if (DROP.has(name)) return;
  const block = BLOCK.has(name);
  if (block) out.push('\n\n');
  for (let i = 0; i < node.childNodes.length; i++) collect(node.childNodes[i]!, out);
  if (block) out.push('\n\n');
}

/** Text of an HTML fragment or document with block elements on their own lines. */
export function blocksToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const out: string[] = [];
  collect(document.body as unknown as DomNode, out);
  return out
    .join('')
    .split(/\n{2,}/)
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

export function htmlToText(html: string): HtmlText {
  const problems: string[] = [];
  let document: Document;
  try {
    ({ document } = parseHTML(html) as unknown as { document: Document });
  } catch (e) {
    return { text: '', title: null, problems: [`HTML could not be parsed: ${String(e)}`] };
  }
  const pageTitle = document.querySelector('title')?.textContent?.trim() || null;
  const body = document.querySelector('body');
  // A fragment (a feed item's HTML, a pasted article) parses with no body, and Readability gives
  // up on a document without one (null) only after preparing all of it: skipped, the same text
  // (the fragment's, below) at a fraction of the cost.
  if (!body) {
    problems.push('no main article found; using the whole body text');
    return { text: blocksToText(html), title: pageTitle, problems };
  }
  // Readability rewrites the document it reads: keep the body for the fallback first.
  const bodyHtml = body.innerHTML;
  let article: { title?: string | null; content?: string | null } | null = null;
  try {
    article = new Readability(document, { charThreshold: 200 }).parse();
  } catch (e) {
    problems.push(`readability failed, using the whole body: ${String(e)}`);
  }
  if (article?.content) {
    return {
      text: blocksToText(article.content),
      title: article.title?.trim() || pageTitle,
      problems,
    };
  }
  problems.push('no main article found; using the whole body text');
  return { text: blocksToText(bodyHtml), title: pageTitle, problems };
}
