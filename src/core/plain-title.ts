/**
 * Titles are plain text (docs/security.md, "Markup never runs"): whatever a title comes with,
 * from the API, a file, a feed, a fetched page or an imported ledger, its markup is removed
 * here, in one function, before it is stored. The web app escapes every string anyway; this
 * keeps `<img src=x onerror=...>` out of the ledger, its exports and other people's tools.
 */

// Script and style elements go with their content: it is code, not words of the title.
const codeElements = /<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
// A tag with its attributes (quoted values may hold '>'), a comment, or a <!...> / <?...>
// declaration; one left open at the end is markup too. Text such as 'a < b' is kept.
const markup =
  /<!--[\s\S]*?(?:-->|$)|<[!?][^>]*(?:>|$)|<\/?[A-Za-z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*(?:>|$)/g;

/** The title as plain text, whitespace collapsed; null when nothing but markup is left. */
export function plainTitle(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  let text = raw;
  // Removing one tag may join two halves into another ('<<b>img ...>'): repeat until none is left.
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(codeElements, ' ').replace(markup, ' ');
  }
  return text.replace(/\s+/g, ' ').trim() || null;
}
