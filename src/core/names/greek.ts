/**
 * Greek letter pairs any-ascii reads letter by letter, read as names write them (foreign.ts
 * romaniseName, before any-ascii):
 *
 * - ου is u, written ou (Varoufakis); any-ascii writes oy;
 * - Modern Greek writes b, d and g as μπ, ντ and γκ: at the start of a word they are b, d, g
 *   (Μπόρις = Boris, Ντίμα = Dima) and at the end (Χαμίντ = Hamid), inside one mb, nd, ng
 *   (Λαμπράκης = Lambrakis); any-ascii
 *   reads them mp, nt, gk, which no other spelling of the name has;
 * - a Greek word does not end in φ: a name that does is a Slavic -ov, -ev (Νεμτσόφ = Nemtsov),
 *   read as β.
 *
 * These were three replacements, one after another (/[οόΟ][υύΥ]/gu, then
 * /[μΜ][πΠ]|[νΝ][τΤ]|[γΓ][κΚ]/gu, then /φ(?!\p{L})/gu); they are read here in one pass, with the
 * same result (test/core/names/fast-paths-compare.test.ts): no pair's letters overlap another
 * rule's, ου keeps the text's length, and every letter written is a letter, so the letter
 * before a stop pair and after a φ can be read in the text itself.
 */
export function greekLetters(text: string): string {
  let out = '';
  let done = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let put: string | null = null;
    let width = 2;
    if (c === 0x3c6) {
      // φ before no letter (the end, a space, a hyphen).
      if (!LETTER_START.test(text.slice(i + 1, i + 3))) put = 'β';
      width = 1;
    } else {
      put = pairReading(text, i, c);
    }
    if (put === null) continue;
    out += text.slice(done, i) + put;
    done = i + width;
    i += width - 1;
  }
  return done === 0 ? text : out + text.slice(done);
}

const LETTER = /\p{L}/u;
const LETTER_START = /^\p{L}/u;

/** The reading of the pair at `i` (ου, μπ, ντ, γκ in either case), or null. */
function pairReading(text: string, i: number, c: number): string | null {
  if (i + 1 >= text.length) return null;
  const d = text.charCodeAt(i + 1);
  if ((c === 0x3bf || c === 0x3cc || c === 0x39f) && (d === 0x3c5 || d === 0x3cd || d === 0x3a5))
    return c === 0x39f && d === 0x3a5 ? 'OU' : 'ou';
  const stop = STOPS[lowerStop(c)];
  if (!stop || (d !== stop.second && d !== stop.second - 0x20)) return null;
  // No Greek word ends in ντ, μπ or γκ: at the end they write a foreign name's d, b, g
  // (Χαμίντ = Hamid, Σαΐντ = Said), as at the start.
  const last = i + 2 >= text.length || !LETTER.test(text[i + 2]!);
  const word = i > 0 && LETTER.test(text[i - 1]!) && !last ? stop.medial : stop.initial;
  // A capital first letter (Μπ, ΜΠ) capitalises the reading.
  return c === lowerStop(c) ? word : word[0]!.toUpperCase() + word.slice(1);
}

/** μ, ν, γ for themselves or their capitals; any other code as it is. */
function lowerStop(c: number): number {
  return c === 0x39c || c === 0x39d || c === 0x393 ? c + 0x20 : c;
}

const STOPS: Record<number, { second: number; initial: string; medial: string }> = {
  // μπ, ντ, γκ: the second letter in lower case (its capital is 0x20 below).
  956: { second: 0x3c0, initial: 'b', medial: 'mb' },
  957: { second: 0x3c4, initial: 'd', medial: 'nd' },
  947: { second: 0x3ba, initial: 'g', medial: 'ng' },
};
