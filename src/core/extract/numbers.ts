// Quantities in a sentence: digits or number words (EN + RU) with their qualifier.
import type { CountQualifier } from './contract.ts';
import { HAN_MORE_AFTER, hanQuantities } from './han-numbers.ts';
import {
  ALL_LANGUAGES,
  bareSource,
  type Lexicon,
  perLexicon,
  qualifierWords,
  valuesOf,
} from './lexicons/index.ts';
import { trieSource } from './lexicons/trie-source.ts';
import { BASE_WORDS, HUNDREDS, SCALES, TENS, UNITS, VAGUE } from './number-words.ts';
import type { Quantity } from './quantity.ts';

export type { Quantity } from './quantity.ts';

const BASE_QUALIFIERS: [RegExp, CountQualifier][] = [
  [
    /(?:more than|over|upwards of|in excess of|more then|above|более|больше|свыше)\s+$/iu,
    'more_than',
  ],
  [
    /(?:at least|no fewer than|no less than|не менее|как минимум|по меньшей мере|минимум)\s+$/iu,
    'at_least',
  ],
  [
    /(?:about|around|roughly|approximately|some|an estimated|около|примерно|порядка|приблизительно)\s+$/iu,
    'about',
  ],
  [/(?:almost|nearly|close to|just under|почти|практически|без малого)\s+$/iu, 'almost'],
  [/(?:up to|as many as|до)\s+$/iu, 'up_to'],
];

// Each language's qualifier phrases ('più di', 'mindestens') before the same end anchor.
// Chinese writes no space between a qualifier and its number ('超过9000'): after a Han
// character the space may be missing.
function qualifiers(lx: Lexicon): [RegExp, CountQualifier][] {
  return BASE_QUALIFIERS.map(([re, q]) => {
    const extra = q === 'exact' ? null : bareSource(qualifierWords(lx, q));
    if (!extra) return [re, q];
    const source = re.source.replace(/\)\\s\+\$$/, `|${extra})(?:\\s+|(?<=\\p{sc=Han}))$`);
    return [new RegExp(source, re.flags), q];
  });
}
// Turkish puts 'more than' after the figure, on its case ending: '1.100'den fazla', '300'ü aşkın';
// Azerbaijani after a hyphen ('350-dən çox'), Georgian too ('80-ზე მეტი').
const TURKISH_MORE_AFTER =
  /^(?:['’]?(?:[dt][ae]n\s+(?:fazla|çok)|[üuıi]\s+aşkın)|-?[dt][əa]n\s+(?:çox|artıq)|-?ზე\s+მეტი)(?![\p{L}])/u;
// Japanese kana too: '政府は5774人' runs the particle into the figure.
const HAN = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const HAN_NUMERAL = /[一二两兩三四五六七八九十百千]/u;

// Arabic-Indic (٠-٩), Persian (۰-۹) and Bengali (০-৯) digits count as digits: the news in those
// languages uses them.
const D = '[0-9\u0660-\u0669\u06f0-\u06f9\u09e6-\u09ef]';
const DIGITS = new RegExp(`${D}{1,3}(?:[,\u00a0\u202f \u066c.]${D}{3})+(?!${D})|${D}+`, 'y');
const ANY_DIGIT = new RegExp(D);

/** '٥٢', '৫২' -> '52', one character for one (offsets stay): dates.ts reads dates so too. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9\u09e6-\u09ef]/g, (c) => {
    const code = c.charCodeAt(0);
    return String(code >= 0x9e6 ? code - 0x9e6 : (code - 0x660) % 0x90);
  });
}
// Marks too: Bengali writes vowels as signs ('পাঁচ', five), which would cut a word short.
// Ukrainian writes an apostrophe inside number words ('п’ять', 'дев'ять'; the lists spell it
// 'ʼ'), and broken copies put a space after it ('п’ яти').
const WORD = /[\p{L}\p{M}]+(?:[’'ʼ] ?[\p{L}\p{M}]+)*/uy;

interface Parsed {
  value: number;
  end: number;
  vague: boolean;
}

// Turkish 'İ' lower-cases to 'i' and a combining dot: 'İki gazeteci' (two journalists) opens a
// sentence.
const lower = (word: string) => word.replace(/İ/gu, 'i').toLowerCase();

function wordAt(s: string, i: number): { word: string; end: number } | null {
  WORD.lastIndex = i;
  const m = WORD.exec(s);
  return m ? { word: lower(m[0]).replace(/[’'ʼ] ?/gu, 'ʼ'), end: i + m[0].length } : null;
}

/** A table entry for a word, never an inherited one ('constructor', 'toString' are words too). */
function own(table: Record<string, number>, word: string): number | undefined {
  return Object.hasOwn(table, word) ? table[word] : undefined;
}

/** Parses number words from position i ('fifty-two', 'a thousand', 'two dozen'). */
function parseWords(s: string, i: number): Parsed | null {
  let total = 0;
  let current = 0;
  let pos = i;
  let end = -1;
  let first = wordAt(s, pos);
  if (!first) return null;
  if (first.word === 'a' || first.word === 'an') {
    const next = wordAt(s, skipSpace(s, first.end));
    if (next && (next.word === 'thousand' || next.word === 'hundred' || next.word === 'dozen')) {
      current = 1;
      pos = skipSpace(s, first.end);
      first = next;
    } else return null;
  }
  const vague = own(VAGUE, first.word);
  if (vague !== undefined && current === 0) return { value: vague, end: first.end, vague: true };
  for (let w = wordAt(s, pos); w; w = wordAt(s, pos)) {
    const unit = own(UNITS, w.word) ?? own(TENS, w.word) ?? own(HUNDREDS, w.word);
    // 'two to Lithuania', 'uno ni otro': a word that is a number only in Scandinavian text never
    // continues a number (Norwegian writes 22 'tjueto' or 'to og tjue', not 'tjue to').
    if (unit !== undefined && end > 0 && SCANDINAVIAN_ONLY.has(w.word)) break;
    if (unit !== undefined) current += unit;
    else if (w.word === 'dozen' && current > 0) current *= 12;
    else if (own(SCALES, w.word) && (current > 0 || w.word.startsWith('тысяч'))) {
      const scale = own(SCALES, w.word)!;
      if (scale === 100) current *= 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else if (w.word === 'and' && end > 0) {
      pos = skipSpace(s, w.end);
      continue;
    } else break;
    end = w.end;
    const sep = s[w.end];
    pos = sep === '-' || sep === ' ' ? w.end + 1 : w.end;
    if (sep !== '-' && sep !== ' ') break;
  }
  if (end < 0) return null;
  return { value: total + current, end, vague: false };
}

function skipSpace(s: string, i: number): number {
  let j = i;
  while (s[j] === ' ') j++;
  return j;
}

function qualifierBefore(
  s: string,
  at: number,
  found: readonly [RegExp, CountQualifier][],
): { q: CountQualifier; start: number } {
  const head = s.slice(Math.max(0, at - 24), at);
  for (const [re, q] of found) {
    const m = re.exec(head);
    if (m) return { q, start: at - (head.length - m.index) };
  }
  return { q: 'exact', start: at };
}

const WORD_CHAR = /[\p{L}\d]/u;

/** A set of word lists' qualifiers and where its quantities may start. */
const numberRules = perLexicon((lx) => {
  // Where a quantity may start: a digit, a number word, or 'a'/'an' before dozen/hundred/thousand.
  // Turkish capitalises a word's 'i' as 'İ', which no case-insensitive match folds to it ('İki').
  const words = [
    ...new Set([...BASE_WORDS, ...valuesOf('numbers', lx).keys(), ...valuesOf('vague', lx).keys()]),
  ]
    .flatMap((w) => (w.startsWith('i') ? [w, `İ${w.slice(1)}`] : [w]))
    .sort((a, b) => b.length - a.length)
    // 'пʼять' in the lists is written 'п’ять', 'п'ять' or, broken, 'п’ ять' (wordAt folds them).
    .map((w) => w.replace(/ʼ/gu, "[’'ʼ] ?"));
  return {
    qualifiers: qualifiers(lx),
    start: new RegExp(
      `(?:${D}|an?(?=\\s+(?:dozen|hundred|thousand)(?![\\p{L}]))|${trieSource(words)}(?![\\p{L}]))`,
      'giu',
    ),
  };
});

/**
 * Number words of one language that are a common function word of another, by the language
 * they are not numbers in: Portuguese 'dos' (of the) is Spanish 2 ('libertação dos bispos').
 */
const NOT_A_NUMBER_IN: Readonly<Record<string, ReadonlySet<string>>> = {
  pt: new Set(['dos']),
};

/**
 * Norwegian number words that are common words elsewhere: English 'to' and 'fire', Spanish and
 * French 'ni', Italian 'ti'. They count only in Scandinavian text (Danish and Swedish, which have
 * no list and are read with every list, share 'to', 'fire', 'ni' and 'ti' or none of them).
 */
const SCANDINAVIAN_ONLY: ReadonlySet<string> = new Set(['to', 'fire', 'ni', 'ti']);
const SCANDINAVIAN = new Set(['no', 'nb', 'nn', 'da', 'sv']);

const SKIPPED_BY_LANGUAGE = new Map<string, ReadonlySet<string> | undefined>();

/** The number words a report in this language does not count; one set a language, kept. */
function skippedIn(language: string): ReadonlySet<string> | undefined {
  if (SKIPPED_BY_LANGUAGE.has(language)) return SKIPPED_BY_LANGUAGE.get(language);
  // Own entries only: a caller's language may be any string ('constructor').
  const own = Object.hasOwn(NOT_A_NUMBER_IN, language) ? NOT_A_NUMBER_IN[language] : undefined;
  // One set for every language that adds none of its own: answers made with it are shared.
  const skipped = SCANDINAVIAN.has(language)
    ? own
    : own
      ? new Set([...own, ...SCANDINAVIAN_ONLY])
      : SCANDINAVIAN_ONLY;
  SKIPPED_BY_LANGUAGE.set(language, skipped);
  return skipped;
}

// The count and the remaining rules both read every sentence's quantities: the last answer is
// kept (read-only to callers) so a sentence is scanned once. The language only matters through
// the words it does not count (NOT_A_NUMBER_IN, SCANDINAVIAN_ONLY): answers made with the same
// such words are the same. A caller that gives no language (the remaining rule, which skips
// figures under 20 anyway) takes the answer made with one, or one without the Scandinavian words.
let lastText: string | null = null;
let lastSkipped: ReadonlySet<string> | undefined;
let lastLexicon: Lexicon | null = null;
let lastFound: readonly Quantity[] = [];

/**
 * Sentences scanned, per set of word lists and set of words not counted, until there are this
 * many: the detention rules read a sentence's quantities again after the release rules and
 * other sentences, past the last answer kept above.
 */
const SCANS_KEPT = 2000;
const scans = perLexicon(
  () => new Map<ReadonlySet<string> | undefined, Map<string, readonly Quantity[]>>(),
);

function keptScan(
  s: string,
  skipped: ReadonlySet<string> | undefined,
  lx: Lexicon,
): readonly Quantity[] {
  const bySkipped = scans(lx);
  let kept = bySkipped.get(skipped);
  if (!kept) {
    kept = new Map();
    bySkipped.set(skipped, kept);
  }
  let found = kept.get(s);
  if (!found) {
    found = scanQuantities(s, skipped, lx);
    if (kept.size >= SCANS_KEPT) kept.clear();
    kept.set(s, found);
  }
  return found;
}

/** Every quantity in s, left to right; `language` is the report's, when known. */
export function findQuantities(
  s: string,
  language?: string,
  lx: Lexicon = ALL_LANGUAGES,
): readonly Quantity[] {
  const skipped = language ? skippedIn(language) : SCANDINAVIAN_ONLY;
  if (s !== lastText || lx !== lastLexicon || (language !== undefined && skipped !== lastSkipped)) {
    lastFound = keptScan(s, skipped, lx);
    lastText = s;
    lastSkipped = skipped;
    lastLexicon = lx;
  }
  return lastFound;
}

function scanQuantities(
  s: string,
  notNumbers: ReadonlySet<string> | undefined,
  lx: Lexicon,
): Quantity[] {
  const out: Quantity[] = [];
  const { qualifiers: found, start: startRe } = numberRules(lx);
  startRe.lastIndex = 0;
  for (let m = startRe.exec(s); m; m = startRe.exec(s)) {
    const i = m.index;
    // Word start checked here, not by a lookbehind: the regex then scans much faster.
    // Chinese runs digits into the words around them ('特赦5800多名'): a Han character before a
    // digit is no word edge.
    const digit = ANY_DIGIT.test(m[0]);
    if (i > 0 && WORD_CHAR.test(s[i - 1]!) && !(digit && HAN.test(s[i - 1]!))) {
      startRe.lastIndex = i + 1;
      continue;
    }
    if (!digit && notNumbers?.has(lower(m[0]))) continue;
    const parsed = digit ? parseDigits(s, i) : parseWords(s, i);
    // Beyond 2^53 a figure is no longer exact (and no release frees that many): not a count.
    if (!parsed || !Number.isSafeInteger(parsed.value)) {
      const w = wordAt(s, i);
      startRe.lastIndex = w ? w.end : i + 1;
      continue;
    }
    const before = qualifierBefore(s, i, found);
    const start = before.start;
    let q = before.q;
    let end = parsed.end;
    if (digit && q === 'exact' && HAN_MORE_AFTER.test(s.slice(end, end + 1))) {
      q = 'more_than';
      end += 1;
    }
    const turkish = digit && q === 'exact' ? TURKISH_MORE_AFTER.exec(s.slice(end, end + 16)) : null;
    if (turkish) {
      q = 'more_than';
      end += turkish[0].length;
    }
    out.push({
      value: parsed.value,
      qualifier: parsed.vague && q === 'exact' ? 'at_least' : q,
      start,
      end,
      numberStart: i,
      vague: parsed.vague,
    });
    startRe.lastIndex = parsed.end;
  }
  if (HAN_NUMERAL.test(s)) {
    for (const h of hanQuantities(s)) {
      const before = h.qualifier === 'exact' ? qualifierBefore(s, h.start, found) : null;
      out.push(before ? { ...h, qualifier: before.q, start: before.start } : h);
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

// A thousand written as a word after digits: '60 ألف', '35 tysięcy', '15 mil', '60 mila', '35
// bin', '35 Tausend', '35 тысяч'. Only after plain digits (no thousands mark: '1.100 mil' is no
// figure anyone writes) and as a whole word.
const THOUSAND_AFTER =
  /^[ \u00a0](?:thousand|тысяч[аи]?|тисяч[іа]?|тысяч|tysięcy|tysiące|tysiąc|tausend|mil|mila|mille|bin|ألف|ألفا|ألفًا|ألفاً|آلاف|هزار|ezer|tūkstan\p{L}*|tūkst\.|hiljad[aeu]?|хиљад[аеу]?|tisoč|tisuća|tisuće|χιλιάδες|nghìn|ngàn)(?![\p{L}])/u;

function parseDigits(s: string, i: number): Parsed | null {
  DIGITS.lastIndex = i;
  const m = DIGITS.exec(s);
  if (!m) return null;
  const value = Number(asciiDigits(m[0]).replace(/[^\d]/g, ''));
  if (!Number.isFinite(value)) return null;
  const end = i + m[0].length;
  const scale = /\D/u.test(asciiDigits(m[0])) ? null : THOUSAND_AFTER.exec(s.slice(end, end + 16));
  if (scale) return { value: value * 1000, end: end + scale[0].length, vague: false };
  return { value, end, vague: false };
}
