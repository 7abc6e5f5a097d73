// Lexicon entries -> regular-expression source. An entry is a lowercase word or phrase:
//   'liberat*'   any ending ('liberati', 'liberata'): the stem carries the meaning; in a phrase
//                each word may have its own ('rimess* in libertà');
//   '*أفرج*'     a clitic prefix of up to three Arabic-script letters ('وأفرج'), for Arabic and Persian;
//   'tra cui'    a phrase: any run of spaces between the words.
// Scripts written without spaces (Chinese, Japanese, Thai, Burmese) match without word edges.

// '-' is left as it is: it is special only inside a class, and '\-' is an error under the 'u' flag
// ('segunda-feira', 'porta-voz', 'Jean-Pierre').
import { trieSource } from './trie-source.ts';

const SPECIAL = /[.*+?^${}()|[\]\\/]/g;
const NO_SPACES = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Myanmar}]/u;

/** A literal string as regular-expression source. */
export function escapeRegExp(text: string): string {
  return text.replace(SPECIAL, '\\$&');
}

// Arabic-script letters that texts write one for another: Persian and Arabic yeh and kaf (a
// Persian text typed on an Arabic keyboard: 'محكوم', 'رضايي'), alef with or without its hamza
// ('إعتقال', 'القت'), teh marbuta as heh ('الناشطه'), and alef maksura as yeh ('الحكم علي'). One
// way only where the other would merge two words: an entry's yeh does not match alef maksura
// (the given name 'علي' is not the preposition 'على'). A zero-width non-joiner inside a Persian
// entry may be written as a space or left out ('روزنامه‌نگار', 'روزنامه نگار').
const SCRIPT_VARIANTS: Record<string, string> = {
  ی: '[یي]',
  ي: '[یي]',
  ى: '[ىيی]',
  ک: '[کك]',
  ك: '[کك]',
  ا: '[اأإ]',
  أ: '[أا]',
  إ: '[إا]',
  ة: '[ةه]',
  '\u200c': '[\u200c ]?',
};
const VARIANT_LETTERS = /[یيىکكاأإة\u200c]/g;

/** Escaped source with each Arabic-script letter that has variants as a class of them. */
export function withScriptVariants(source: string): string {
  return source.replace(VARIANT_LETTERS, (c) => SCRIPT_VARIANTS[c]!);
}

/** 'vermittlung' -> '[vV]ermittlung': the first letter in either case, the rest as written. */
function eitherInitial(word: string): string {
  const first = word[0]!;
  const upper = first.toUpperCase();
  const rest = escapeRegExp(word.slice(1));
  return upper === first ? escapeRegExp(word) : `[${first}${upper}]${rest}`;
}

function entrySource(entry: string, initials = false, variants = true): string {
  let e = entry.trim().toLowerCase();
  let prefix = '';
  if (e.startsWith('*')) {
    // Arabic letters only: an any-letter prefix lets every letter of a Latin or Cyrillic text
    // start a match attempt, which halved the extractor's speed.
    prefix = String.raw`\p{sc=Arabic}{0,3}`;
    e = e.slice(1);
  }
  // Any word of a phrase may take any ending ('rimess* in libertà', 'non è stat* liberat*').
  const word = (w: string) => {
    const stem = w.endsWith('*') ? w.slice(0, -1) : w;
    const plain = initials ? eitherInitial(stem) : escapeRegExp(stem);
    const source = variants ? withScriptVariants(plain) : plain;
    return stem === w ? source : String.raw`${source}\p{L}*`;
  };
  const body = e.split(/\s+/).map(word).join(String.raw`\s+`);
  return `${prefix}${body}`;
}

/** Longest first, so 'liberati' is tried before 'liberat*' can stop short in an alternation. */
function byLength(a: string, b: string): number {
  return b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * One source for a list of entries, whole words only (letters may not touch either end),
 * or null for an empty list. Use with the 'iu' flags. `variants`: Arabic-script letters match
 * their variants (SCRIPT_VARIANTS); without, each letter only itself (PhraseScanner's twin).
 */
export function wordsSource(entries: readonly string[], variants = true): string | null {
  const unique = [...new Set(entries.map((e) => e.trim().toLowerCase()).filter(Boolean))];
  if (unique.length === 0) return null;
  const bounded = unique.filter((e) => !NO_SPACES.test(e)).sort(byLength);
  const open = unique.filter((e) => NO_SPACES.test(e)).sort(byLength);
  const parts: string[] = [];
  if (bounded.length)
    parts.push(
      String.raw`(?<![\p{L}\p{M}])${trieSource(bounded.map((e) => entrySource(e, false, variants)))}(?![\p{L}])`,
    );
  if (open.length) parts.push(trieSource(open.map((e) => entrySource(e, false, variants))));
  return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
}

/** Like wordsSource, without the edges: for splicing into a pattern that has its own. */
export function bareSource(entries: readonly string[]): string | null {
  const unique = [...new Set(entries.map((e) => e.trim().toLowerCase()).filter(Boolean))];
  if (unique.length === 0) return null;
  return trieSource(unique.sort(byLength).map((e) => entrySource(e)));
}

/**
 * Like bareSource, for rules that must stay case-sensitive (capitals there mark names): each
 * word may start with a capital ('Sondergesandter', 'unter Vermittlung der', 'Special envoy').
 * Node 22 has no '(?i:...)' groups, so the case is spelt out.
 */
export function initialCaseSource(entries: readonly string[]): string | null {
  const unique = [...new Set(entries.map((e) => e.trim().toLowerCase()).filter(Boolean))];
  if (unique.length === 0) return null;
  return trieSource(unique.sort(byLength).map((e) => entrySource(e, true)));
}

/** `base` or-ed with the entries' words, as one case-insensitive Unicode regex. */
export function withWords(base: RegExp, entries: readonly string[], flags = 'iu'): RegExp {
  const extra = wordsSource(entries);
  return new RegExp(extra ? `${base.source}|${extra}` : base.source, flags);
}

/**
 * For a cheap pre-test only: each entry as plain text a match of it must contain, a phrase
 * whole ('deal\s+with', not 'with' alone, which lets half of all sentences through), a word's
 * ending or an Arabic clitic left out ('liberat' for 'liberat*'), and none that a shorter
 * word already starts ('felold' covers 'feloldott'). A list of such literals scans far faster
 * than the full alternation; the full pattern then decides. Null for an empty list. Needs no
 * 'u' flag (see hintRegExp).
 */
export function hintSource(entries: readonly string[]): string | null {
  const phrases = [
    ...new Set(
      entries
        .map((e) => e.trim().toLowerCase().replace(/^\*/, '').replace(/\*$/, ''))
        .filter(Boolean),
    ),
  ].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const words: string[] = [];
  const kept: string[] = [];
  for (const p of phrases) {
    if (words.some((w) => p.startsWith(w))) continue;
    if (!/[\s*]/.test(p)) words.push(p);
    // A mark inside a phrase ('rimess* in libertà') stands for any ending.
    kept.push(
      p
        .split(/\s+/)
        .map((w) =>
          w
            .split('*')
            .map((p) => withScriptVariants(escapeRegExp(p)))
            .join('\\S*'),
        )
        .join('\\s+'),
    );
  }
  return kept.length ? trieSource(kept) : null;
}

/**
 * A pre-test as a case-insensitive regex, without the 'u' flag when its source needs none (no
 * '\p{...}' class, no '\u{...}' escape): V8 scans an alternation of plain words about twice as
 * fast without it. Both modes fold the case of the lists' letters alike; they differ only for
 * a few signs (the Kelvin and Ångström signs fold under 'u' alone, dotless 'ı' without it),
 * which a pre-test that lets a sentence through to its rule may ignore.
 */
export function hintRegExp(source: string): RegExp {
  return new RegExp(source, /\\[pPu]\{/.test(source) ? 'iu' : 'i');
}
