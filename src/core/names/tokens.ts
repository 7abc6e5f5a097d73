import { foldVariants } from './fold.ts';
import { isKnownGivenFold } from './given-names.ts';
import { normaliseToken } from './script.ts';
import { initialClassOfLower } from './sound-keys.ts';

/** One word of a name, with everything matching needs precomputed. */
export interface TokenInfo {
  raw: string;
  text: string;
  folds: string[];
  initial: boolean;
  initialClass: string;
  /** One of the folds is a known given name (not a translation): Siarhei, Мария, Ales. */
  givenLike: boolean;
}

const TITLES =
  /^(mr|mrs|ms|dr|prof|sir|г-н|г-жа|пан|пані|спадар|спадарыня|господин|госпожа|ayatollah|sheikh|shaikh|begum|daw|haji|hajji|mullah|maulana)\.?$/i;

/** Longest word TITLES matches (спадарыня and a dot). */
const MAX_TITLE = 10;

const tokenCache = new Map<string, TokenInfo>();

/**
 * Token facts are cached for the vocabulary that recurs: given names and initials. Other
 * tokens (surnames, mostly seen once per query or candidate) are not: caching them kept
 * every new surname alive through garbage collections for no later hit.
 */
export function tokenInfo(raw: string): TokenInfo {
  const hit = tokenCache.get(raw);
  if (hit) return hit;
  const info = computeTokenInfo(raw);
  if (info.givenLike || info.initial) {
    if (tokenCache.size > 20_000) tokenCache.clear();
    tokenCache.set(raw, info);
  }
  return info;
}

/** A token shown as `raw` but read as `text` (a compound name written in several ways). */
export function tokenReadAs(raw: string, text: string): TokenInfo {
  return { ...computeTokenInfo(text), raw };
}

function computeTokenInfo(raw: string): TokenInfo {
  const dotted = raw.endsWith('.');
  const bare = dotted ? raw.slice(0, -1) : raw;
  const text = normaliseToken(bare);
  // Initials are one letter, or two with a dot (Zh.); only short tokens need counting.
  const letters = text.length > 4 ? text.length : text.replace(/['-]/g, '').length;
  const initial = dotted ? letters <= 2 : letters === 1;
  const folds = foldVariants(text);
  let givenLike = false;
  for (let i = 0; i < folds.length && !givenLike; i++) givenLike = isKnownGivenFold(folds[i]!);
  return { raw: bare, text, folds, initial, initialClass: initialClassOfLower(text), givenLike };
}

/**
 * An all-capital word of two letters or more ('KALESNIKAVA'); the common scripts are checked
 * by char code, anything else by case mapping.
 */
export function isCaps(raw: string): boolean {
  if (raw.length < 2 || raw.endsWith('.')) return false;
  let upper = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x45f)) return false;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x400 && c <= 0x42f)) upper = true;
    else if (c >= 0x80) return raw === raw.toUpperCase() && raw !== raw.toLowerCase();
  }
  return upper;
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

const SPACE = 0x20;

/** Words of a name: runs of non-space characters, cut after each dot ('S.V.' is two). */
function words(part: string): string[] {
  const out: string[] = [];
  let start = -1;
  // Char codes: indexing a string by position makes a one-letter string (Cyrillic ones anew).
  for (let i = 0; i <= part.length; i++) {
    const c = i < part.length ? part.charCodeAt(i) : SPACE;
    const space = c === SPACE || c === 0x09 || c === 0x0a || c === 0xa0;
    if (space) {
      if (start >= 0) out.push(part.slice(start, i));
      start = -1;
    } else {
      if (start < 0) start = i;
      if (c === 0x2e) {
        out.push(part.slice(start, i + 1));
        start = -1;
      }
    }
  }
  return out;
}

/**
 * A name run together (VladimirPutin, a hashtag or a file name) is cut where a lower-case
 * letter meets a capital, when the part before is a known given name: McCain and DeLillo stay.
 */
function unrun(ws: string[]): string[] {
  let any = false;
  for (const w of ws) if (hasInnerCapital(w)) any = true;
  if (!any) return ws;
  const out: string[] = [];
  for (const w of ws) {
    const m = hasInnerCapital(w) ? RUN_TOGETHER.exec(w) : null;
    const head = m ? w.slice(0, m.index + 1) : '';
    if (m && head.length >= 3 && tokenInfo(head).givenLike) out.push(head, w.slice(m.index + 1));
    else out.push(w);
  }
  return out;
}

const RUN_TOGETHER = /[a-zа-яё](?=[A-ZА-ЯЁІЎ][a-zа-яёіў])/u;

/** Whether a capital RUN_TOGETHER looks for (A-Z, А-Я, Ё, І, Ў) follows the first letter. */
function hasInnerCapital(w: string): boolean {
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f)) return true;
    if (c === 0x401 || c === 0x406 || c === 0x40e) return true;
  }
  return false;
}

export function split(part: string): Array<{ info: TokenInfo; caps: boolean }> {
  const out: Array<{ info: TokenInfo; caps: boolean }> = [];
  const raws: string[] = [];
  for (const w of unrun(words(part))) {
    const raw = trimToken(w);
    if (!raw || raw === '.' || (raw.length <= MAX_TITLE && TITLES.test(raw))) continue;
    // A word repeated in one name is one token object: readings compare tokens by identity.
    const again = raws.indexOf(raw);
    raws.push(raw);
    out.push({ info: again >= 0 ? out[again]!.info : tokenInfo(raw), caps: isCaps(raw) });
  }
  return out;
}
