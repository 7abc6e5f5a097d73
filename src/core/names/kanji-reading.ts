/**
 * Readings of Japanese names written in kanji (安倍晋三 Abe Shinzo), by the team's table of
 * names (data/japanese-names.ts), and the one key every spelling of a reading is compared on
 * (press Hepburn, Kunrei, long vowels written out or marked, Russian Polivanov).
 *
 * A name is split as Japanese write it, surname first: every listed surname that opens it and
 * leaves a given name the table lists or kana can read (longest first), else the longest listed
 * surname alone. A name whose opening is no listed surname gets no reading, so that Chinese
 * names keep their Pinyin path (foreign.ts).
 */
import anyAscii from 'any-ascii';
import {
  JAPANESE_GIVEN_NAMES,
  JAPANESE_GIVEN_NAMES_WOMEN,
  JAPANESE_NAME_ENDINGS,
  JAPANESE_SURNAMES,
  KANJI_VARIANTS,
} from './data/japanese-names.ts';

/** One way of splitting a name: its surname and given name with their readings (keys). */
export interface KanjiSplit {
  surname: string;
  surnames: string[];
  given: string;
  /** Null when the table does not list the given name (and it has no kana to read). */
  givens: string[] | null;
  /** The given name was read from kana, which leave no doubt about its reading. */
  fromKana: boolean;
}

interface Tables {
  surnames: Map<string, string[]>;
  givens: Map<string, string[]>;
  endings: Map<string, string[]>;
  variants: Map<string, string>;
  /** Every given-name reading the table has: a Latin given name that is one names someone. */
  givenKeys: Set<string>;
  /** Every surname reading the table has (the candidate index files Latin names by them). */
  surnameKeys: Set<string>;
}

let tables: Tables | null = null;

/** Built on first use: most name comparisons never meet a kanji name. */
function loadTables(): Tables {
  if (tables) return tables;
  const givens = entries(`${JAPANESE_GIVEN_NAMES}\n${JAPANESE_GIVEN_NAMES_WOMEN}`);
  const variants = new Map<string, string>();
  for (const pair of KANJI_VARIANTS.trim().split(/\s+/)) {
    const [from, to] = [...pair];
    if (from && to) variants.set(from, to);
  }
  const surnames = entries(JAPANESE_SURNAMES);
  tables = {
    surnames,
    givens,
    endings: entries(JAPANESE_NAME_ENDINGS),
    variants,
    givenKeys: new Set([...givens.values()].flat()),
    surnameKeys: new Set([...surnames.values()].flat()),
  };
  return tables;
}

function entries(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const entry of text.trim().split(/\s+/)) {
    const [kanji = '', readings = ''] = entry.split(':');
    const keys = readings.split('/').map(hepburnKey);
    out.set(kanji, [...new Set([...(out.get(kanji) ?? []), ...keys])]);
  }
  return out;
}

/** Kanji and the iteration mark 々 (佐々木). */
const KANJI = /^[\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]$/u;
const KANA = /^[\u3041-\u3096\u30a1-\u30fa\u30fc]$/u;
const isKanji = (c: string) => KANJI.test(c);
const isKana = (c: string) => KANA.test(c);

/** The longest surname the table has (五十嵐, 佐久間, 長谷川: three kanji). */
const MAX_SURNAME = 4;

/** A name's splits into surname and given name, or null when no listed surname opens it. */
export function readKanjiName(input: string): KanjiSplit[] | null {
  const t = loadTables();
  const parts = input
    .normalize('NFC')
    .trim()
    .split(/[\s\u3000・]+/u);
  if (parts.length > 2) return null;
  const fold = (s: string) => [...s].map((c) => t.variants.get(c) ?? c).join('');
  if (parts.length === 2) {
    const surname = fold(parts[0]!);
    const readings = t.surnames.get(surname);
    return readings ? [split(t, surname, readings, fold(parts[1]!))] : null;
  }
  const chars = [...fold(parts[0]!)];
  if (chars.length < 2 || !isKanji(chars[0]!)) return null;
  const out: KanjiSplit[] = [];
  for (let n = Math.min(MAX_SURNAME, chars.length - 1); n >= 1; n--) {
    const surname = chars.slice(0, n).join('');
    const readings = t.surnames.get(surname);
    if (readings) out.push(split(t, surname, readings, chars.slice(n).join('')));
  }
  if (out.length === 0) return null;
  const read = out.filter((s) => s.givens);
  return read.length > 0 ? read : [out[0]!];
}

function split(t: Tables, surname: string, surnames: string[], given: string): KanjiSplit {
  const listed = t.givens.get(given);
  if (listed) return { surname, surnames, given, givens: listed, fromKana: false };
  const kana = [...given].some(isKana);
  return { surname, surnames, given, givens: kana ? readMixed(t, given) : null, fromKana: kana };
}

/**
 * A given name of kana and kanji (ひで子, アヤ子, 信ひろ): the kana by their sounds, each run of
 * kanji as a listed given name or a listed ending. Null when a kanji is neither.
 */
function readMixed(t: Tables, given: string): string[] | null {
  let readings = [''];
  for (const run of given.match(
    /[\u3041-\u3096\u30a1-\u30fa\u30fc]+|[^\u3041-\u3096\u30a1-\u30fa\u30fc]+/gu,
  ) ?? []) {
    const parts = isKana(run[0]!) ? [readKana(run)] : (t.givens.get(run) ?? t.endings.get(run));
    if (!parts) return null;
    readings = readings.flatMap((r) => parts.map((p) => r + p));
  }
  return [...new Set(readings.map(hepburnKey))];
}

/** Kana with a small ya, yu or yo after them (きょ kyo): any-ascii reads them kiyo. */
const YOON: Record<string, string> = {
  き: 'ky',
  ぎ: 'gy',
  し: 'sh',
  じ: 'j',
  ち: 'ch',
  ぢ: 'j',
  に: 'ny',
  ひ: 'hy',
  び: 'by',
  ぴ: 'py',
  み: 'my',
  り: 'ry',
  キ: 'ky',
  ギ: 'gy',
  シ: 'sh',
  ジ: 'j',
  チ: 'ch',
  ヂ: 'j',
  ニ: 'ny',
  ヒ: 'hy',
  ビ: 'by',
  ピ: 'py',
  ミ: 'my',
  リ: 'ry',
};
const SMALL_Y: Record<string, string> = { ゃ: 'a', ゅ: 'u', ょ: 'o', ャ: 'a', ュ: 'u', ョ: 'o' };
const YOON_PAIR = /([きぎしじちぢにひびぴみりキギシジチヂニヒビピミリ])([ゃゅょャュョ])/gu;

/** Kana in Hepburn: any-ascii, with the contracted sounds (じゅん jun) read first. */
export function readKana(kana: string): string {
  const s = kana.replace(YOON_PAIR, (_, c: string, y: string) => YOON[c]! + SMALL_Y[y]!);
  return anyAscii(s).toLowerCase();
}

/** Russian letters as the Polivanov system writes Japanese sounds (си shi, дзи ji, цу tsu). */
const POLIVANOV: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'w',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'r',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'i',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};
const CYRILLIC = /[\u0400-\u04ff]/u;

/**
 * The key a Japanese word is compared on, whichever romanisation wrote it: press Hepburn with
 * long vowels once (Shinzō, Shinzou, Ohno, Oono as shinzo, ono), Kunrei and Nihon-shiki
 * (si, ti, tu, hu, zi, sya as shi, chi, tsu, fu, ji, sha), n before b, m, p (Jumpei, Homma),
 * and Russian letters read by Polivanov (Синдзо shinzo).
 */
export function hepburnKey(word: string): string {
  const lower = word.toLowerCase();
  const latin = CYRILLIC.test(lower)
    ? [...lower]
        .map((c) => POLIVANOV[c] ?? c)
        .join('')
        .replace(/dz/g, 'z')
    : anyAscii(lower);
  return latin
    .replace(/[^a-z]/g, '')
    .replace(/oh(?![aeiouy])/g, 'o')
    .replace(/ou|oo/g, 'o')
    .replace(/uu/g, 'u')
    .replace(/sy/g, 'sh')
    .replace(/(?<![cs])ty/g, 'ch')
    .replace(/[zd]y/g, 'j')
    .replace(/jy/g, 'j')
    .replace(/si/g, 'shi')
    .replace(/ti/g, 'chi')
    .replace(/tu/g, 'tsu')
    .replace(/(?<![cs])hu/g, 'fu')
    .replace(/[zd]i/g, 'ji')
    .replace(/du/g, 'zu')
    .replace(/cch/g, 'tch')
    .replace(/m(?=[bmp])/g, 'n');
}

/** Whether a Latin given name is a reading the table lists for some name (akie, naoto). */
export function knownGivenReading(key: string): boolean {
  return loadTables().givenKeys.has(key);
}

/** Whether a Latin word's key is a surname reading the table lists (kubota, abe). */
export function knownSurnameReading(key: string): boolean {
  return loadTables().surnameKeys.has(key);
}

/** Vowels with a macron or a circumflex, as hepburnKey reads them (Shinzō, Yūko). */
const MARKED_VOWELS = 'āēīōūâêîôûĀĒĪŌŪÂÊÎÔÛ';
/** Russian letters Polivanov never writes: a word with one is no Japanese name. */
const NOT_POLIVANOV = 'лщъыьЛЩЪЫЬ';
const VOWEL = 1;
/** The last letter that counts while a word is tested: a vowel, a consonant, or none. */
let prev = 0;

/** a, e, i, o, u. */
const isVowelCode = (c: number) => c === 97 || c === 101 || c === 105 || c === 111 || c === 117;

/**
 * Whether a word could be a Japanese reading as hepburnKey reads it (Hepburn, Kunrei, oh and
 * macrons, Polivanov's Russian letters): none of l, q, v, x; consonants together only in the
 * clusters those systems write; a last consonant only n, or h after a vowel (Satoh). A quick
 * test, by char code, so that the candidate index does not build the key for every name it
 * files; it lets through some names that are not Japanese (Maria, Мария), never turns away one
 * that hepburnKey would read as a listed name.
 */
export function mayBeJapaneseWord(word: string): boolean {
  prev = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x80) {
      if (!step(c >= 65 && c <= 90 ? c | 0x20 : c)) return false;
      continue;
    }
    const ch = word[i]!;
    if (MARKED_VOWELS.includes(ch)) {
      prev = VOWEL;
      continue;
    }
    if (c < 0x400 || c > 0x4ff || NOT_POLIVANOV.includes(ch)) return false;
    const latin = POLIVANOV[ch.toLowerCase()];
    if (latin === undefined) return false;
    for (let k = 0; k < latin.length; k++) if (!step(latin.charCodeAt(k))) return false;
  }
  return prev <= VOWEL || prev === 110; // n
}

/** One lower-case ASCII character of the word tested; false when no reading has it there. */
function step(c: number): boolean {
  if (isVowelCode(c)) {
    prev = VOWEL;
    return true;
  }
  // A hyphen or an apostrophe (Shin'ichi) starts a syllable.
  if (c === 45 || c === 39) {
    prev = 0;
    return true;
  }
  if (c < 97 || c > 122 || c === 108 || c === 113 || c === 118 || c === 120) return false; // l q v x
  // h after a vowel lengthens it (Ohno, Satoh): the vowel stays the letter before.
  if (c === 104 && prev === VOWEL) return true;
  if (prev > VOWEL && !follows(prev, c)) return false;
  prev = c;
  return true;
}

/** Consonants that may follow another: doubled, n or m before any (Homma), ts, sh, ch, tch, -y. */
function follows(x: number, y: number): boolean {
  return (
    x === y ||
    x === 110 || // n
    x === 109 || // m
    y === 121 || // y
    (y === 104 && (x === 115 || x === 99)) || // sh, ch
    (x === 116 && (y === 115 || y === 99)) || // ts, tch
    (x === 100 && y === 122) // dz (Polivanov's дз)
  );
}
