// ELD's answer (eld/small: the best language and every language's score) computed from ELD's own
// n-gram table, read once into flat typed arrays. `eld.detect` keeps that table as one object a
// n-gram with one property a language and walks it with for-in: language identification took a
// fifth of extraction's time, most of it in those look-ups. Same table, same arithmetic, same
// answers (test/core/extract/eld-scores.test.ts compares the two); when the table cannot be read
// or its shape is not the one expected, or a first check disagrees, `eld.detect` answers instead.
import { eld } from 'eld/small';
import { hash, MASK, readTable, type Table } from './eld-table.ts';

export interface EldScores {
  /** ELD's best language, '' when it scored none. */
  language: string;
  /** Every language with a score, in the order of ELD's getScores() (best first). */
  scores: [string, number][];
}

// ELD's constants (languageDetector.js, LanguageResult.js).
const SCALE = 25;
const MAX_TEXT = 1000;
const CUT_AFTER = 350;
const CUT_ALWAYS = 380;
const MAX_WORD = 70;

/** One call's state: the scores, the n-grams found (a slot's stamp) and those not in the table. */
class Scorer {
  private readonly scores: Int32Array;
  private readonly stamps: Int32Array;
  private stamp = 0;
  private found = 0;
  private readonly missing = new Set<number | string>();
  /** The current word, then a n-gram with its spaces. */
  private readonly word = new Int32Array(CUT_ALWAYS + 8);
  private readonly gram = new Int32Array(CUT_ALWAYS + 8);

  constructor(private readonly t: Table) {
    this.scores = new Int32Array(t.codes.length);
    this.stamps = new Int32Array(MASK + 1);
  }

  detect(input: string): EldScores {
    const t = this.t;
    // A stamp marks the slots met in this call: no table-sized clearing between calls.
    if (++this.stamp === 2 ** 31 - 1) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    this.found = 0;
    this.missing.clear();
    this.scores.fill(0);
    const str = input.substring(0, MAX_TEXT).replace(t.separators, ' ').trim().toLowerCase();
    this.words(str);
    const { scores } = this;
    const { codes } = t;
    let best = -1;
    let max = 0;
    for (let i = 0; i < scores.length; i++)
      if (scores[i]! > 0 && scores[i]! > max) {
        max = scores[i]!;
        best = i;
      }
    if (best < 0) return { language: '', scores: [] };
    const grams = this.found + this.missing.size;
    const ordered: [number, number][] = [];
    for (let i = 0; i < scores.length; i++) {
      if (scores[i]! <= 0) continue;
      const s = scores[i]! / grams;
      ordered.push([i, s / (s + SCALE)]);
    }
    ordered.sort((a, b) => b[1] - a[1]);
    return { language: codes[best]!, scores: ordered.map(([i, s]) => [codes[i]!, s]) };
  }

  /** ELD's strToUtf8Bytes: UTF-8 bytes spelt by the dictionary, cut near 350 bytes. */
  private words(str: string): void {
    const d = this.t.dictionary;
    const w = this.word;
    let n = 0;
    let bytes = 0;
    for (let i = 0; i < str.length; i++) {
      let c = str.charCodeAt(i);
      if (c < 0x80) {
        if (c === 32) {
          if (n > 0) this.grams(n);
          n = 0;
          if (bytes > CUT_AFTER) break;
        } else w[n++] = c;
        bytes++;
      } else if (c < 0x800) {
        w[n++] = d[0xc0 | (c >> 6)]!;
        w[n++] = d[0x80 | (c & 0x3f)]!;
        bytes += 2;
      } else if (c < 0xd800 || c >= 0xe000) {
        w[n++] = d[0xe0 | (c >> 12)]!;
        w[n++] = d[0x80 | ((c >> 6) & 0x3f)]!;
        w[n++] = d[0x80 | (c & 0x3f)]!;
        bytes += 3;
      } else {
        i++;
        c = 0x10000 + (((c & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff));
        w[n++] = d[0xf0 | (c >> 18)]!;
        w[n++] = d[0x80 | ((c >> 12) & 0x3f)]!;
        w[n++] = d[0x80 | ((c >> 6) & 0x3f)]!;
        w[n++] = d[0x80 | (c & 0x3f)]!;
        bytes += 4;
      }
      if (bytes > CUT_ALWAYS) break;
    }
    if (n > 0) this.grams(n);
  }

  /** ELD's getByteNgrams for one word: 4 bytes every 3, the first after a space, the last before one. */
  private grams(length: number): void {
    const w = this.word;
    const g = this.gram;
    const len = Math.min(length, MAX_WORD);
    let j = 0;
    for (; j + 4 < len; j += 3) {
      if (j === 0) {
        g[0] = 32;
        for (let k = 0; k < 4; k++) g[k + 1] = w[k]!;
        this.add(g, 0, 5);
      } else this.add(w, j, 4);
    }
    // The last n-gram runs to the word's end, past the 70 bytes read above.
    let n = 0;
    if (j === 0) g[n++] = 32;
    for (let k = Math.max(0, len !== 3 ? len - 4 : 0); k < length; k++) g[n++] = w[k]!;
    g[n++] = 32;
    this.add(g, 0, n);
  }

  private add(chars: Int32Array, from: number, n: number): void {
    if (n > 6) {
      // Longer than any of the table's: counted, never scored.
      this.missing.add(String.fromCharCode(...chars.subarray(from, from + n)));
      return;
    }
    let lo = 0;
    let hi = n << 16;
    for (let k = 0; k < n; k++) {
      const c = chars[from + k]!;
      if (k < 4) lo |= c << (8 * k);
      else hi |= c << (8 * (k - 4));
    }
    lo >>>= 0;
    const key = hi * 2 ** 32 + lo;
    const { keys, slots, pairs } = this.t;
    for (let h = hash(lo, hi); ; h = (h + 1) & MASK) {
      const k = keys[h]!;
      if (k === key) {
        if (this.stamps[h] === this.stamp) return;
        this.stamps[h] = this.stamp;
        this.found++;
        const first = slots[h]! >>> 6;
        const end = first + (slots[h]! & 63);
        for (let p = first; p < end; p++) this.scores[pairs[p]! >>> 16]! += pairs[p]! & 0xffff;
        return;
      }
      if (k === -1) {
        this.missing.add(key);
        return;
      }
    }
  }
}

function viaEld(text: string): EldScores {
  const r = eld.detect(text);
  return { language: r.language, scores: r.language ? Object.entries(r.getScores()) : [] };
}

// Texts in several scripts, with a long word and a stray surrogate: the scorer answers only
// where it agrees with ELD on all of them.
const CHECKS = [
  'Belarus freed 52 political prisoners on Thursday, the opposition said.',
  'Лукашенко помиловал ещё 16 человек, осуждённых по «экстремистским» статьям.',
  'El Gobierno excarceló a 135 presos políticos tras la mediación del Vaticano.',
  'أفرجت السلطات عن المدون بعد ثلاث سنوات في السجن',
  '政府今天释放了一些人 ',
  `${'x'.repeat(90)} l’opposition don't \ud800 ǎǐ ß`,
];

function ready(): Scorer | null {
  const table = readTable();
  if (!table) return null;
  const scorer = new Scorer(table);
  const same = (text: string) =>
    JSON.stringify(scorer.detect(text)) === JSON.stringify(viaEld(text));
  return CHECKS.every(same) ? scorer : null;
}

// Read on first use: a process that extracts nothing does not pay for it.
let scorer: Scorer | null | undefined;

/** What `eld.detect(text)` and its getScores() answer. */
export function eldScores(text: string): EldScores {
  if (scorer === undefined) scorer = ready();
  return scorer ? scorer.detect(text) : viaEld(text);
}

/** Whether answers come from the table read here (false: from `eld.detect`). */
export function readsTable(): boolean {
  if (scorer === undefined) scorer = ready();
  return scorer !== null;
}
