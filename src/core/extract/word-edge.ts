// A leading lookbehind ('(?<![\p{L}])...') is tried at every position of a text, before the
// regex's first characters can rule a position out: a rule scans several times faster without
// it. These helpers check it in code, as the regex did: on the code point before the match (a
// surrogate pair read whole), moving on by one code point where it fails.

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

/** A test of one code point against a character class written for the 'u' flag. */
export function classTest(cls: RegExp): (cp: number) => boolean {
  const ascii = new Uint8Array(128);
  for (let c = 0; c < 128; c++) ascii[c] = cls.test(String.fromCharCode(c)) ? 1 : 0;
  return (cp) => (cp < 128 ? cp >= 0 && ascii[cp] === 1 : cls.test(String.fromCodePoint(cp)));
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
    const c = s.charCodeAt(m.index);
    const next = s.charCodeAt(m.index + 1);
    const pair = c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    re.lastIndex = m.index + (pair ? 2 : 1);
  }
  return null;
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
function classEnd(source: string, i: number): number {
  for (let j = i + 1; j < source.length; j++) {
    if (source[j] === '\\') j++;
    else if (source[j] === ']') return j;
  }
  return source.length;
}

/** The index of the ')' closing the group opened at i. */
function groupEnd(source: string, i: number): number {
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
  /** The lookbehind's class, checked in code; null for a part that had none. */
  before: ((cp: number) => boolean) | null;
}

/**
 * A regex whose alternatives open with a lookbehind of one character class ('(?<![\p{L}])...'),
 * each alternative scanned without it. `first` is the match the regex finds: leftmost, the
 * earlier alternative where two start at one place. Capture groups keep their places only in the
 * alternative that holds them, so callers read a match's index and text, not its groups.
 */
export class EdgeRule {
  private readonly parts: Part[];

  constructor(re: RegExp) {
    // Numbered back-references would point elsewhere once the alternatives are apart.
    if (/\\[1-9]/.test(re.source)) throw new Error(`EdgeRule: back-reference in ${re.source}`);
    const flags = re.flags.replace(/[gy]/g, '');
    this.parts = alternatives(re.source).map((a) => {
      const m = /^\(\?<!(\[(?:\\.|[^\]\\])*\])\)/.exec(a);
      if (!m) return { re: new RegExp(a, `${flags}g`), before: null };
      return {
        re: new RegExp(a.slice(m[0].length), `${flags}g`),
        before: classTest(new RegExp(m[1]!, flags)),
      };
    });
  }

  test(s: string): boolean {
    return this.parts.some((p) => {
      p.re.lastIndex = 0;
      return p.before ? execAfter(p.re, s, p.before) !== null : p.re.test(s);
    });
  }

  first(s: string): RegExpExecArray | null {
    let best: RegExpExecArray | null = null;
    for (const p of this.parts) {
      p.re.lastIndex = 0;
      const m = p.before ? execAfter(p.re, s, p.before) : p.re.exec(s);
      if (m && (!best || m.index < best.index)) best = m;
    }
    return best;
  }
}
