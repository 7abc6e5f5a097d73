// A leading lookbehind ('(?<![\p{L}])...') is tried at every position of a text, before the
// regex's first characters can rule a position out: a rule scans several times faster without
// it. These helpers check it in code, as the regex did: on the code point before the match (a
// surrogate pair read whole), moving on by one code point where it fails.

/**
 * Regex source for a word's edges: no letter or combining mark before (EDGE_BEFORE) or after
 * (EDGE_AFTER). \b knows ASCII letters only; these hold for every script the lexicons use.
 */
export const EDGE_BEFORE = String.raw`(?<![\p{L}\p{M}])`;
export const EDGE_AFTER = String.raw`(?![\p{L}\p{M}])`;

/** Any of `words` (a regex source of alternatives) as a whole word, or null when there are none. */
export function wholeWords(words: string | null): RegExp | null {
  return words ? new RegExp(`${EDGE_BEFORE}(?:${words})${EDGE_AFTER}`, 'iu') : null;
}

/** The code point before index i (a surrogate pair read whole), or -1 at the start. */
export function codePointBefore(s: string, i: number): number {
  if (i <= 0) return -1;
  const low = s.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = s.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return ((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** The index after the code point at i: where a 'u' regex tries next when it fails at i. */
export function pastCodePoint(s: string, i: number): number {
  const c = s.charCodeAt(i);
  const next = s.charCodeAt(i + 1);
  return i + (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1);
}

/** Per class (source and flags): each BMP code point's answer, 0 while not yet asked. */
const BMP_ANSWERS = new Map<string, Uint8Array>();
const NO = 1;
const YES = 2;

/**
 * A test of one code point against a character class written for the 'u' flag. A BMP code
 * point's answer is kept, in a table shared by every test of the same class: the scanners ask
 * of each letter of a Cyrillic or Arabic text, and a regex run on a new one-letter string for
 * each took a fiftieth of extraction on the cached real reports.
 */
export function classTest(cls: RegExp): (cp: number) => boolean {
  const key = `${cls.source}/${cls.flags}`;
  let bmp = BMP_ANSWERS.get(key);
  if (!bmp) {
    bmp = new Uint8Array(0x10000);
    BMP_ANSWERS.set(key, bmp);
  }
  const table = bmp;
  return (cp) => {
    if (cp < 0) return false;
    if (cp > 0xffff) return cls.test(String.fromCodePoint(cp));
    const known = table[cp]!;
    if (known !== 0) return known === YES;
    const yes = cls.test(String.fromCharCode(cp));
    table[cp] = yes ? YES : NO;
    return yes;
  };
}

/**
 * The next match of `re` (global, 'u' flag, its leading lookbehind left out) from its lastIndex
 * whose code point before it is not one `before` accepts; null when there is none.
 */
export function execAfter(
  re: RegExp,
  s: string,
  before: (cp: number) => boolean,
): RegExpExecArray | null {
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (!before(codePointBefore(s, m.index))) return m;
    re.lastIndex = pastCodePoint(s, m.index);
  }
  return null;
}

/**
 * Every match of `re` (as for execAfter) in s, from the start: what the exec loop of the regex
 * with its leading lookbehind gives.
 */
export function allAfter(
  re: RegExp,
  s: string,
  before: (cp: number) => boolean,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = execAfter(re, s, before); m; m = execAfter(re, s, before)) out.push(m);
  return out;
}

/** Whether `re` (as for execAfter) matches anywhere in s. */
export function testAfter(re: RegExp, s: string, before: (cp: number) => boolean): boolean {
  re.lastIndex = 0;
  return execAfter(re, s, before) !== null;
}

/** The top-level alternatives of a regex source; a group that is a whole alternative is opened. */
export function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out.flatMap((a) =>
    a.startsWith('(?:') && groupEnd(a, 0) === a.length - 1 ? alternatives(a.slice(3, -1)) : [a],
  );
}

/** The index of the ']' closing the class opened at i. */
export function classEnd(source: string, i: number): number {
  for (let j = i + 1; j < source.length; j++) {
    if (source[j] === '\\') j++;
    else if (source[j] === ']') return j;
  }
  return source.length;
}

/** The index of the ')' closing the group opened at i, or -1. */
export function groupEnd(source: string, i: number): number {
  let depth = 0;
  for (let j = i; j < source.length; j++) {
    const c = source[j];
    if (c === '\\') j++;
    else if (c === '[') j = classEnd(source, j);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j;
  }
  return -1;
}

interface Part {
  re: RegExp;
  /** Whether the leading lookbehinds, checked in code, let a match start at an index. */
  edge: ((s: string, at: number) => boolean) | null;
}

/** A part's leading negative lookbehinds ('(?<![\p{L}])', '(?<![Dd]e\s)') and what follows. */
function splitLookbehinds(a: string): { behinds: string[]; rest: string } {
  const behinds: string[] = [];
  let rest = a;
  while (rest.startsWith('(?<!')) {
    const end = groupEnd(rest, 0);
    if (end < 0) break;
    behinds.push(rest.slice(4, end));
    rest = rest.slice(end + 1);
  }
  return { behinds, rest };
}

/** A lookbehind as a test at an index: one class by code point, any other as a sticky regex. */
function edgeTest(behind: string, flags: string): (s: string, at: number) => boolean {
  if (/^\[(?:\\.|[^\]\\])*\]$/.test(behind)) {
    const inClass = classTest(new RegExp(behind, flags));
    return (s, at) => !inClass(codePointBefore(s, at));
  }
  const re = new RegExp(`(?<!${behind})`, `${flags}y`);
  return (s, at) => {
    re.lastIndex = at;
    return re.test(s);
  };
}

/**
 * The parts that scan for a rule's alternatives: alternatives with the same leading lookbehinds
 * are scanned as one regex (each scan of a sentence costs about as much whatever it looks for),
 * which finds what they found apart: the lookbehinds ask only of the index where a match starts,
 * so they reject an index for all of them or for none. With `adjacent`, only neighbours are
 * joined, keeping the earlier alternative first where two match at one index (exec, all); test
 * asks only whether any matches, and joins all.
 */
function mergeParts(
  split: { behinds: string[]; rest: string }[],
  flags: string,
  adjacent: boolean,
): Part[] {
  const groups: { behinds: string[]; rests: string[] }[] = [];
  for (const { behinds, rest } of split) {
    const key = behinds.join('\u0000');
    const same = adjacent
      ? groups.at(-1)?.behinds.join('\u0000') === key
        ? groups.at(-1)
        : undefined
      : groups.find((g) => g.behinds.join('\u0000') === key);
    if (same) same.rests.push(rest);
    else groups.push({ behinds, rests: [rest] });
  }
  return groups.map(({ behinds, rests }) => {
    const tests = behinds.map((b) => edgeTest(b, flags));
    const source = rests.length === 1 ? rests[0]! : rests.map((r) => `(?:${r})`).join('|');
    return {
      re: new RegExp(source, `${flags}g`),
      edge: tests.length ? (s: string, at: number) => tests.every((t) => t(s, at)) : null,
    };
  });
}

/** A pass over s: the next match a part finds from `from` that its edge lets start there. */
function nextMatch(p: Part, s: string, from: number): RegExpExecArray | null {
  p.re.lastIndex = from;
  for (let m = p.re.exec(s); m; m = p.re.exec(s)) {
    if (!p.edge || p.edge(s, m.index)) return m;
    p.re.lastIndex = pastCodePoint(s, m.index);
  }
  return null;
}

/**
 * A regex whose alternatives open with negative lookbehinds ('(?<![\p{L}])...'), each
 * alternative scanned without them and the lookbehinds checked in code where it matches. The
 * matches are the regex's: leftmost, the earlier alternative where two start at one place.
 * Named groups keep their names in the alternative that holds them; numbered ones do not keep
 * their places, so callers read a match's index, text and named groups.
 */
export class EdgeRule {
  private readonly parts: Part[];
  /** For test(): every alternative with the same lookbehinds in one part, in any order. */
  private readonly anyParts: Part[];

  constructor(re: RegExp) {
    // Numbered back-references would point elsewhere once the alternatives are apart.
    if (/\\[1-9]/.test(re.source)) throw new Error(`EdgeRule: back-reference in ${re.source}`);
    const flags = re.flags.replace(/[gy]/g, '');
    const split = alternatives(re.source).map(splitLookbehinds);
    this.parts = mergeParts(split, flags, true);
    this.anyParts = mergeParts(split, flags, false);
  }

  /** The match the regex finds from `from` (its lastIndex), or null. */
  exec(s: string, from = 0): RegExpExecArray | null {
    let best: RegExpExecArray | null = null;
    for (const p of this.parts) {
      const m = nextMatch(p, s, from);
      if (m && (!best || m.index < best.index)) best = m;
    }
    return best;
  }

  test(s: string): boolean {
    return this.anyParts.some((p) => nextMatch(p, s, 0) !== null);
  }

  /**
   * Every match a global regex's exec loop finds, in order. Each alternative's next match is
   * kept until the scan passes it: a long text with many matches of one alternative is not
   * scanned again for the others every time.
   */
  all(s: string): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    const next: (RegExpExecArray | null | undefined)[] = this.parts.map(() => undefined);
    let from = 0;
    for (;;) {
      let best: RegExpExecArray | null = null;
      for (let i = 0; i < this.parts.length; i++) {
        let m = next[i];
        if (m === undefined || (m !== null && m.index < from)) {
          m = nextMatch(this.parts[i]!, s, from);
          next[i] = m;
        }
        if (m && (!best || m.index < best.index)) best = m;
      }
      if (!best) return out;
      out.push(best);
      from = best.index + Math.max(1, best[0].length);
    }
  }
}
