/**
 * Japanese names written in kanji (安倍晋三, 袴田巌) or kanji with kana (袴田ひで子), against a
 * spelling in Latin or Russian letters or in kana alone. The table of names
 * (kanji-reading.ts) reads the surname and given name; a pair matches only when one reading of
 * each equals the other spelling's two words, in either order, and goes to review when the
 * surname agrees and the given name is not read or is read otherwise by a table that may lack
 * its reading. A name whose surname the table lacks keeps its old answers: read as Chinese in
 * kanji alone, unread with kana (unreadable.ts), where kana opening a word of the other spelling
 * send the pair to review.
 */
import anyAscii from 'any-ascii';
import {
  hepburnKey,
  type KanjiSplit,
  knownGivenReading,
  readKana,
  readKanjiName,
} from './kanji-reading.ts';
import type { ParsedName } from './parse.ts';
import { readingResult } from './reading-result.ts';
import type { CompareResult, Decision, EvidenceItem } from './types.ts';

/** Runs of hiragana or katakana (not the middle dot ・ or the long mark ー alone). */
const KANA_RUN = /[\u3041-\u3096\u30a1-\u30fa]+/gu;

/** Hepburn as the press writes it: long vowels once (しんぞう shinzou, Shinzo). */
function pressHepburn(s: string): string {
  return s.replace(/ou|oo/g, 'o').replace(/uu/g, 'u');
}

/**
 * The kana reading that opens a word of `other` (three letters at least), or null. `other`
 * is read by any-ascii too (marks dropped).
 */
export function kanaAgreement(japanese: string, other: string): string | null {
  const words = pressHepburn(anyAscii(other).toLowerCase()).split(/[^a-z]+/);
  for (const run of japanese.match(KANA_RUN) ?? []) {
    const kana = pressHepburn(readKana(run));
    if (kana.length < 3) continue;
    for (const w of words) if (w.startsWith(kana)) return kana;
  }
  return null;
}

/** Whether a name has kana (with kanji, which makes it unread: foreign.ts). */
export function hasKana(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3041 && c <= 0x30fa) return true;
  }
  return false;
}

const MATCH = 0.95;
const REVIEW = 0.75;
const NO_MATCH = 0.3;
const TABLE_NOTE = 'reading:ja (table of Japanese names, press Hepburn)';

/** A word of the other spelling: as written, and its key. */
export interface Word {
  raw: string;
  key: string;
}

/**
 * A name in kanji alone (read as Chinese by foreign.ts) or in kanji with kana (left unread):
 * one the table may read.
 */
export function kanjiName(p: ParsedName): boolean {
  const s = p.scripts;
  if (!s) return false;
  if (s.length === 1) return s[0] === 'zh';
  return s.length === 2 && s.includes('ja') && s.includes('unread');
}

/** Latin or Russian letters (no foreign script), or kana alone. */
export const readable = (o: ParsedName) =>
  !o.scripts || (o.scripts.length === 1 && o.scripts[0] === 'ja');

/** The other spelling's words, read as Hepburn. */
export function wordsOf(o: ParsedName): Word[] {
  if (!o.scripts) return o.tokens.map((t) => ({ raw: t.raw, key: hepburnKey(t.raw) }));
  return o.input
    .trim()
    .split(/[\s\u3000・]+/u)
    .map((raw) => ({ raw, key: hepburnKey(readKana(raw)) }));
}

/**
 * A Japanese name in kanji (`p`) against another spelling (`o`) by the table's readings; null
 * when the table does not read `p`'s surname or the other spelling is not two words (or one,
 * the two run together) in letters the key reads. `flip` when `p` is the second name compared.
 */
export function japaneseReading(p: ParsedName, o: ParsedName, flip: boolean): CompareResult | null {
  if (!kanjiName(p) || !readable(o)) return null;
  // Most names in Chinese characters are Chinese: the table's look-up turns them away first.
  const splits = readKanjiName(p.input);
  if (!splits) return null;
  const words = wordsOf(o).filter((w) => w.key);
  if (words.length === 0 || words.length > 2) return null;
  const r = new Reader(p, o, flip);
  return words.length === 2
    ? r.twoWords(splits, words[0]!, words[1]!)
    : r.runTogether(splits, words[0]!);
}

class Reader {
  constructor(
    private readonly p: ParsedName,
    private readonly o: ParsedName,
    private readonly flip: boolean,
  ) {}

  twoWords(splits: KanjiSplit[], x: Word, y: Word): CompareResult | null {
    let near: { s: KanjiSplit; sur: Word; given: Word } | null = null;
    for (const s of splits) {
      for (const pair of [
        [x, y],
        [y, x],
      ] as const) {
        const [sur, given] = pair;
        if (!s.surnames.includes(sur.key)) continue;
        if (s.givens?.includes(given.key)) return this.matched(s, sur, given);
        near ??= { s, sur, given };
      }
    }
    if (near) return this.surnameOnly(near.s, near.sur, near.given);
    // With kana the name was unread: a listed surname the other spelling lacks settles it.
    if (this.p.scripts!.length === 2) return this.otherSurname(splits[0]!);
    return null;
  }

  runTogether(splits: KanjiSplit[], w: Word): CompareResult | null {
    for (const s of splits)
      for (const sk of s.surnames)
        for (const gk of s.givens ?? [])
          if (w.key === sk + gk || w.key === gk + sk)
            return this.matched(s, { raw: w.raw, key: sk }, { raw: w.raw, key: gk });
    return null;
  }

  private matched(s: KanjiSplit, sur: Word, given: Word): CompareResult {
    const how = 'transliteration' as const;
    return this.result('match', MATCH, [
      this.item('surname', s.surname, sur.raw, how, 1, `reading:ja (${sur.key})`),
      this.item(
        'given',
        s.given,
        given.raw,
        how,
        1,
        `reading:ja (${given.key}${s.fromKana ? ', kana' : ''})`,
      ),
    ]);
  }

  /** The surname agrees; the given name decides between review and no_match. */
  private surnameOnly(s: KanjiSplit, sur: Word, given: Word): CompareResult {
    const surname = this.item(
      'surname',
      s.surname,
      sur.raw,
      'transliteration',
      1,
      `reading:ja (${sur.key})`,
    );
    const g = (how: EvidenceItem['how'], note: string) =>
      this.item('given', s.given, given.raw, how, 0, `reading:ja: ${note}`);
    if (!s.givens)
      return this.result('review', REVIEW, [
        surname,
        g('unreadable', `the surname agrees; ${s.given} is not in the table of given names`),
      ]);
    const read = `${s.given} reads ${s.givens.join(' or ')}`;
    if (given.key.length === 1)
      return s.givens.some((k) => k.startsWith(given.key))
        ? this.result('review', REVIEW, [surname, g('initial', `${read}: the initial agrees`)])
        : this.result('no_match', NO_MATCH, [surname, g('mismatch', `${read}, not ${given.raw}`)]);
    if (s.fromKana || knownGivenReading(given.key))
      return this.result('no_match', NO_MATCH, [
        surname,
        g('mismatch', `${read}, not ${given.raw}${s.fromKana ? ' (kana)' : ', another name'}`),
      ]);
    return this.result('review', REVIEW, [
      surname,
      g(
        'unreadable',
        `the surname agrees; ${read} in the table, not ${given.raw}: a reading it may lack`,
      ),
    ]);
  }

  private otherSurname(s: KanjiSplit): CompareResult {
    const note = `reading:ja: ${s.surname} reads ${s.surnames.join(' or ')}, not a word of ${this.o.input}`;
    return this.result('no_match', 0, [
      this.item('surname', s.surname, this.o.input, 'mismatch', 0, note),
    ]);
  }

  private item(
    part: 'surname' | 'given',
    mine: string,
    theirs: string,
    how: EvidenceItem['how'],
    score: number,
    note: string,
  ): EvidenceItem {
    const [a, b] = this.flip ? [theirs, mine] : [mine, theirs];
    return { part, a, b, how, score, note };
  }

  private result(decision: Decision, score: number, items: EvidenceItem[]): CompareResult {
    return readingResult(this.p.input, this.o.input, this.flip, decision, score, items, TABLE_NOTE);
  }
}
