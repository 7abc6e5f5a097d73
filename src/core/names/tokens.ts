import { foldVariants } from './fold.ts';
import { normaliseToken } from './script.ts';
import { initialClass } from './sound-keys.ts';

/** One word of a name, with everything matching needs precomputed. */
export interface TokenInfo {
  raw: string;
  text: string;
  folds: string[];
  initial: boolean;
  initialClass: string;
}

const TITLES = /^(mr|mrs|ms|dr|prof|sir|г-н|г-жа|пан|пані|спадар|спадарыня|господин|госпожа)\.?$/i;

const tokenCache = new Map<string, TokenInfo>();

/** Token facts are cached: the same given names and surnames recur across many aliases. */
function tokenInfo(raw: string): TokenInfo {
  const hit = tokenCache.get(raw);
  if (hit) return hit;
  const dotted = raw.endsWith('.');
  const bare = dotted ? raw.slice(0, -1) : raw;
  const text = normaliseToken(bare);
  // Initials are one letter, or two with a dot (Zh.); only short tokens need counting.
  const letters = text.length > 4 ? text.length : text.replace(/['-]/g, '').length;
  const initial = dotted ? letters <= 2 : letters === 1;
  const info = {
    raw: bare,
    text,
    folds: foldVariants(text),
    initial,
    initialClass: initialClass(text),
  };
  if (tokenCache.size > 20_000) tokenCache.clear();
  tokenCache.set(raw, info);
  return info;
}

/** Letters of any script (the fast ranges first); digits and punctuation are not. */
function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x400 && c <= 0x4ff))
    return true;
  return c > 0x7f && /\p{L}/u.test(ch);
}

/** Trims non-letters from both ends, keeping one final dot (initials: 'S.'). */
function trimToken(piece: string): string {
  let start = 0;
  let end = piece.length;
  while (start < end && !isLetter(piece[start]!)) start++;
  while (end > start && !isLetter(piece[end - 1]!) && piece[end - 1] !== '.') end--;
  return piece.slice(start, end);
}

/** Words of a name: runs of non-space characters, cut after each dot ('S.V.' is two). */
function words(part: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= part.length; i++) {
    const ch = part[i];
    const space = ch === undefined || ch === ' ' || ch === '\t' || ch === '\n' || ch === '\u00a0';
    if (space) {
      if (start >= 0) out.push(part.slice(start, i));
      start = -1;
    } else {
      if (start < 0) start = i;
      if (ch === '.') {
        out.push(part.slice(start, i + 1));
        start = -1;
      }
    }
  }
  return out;
}

export function split(part: string): Array<{ info: TokenInfo; caps: boolean }> {
  const out: Array<{ info: TokenInfo; caps: boolean }> = [];
  for (const w of words(part)) {
    const raw = trimToken(w);
    if (!raw || raw === '.' || TITLES.test(raw)) continue;
    const caps =
      raw.length >= 2 &&
      raw === raw.toUpperCase() &&
      raw !== raw.toLowerCase() &&
      !raw.endsWith('.');
    out.push({ info: tokenInfo(raw), caps });
  }
  return out;
}
