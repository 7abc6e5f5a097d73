/**
 * Chinese names in Han characters read in Cantonese (黃之鋒 Wong Chi-fung, 黎智英 Lai
 * Chee-ying), for the Hong Kong and Macau names the Pinyin reading (foreign.ts) cannot meet.
 * Asked only when the Pinyin reading did not match a pair of a Han name and a Latin one.
 *
 * Every syllable must agree: the surname as the first or the last word (one word for a double
 * surname: Szeto, Au-yeung), the given name's characters as the other words, hyphenated,
 * spaced or run together. An English given name beside them is set aside (Joshua Wong
 * Chi-fung); an English given name instead of them leaves only the surname, which goes to
 * review, never to a match (Jimmy Lai / 黎智英).
 */
import {
  cantoneseReadable,
  cantoneseSyllables,
  fitSyllables,
  fitsButOne,
  jyutpingOf,
} from './cantonese.ts';
import { isHanDoubleSurname } from './han-names.ts';
import type { ParsedName } from './parse.ts';
import { readingResult } from './reading-result.ts';
import type { TokenInfo } from './tokens.ts';
import type { CompareResult, Decision, EvidenceItem } from './types.ts';

const MATCH = 0.95;
const REVIEW = 0.75;
const SCRIPT_NOTE =
  'reading:yue (Cantonese readings of Unihan kCantonese, Hong Kong Government romanisation)';

/** A written word of the Latin name: its syllables (hyphenated parts) in plain letters. */
export interface Word {
  raw: string;
  parts: string[];
}

const HAN = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,4}$/u;
const MARKS = /\p{M}/gu;

export function wordOf(token: TokenInfo): Word | null {
  const plain = token.raw.normalize('NFD').replace(MARKS, '').toLowerCase();
  const parts = plain.split(/[-‐‑'’]/u).filter((p) => p !== '');
  for (const p of parts) if (!/^[a-z]+$/.test(p)) return null;
  return parts.length > 0 ? { raw: token.raw, parts } : null;
}

/** A Han name alone (no kana, no foreign name's middle dot) of two to four characters. */
export function hanOnly(p: ParsedName): string[] | null {
  if (p.scripts?.length !== 1 || p.scripts[0] !== 'zh') return null;
  const text = p.input.replace(/\s+/gu, '');
  return HAN.test(text) ? [...text] : null;
}

/**
 * A Han name against a Latin spelling by its Cantonese readings: a match when every syllable
 * agrees, a review when only the surname does beside an English given name; null otherwise
 * or when it would not improve `current`, the decision the other rules reached.
 */
export function cantoneseReading(
  pa: ParsedName,
  pb: ParsedName,
  current: Decision,
): CompareResult | null {
  const a = hanOnly(pa);
  const han = a ?? hanOnly(pb);
  const latin = a ? pb : pa;
  if (!han || latin.scripts || !cantoneseReadable(han)) return null;
  const words: Word[] = [];
  for (const t of latin.tokens) {
    const w = wordOf(t);
    if (!w) return null;
    words.push(w);
  }
  if (words.length < 2) return null;
  const n = hanSurnameLength(han);
  const reader = new Reader(
    han.slice(0, n),
    han.slice(n),
    !a,
    a ? pa.input : pb.input,
    latin.input,
  );
  const r = reader.read(words);
  if (!r || (r.decision === 'review' && current !== 'no_match')) return null;
  return r;
}

class Reader {
  constructor(
    private readonly surname: string[],
    private readonly given: string[],
    private readonly flip: boolean,
    private readonly hanInput: string,
    private readonly latinInput: string,
  ) {}

  read(words: Word[]): CompareResult | null {
    const first = words[0]!;
    const last = words[words.length - 1]!;
    const orders: [Word, Word[], Word | null][] = [
      [first, words.slice(1), null],
      [last, words.slice(0, -1), null],
    ];
    // An English given name before a Chinese name written surname first (Joshua Wong Chi-fung).
    if (words.length >= 3 && english(first, this.given))
      orders.push([words[1]!, words.slice(2), first]);
    let surnameOnly: [Word, Word] | null = null;
    for (const [sur, rest, extra] of orders) {
      const s = fitSyllables(sur.parts, this.surname);
      if (!s) continue;
      const g = fitSyllables(
        rest.flatMap((w) => w.parts),
        this.given,
      );
      if (g) return this.matched(sur, rest, s, g, extra);
      if (!extra && rest.length === 1 && english(rest[0]!, this.given))
        surnameOnly ??= [sur, rest[0]!];
    }
    return surnameOnly ? this.review(surnameOnly[0], surnameOnly[1]) : null;
  }

  private matched(
    sur: Word,
    rest: Word[],
    s: string[],
    g: string[],
    extra: Word | null,
  ): CompareResult {
    const items = [
      this.item('surname', this.surname.join(''), sur.raw, 'transliteration', 1, s),
      this.item(
        'given',
        this.given.join(''),
        rest.map((w) => w.raw).join(' '),
        'transliteration',
        1,
        g,
      ),
    ];
    if (extra)
      items.push(
        this.note(
          'name',
          extra.raw,
          'missing',
          1,
          'reading:yue: an English given name beside the Chinese one',
        ),
      );
    return this.result('match', MATCH, items);
  }

  private review(sur: Word, given: Word): CompareResult {
    const read = this.given.map((c) => jyutpingOf(c)[0]).join(' ');
    return this.result('review', REVIEW, [
      this.item(
        'surname',
        this.surname.join(''),
        sur.raw,
        'transliteration',
        1,
        this.surname.map((c) => jyutpingOf(c)[0]!),
      ),
      this.note(
        'given',
        given.raw,
        'mismatch',
        0,
        `reading:yue: only the surname agrees; ${this.given.join('')} reads ${read}, ${given.raw} is an English given name`,
      ),
    ]);
  }

  private item(
    part: 'surname' | 'given',
    mine: string,
    theirs: string,
    how: EvidenceItem['how'],
    score: number,
    jyutping: string[],
  ): EvidenceItem {
    const [a, b] = this.flip ? [theirs, mine] : [mine, theirs];
    return { part, a, b, how, score, note: `reading:yue (${jyutping.join(' ')})` };
  }

  private note(
    part: 'given' | 'name',
    theirs: string,
    how: EvidenceItem['how'],
    score: number,
    note: string,
  ): EvidenceItem {
    const mine = part === 'given' ? this.given.join('') : '';
    const [a, b] = this.flip ? [theirs, mine] : [mine, theirs];
    return { part, a, b, how, score, note };
  }

  private result(decision: Decision, score: number, items: EvidenceItem[]): CompareResult {
    return readingResult(
      this.hanInput,
      this.latinInput,
      this.flip,
      decision,
      score,
      items,
      SCRIPT_NOTE,
    );
  }
}

/**
 * An English given name (Jimmy, Agnes, Nathan): one word without a hyphen that cannot be cut
 * into Cantonese syllables, or, for a given name of two characters or more, not into syllables
 * all but one of which are the characters' (nat-han is no way to write 冠聰, Chihung one
 * syllable away from 之鋒). A one-character given name is a syllable: Chow Ming is not 周庭.
 */
function english(w: Word, given: string[]): boolean {
  if (w.parts.length !== 1) return false;
  const word = w.parts[0]!;
  return !cantoneseSyllables(word) || (given.length >= 2 && !fitsButOne(word, given));
}

/** Characters of a Han name's surname: two for a double surname before a given name, else one. */
export function hanSurnameLength(han: readonly string[]): number {
  return isHanDoubleSurname(han.slice(0, 2).join('')) && han.length >= 3 ? 2 : 1;
}
