/**
 * Keyset cursors for lists ordered by a text key (docs/api.md, "Paged ids"): a page ends with
 * the cursor of its last key and the next page holds the keys after it, so a page costs the
 * same however deep it is and a key added meanwhile neither repeats nor hides another.
 *
 * A cursor is opaque to callers: base64url of a versioned prefix and the key. Clients pass it
 * back unread, so the encoding may change with the prefix; anything this code did not write is
 * refused with the parameter's name. Pure (btoa, TextEncoder): the web app may use it too.
 */
import { ValidationError } from './errors.ts';
import { readLimits } from './read-limits.ts';

const prefix = 'k1:';
const base64url = /^[A-Za-z0-9_-]+$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const controls = /[\u0000-\u001f\u007f]/;

/** What is wrong with text that is not a cursor this code wrote. */
export const notACursor =
  'not a cursor this API gave: start without one, then pass back the nextCursor of the page before unchanged';

/** The cursor that resumes a list after `key`. */
export function encodeCursor(key: string): string {
  const bytes = new TextEncoder().encode(prefix + key);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The key a cursor resumes after, or why it is not a cursor encodeCursor wrote. */
function readCursor(cursor: string): { key: string } | { problem: string } {
  const refused = { problem: notACursor };
  if (cursor.length > readLimits.cursorChars)
    return { problem: `may be at most ${readLimits.cursorChars} characters` };
  if (!base64url.test(cursor) || cursor.length % 4 === 1) return refused;
  let text: string;
  try {
    const binary = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refused;
  }
  if (!text.startsWith(prefix) || text.length === prefix.length) return refused;
  // No key holds control characters (a NUL would not even reach PostgreSQL as text).
  if (controls.test(text)) return refused;
  // The same cursor always has the same spelling: no padding, no stray bits.
  if (encodeCursor(text.slice(prefix.length)) !== cursor) return refused;
  return { key: text.slice(prefix.length) };
}

/** Why `cursor` is refused (for a request schema), or null when it is one of ours. */
export function cursorProblem(cursor: string): string | null {
  const r = readCursor(cursor);
  return 'problem' in r ? r.problem : null;
}

/** The key `cursor` resumes after; a ValidationError naming `field` when it is not a cursor. */
export function decodeCursor(cursor: string, field = 'cursor'): string {
  const r = readCursor(cursor);
  if ('problem' in r) throw new ValidationError(r.problem, field);
  return r.key;
}

/** One page of ids and where the next starts (null: this was the last). */
export interface IdPage {
  items: string[];
  nextCursor: string | null;
  total: number;
}

/**
 * The page of `limit` keys after `after` from keys sorted ascending (JavaScript's string order),
 * for lists held in memory; `total` is every key's count.
 */
export function pageAfter(sorted: readonly string[], after: string | null, limit: number): IdPage {
  const start = after === null ? 0 : firstAfter(sorted, after);
  const items = sorted.slice(start, start + limit);
  const more = start + limit < sorted.length;
  return { items, nextCursor: more ? encodeCursor(items.at(-1)!) : null, total: sorted.length };
}

/** Index of the first key greater than `after` (binary search). */
function firstAfter(sorted: readonly string[], after: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= after) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Keys after the last of a page, when there are: fetch `limit + 1`, keep `limit`. */
export function pageOfFetched(fetched: readonly string[], limit: number, total: number): IdPage {
  const items = fetched.slice(0, limit);
  const more = fetched.length > limit;
  return { items, nextCursor: more ? encodeCursor(items.at(-1)!) : null, total };
}

/** A page size from 1 to readLimits.pageItems, else a ValidationError naming `field`. */
export function checkPageLimit(limit: number, field = 'limit'): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > readLimits.pageItems)
    throw new ValidationError(`expected a whole number from 1 to ${readLimits.pageItems}`, field);
  return limit;
}
