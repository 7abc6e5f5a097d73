// ELD's n-gram table (eld/small), read from the package's own files into flat typed arrays for
// eld-scores.ts; null when those files cannot be read or hold a table of another shape.

interface EldData {
  type: string;
  languages: Record<string, string>;
  ngrams: Record<string, Record<string, number>>;
}

/** Added to every table score by ELD's calculateScores (the table stores them less it). */
const BASE_SCORE = 53;

/** ELD's internal files, beside the entry the package exports. */
async function eldFile<T>(name: string): Promise<T | null> {
  try {
    return (await import(new URL(name, import.meta.resolve('eld/small')).href)) as T;
  } catch {
    return null;
  }
}

const [data, patterns, dict] = await Promise.all([
  eldFile<{ ngramsData: EldData }>('../ngrams/small.js'),
  eldFile<{ separators: RegExp }>('../regexPatterns.js'),
  eldFile<{ dictionary: string[] }>('../dictionary.js'),
]);

// A n-gram is at most 6 characters of code 0-255 (bytes as ELD's dictionary spells them), the
// length in the bits above: a whole number below 2^51, hashed into an open-addressing table.
const BITS = 18;
export const MASK = (1 << BITS) - 1;

export interface Table {
  codes: string[];
  separators: RegExp;
  dictionary: Int32Array;
  keys: Float64Array;
  /** A slot's first pair in `pairs` times 64, plus its number of pairs. */
  slots: Int32Array;
  /** language << 16 | score (base added). */
  pairs: Int32Array;
}

export function hash(lo: number, hi: number): number {
  return Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1) >>> (32 - BITS);
}

/** The table's n-grams as numbers, or null when one does not fit (a table of another shape). */
export function readTable(): Table | null {
  if (!data || !patterns || !dict || data.ngramsData.type !== 'S60') return null;
  const { languages, ngrams } = data.ngramsData;
  const codes = Object.keys(languages).map((k, i) => (k === String(i) ? languages[k]! : ''));
  if (codes.includes('') || codes.length > 64) return null;
  const dictionary = Int32Array.from(dict.dictionary, (c) =>
    c.length === 1 ? c.charCodeAt(0) : -1,
  );
  if (dictionary.length !== 256 || dictionary.some((c) => c < 0 || c > 255)) return null;
  const keys = new Float64Array(MASK + 1).fill(-1);
  const slots = new Int32Array(MASK + 1);
  const flat: number[] = [];
  let entries = 0;
  for (const gram in ngrams) {
    const key = gramKey(gram);
    const scores = ngrams[gram]!;
    const first = flat.length;
    for (const l in scores) {
      const score = scores[l]! + BASE_SCORE;
      const lang = Number(l);
      if (!Number.isInteger(lang) || lang < 0 || lang >= codes.length) return null;
      if (!(score >= 0 && score < 1 << 16)) return null;
      flat.push((lang << 16) | score);
    }
    if (key < 0 || flat.length - first >= 64 || flat.length > 1 << 24) return null;
    if (++entries > (MASK + 1) / 2) return null;
    let h = hash(key % 2 ** 32, Math.floor(key / 2 ** 32));
    while (keys[h] !== -1) h = (h + 1) & MASK;
    keys[h] = key;
    slots[h] = first * 64 + (flat.length - first);
  }
  return {
    codes,
    separators: patterns.separators,
    dictionary,
    keys,
    slots,
    pairs: Int32Array.from(flat),
  };
}

function gramKey(gram: string): number {
  if (gram.length > 6) return -1;
  let key = gram.length * 2 ** 48;
  for (let i = 0; i < gram.length; i++) {
    const c = gram.charCodeAt(i);
    if (c > 255) return -1;
    key += c * 2 ** (8 * i);
  }
  return key;
}
