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
