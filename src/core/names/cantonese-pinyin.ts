/**
 * A Hong Kong name in its Cantonese spelling against the same name in Pinyin, both in Latin
 * letters (Chow Hang-tung / Zou Xingtong, Lam Cheuk-ting / Lin Zhuoting): the press writes both,
 * and no letter rule joins them. Two syllables are kin when some character is read so in both
 * languages (the Cantonese readings of data/cantonese.ts, spelled as hk-romanisation.ts has it,
 * and the character's Pinyin as any-ascii reads it): 周 gives chow / zhou, 鄒 chow / zou.
 *
 * Every syllable must be kin, the surname with the surname, the given name's syllables in
 * order, and the counts equal; the Cantonese side must spell a Cantonese name (a hyphenated or
 * one-syllable given name, and a syllable Pinyin has not) and the Pinyin side a Pinyin one. Asked by compare.ts only when its
 * part-by-part rules did not match two Latin names of two words each.
 *
 * Not read: a double surname (Au-yeung), an English given name (Joshua Wong / Huang Zhifeng:
 * english-led.ts reads Joshua Wong Chi-fung first), Wade-Giles (Chang, Hsueh), and a
 * character read otherwise than any-ascii's one Pinyin reading.
 */
import anyAscii from 'any-ascii';
import { CANTONESE_READINGS } from './data/cantonese.ts';
import { hkSpellings } from './hk-romanisation.ts';
import type { ParsedName } from './parse.ts';
import type { TokenInfo } from './tokens.ts';
import type { CompareResult, EvidenceItem } from './types.ts';

interface Tables {
  /** Cantonese spelling -> the Pinyin syllables of characters read so. */
  kin: Map<string, Set<string>>;
  /** Every Pinyin syllable of the table's characters. */
  pinyin: Set<string>;
}

let tables: Tables | null = null;

/** Built on first use: only a pair of two romanised Chinese names that failed asks for it. */
function load(): Tables {
  if (tables) return tables;
  const kin = new Map<string, Set<string>>();
  const pinyin = new Set<string>();
  for (const entry of CANTONESE_READINGS.trim().split(/\s+/)) {
    const at = entry.indexOf(':');
    const spellings = hkSpellings(entry.slice(0, at));
    for (const c of entry.slice(at + 1)) {
      // The basic block only: any-ascii reads many rarer characters (Hong Kong ones among them)
      // in Cantonese, which would pass fung and wong for Pinyin; a syllable needs a vowel (嗯 ng).
      const code = c.codePointAt(0)!;
      if (code < 0x4e00 || code > 0x9fff) continue;
      const p = anyAscii(c).toLowerCase();
      if (!/^[a-z]{1,6}$/.test(p) || !/[aeiouv]/.test(p)) continue;
      pinyin.add(p);
      for (const s of spellings) {
        const set = kin.get(s);
        if (set) set.add(p);
        else kin.set(s, new Set([p]));
      }
    }
  }
  tables = { kin, pinyin };
  return tables;
}

const LETTERS = /^[a-z]+$/;

/** A word's letters, split at hyphens and apostrophes, lower case and without marks. */
function partsOf(raw: string): string[] | null {
  const plain = raw.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const parts = plain.split(/[-‐‑'’]/u).filter((p) => p !== '');
  return parts.length > 0 && parts.every((p) => LETTERS.test(p)) ? parts : null;
}

/** Every cut of a run of letters into Pinyin syllables (xingtong: xing tong). */
function pinyinCuts(word: string, t: Tables): string[][] {
  const out: string[][] = [];
  const go = (at: number, acc: string[]): void => {
    if (at === word.length) {
      out.push([...acc]);
      return;
    }
    for (let end = at + 1; end <= Math.min(word.length, at + 6); end++) {
      const s = word.slice(at, end);
      if (!t.pinyin.has(s)) continue;
      acc.push(s);
      go(end, acc);
      acc.pop();
    }
  };
  go(0, []);
  return out;
}

/** The Cantonese side's syllables, surname first, in both orders of its two words. */
function cantoneseReadings(words: string[][], t: Tables): string[][] {
  const out: string[][] = [];
  for (const [s, g] of [
    [words[0]!, words[1]!],
    [words[1]!, words[0]!],
  ] as const) {
    if (s.length !== 1 || g.length > 3) continue;
    const all = [...s, ...g];
    // A syllable Pinyin has not (chow, cheuk, ng) says the spelling is Cantonese: two Pinyin
    // names a letter apart (Wang Dan / Wang Tan) would otherwise pass as the two languages.
    if (all.every((x) => t.kin.has(x)) && all.some((x) => !t.pinyin.has(x))) out.push(all);
  }
  return out;
}

/** The Pinyin side's syllables, surname first, in both orders of its two words. */
function pinyinReadings(words: string[][], t: Tables, hyphened = false): string[][] {
  const out: string[][] = [];
  for (const [s, g] of [
    [words[0]!, words[1]!],
    [words[1]!, words[0]!],
  ] as const) {
    if (s.length !== 1 || !t.pinyin.has(s[0]!)) continue;
    // Pinyin writes a given name as one word (Zou Xingtong): a hyphenated one (Chi-wai) is a
    // Hong Kong or Wade-Giles spelling, which the Cantonese side must not be read against (nm43:
    // Wu Chi-wai / Wu Chi-wah are two people). Two words apart (Xing Tong) still count.
    if (hyphened) continue;
    const cuts = g.length === 1 ? pinyinCuts(g[0]!, t) : g.every((x) => t.pinyin.has(x)) ? [g] : [];
    for (const c of cuts) if (c.length <= 3) out.push([s[0]!, ...c]);
  }
  return out;
}

function kin(yue: string[], cmn: string[], t: Tables): boolean {
  if (yue.length !== cmn.length || yue.join('') === cmn.join('')) return false;
  for (let i = 0; i < yue.length; i++) if (!t.kin.get(yue[i]!)?.has(cmn[i]!)) return false;
  return true;
}

const NOTE =
  'reading:yue-cmn (a Cantonese spelling against Pinyin: each syllable a reading of one character in both)';

export function cantonesePinyinMatch(pa: ParsedName, pb: ParsedName): CompareResult | null {
  // The family is not asked: a Pinyin name may look Arabic to the tables (Lin, read Lujain).
  if (pa.scripts || pb.scripts) return null;
  if (pa.tokens.length !== 2 || pb.tokens.length !== 2) return null;
  // Cheap first (a search asks this of every candidate it does not match): one side needs a
  // word that is one Pinyin syllable, the other a word that is one Cantonese one.
  const t = load();
  const [a0, a1] = pa.tokens as [TokenInfo, TokenInfo];
  const [b0, b1] = pb.tokens as [TokenInfo, TokenInfo];
  const pinyinA = t.pinyin.has(a0.text) || t.pinyin.has(a1.text);
  const pinyinB = t.pinyin.has(b0.text) || t.pinyin.has(b1.text);
  const yueA = t.kin.has(a0.text) || t.kin.has(a1.text);
  const yueB = t.kin.has(b0.text) || t.kin.has(b1.text);
  if (!(yueA && pinyinB) && !(yueB && pinyinA)) return null;
  const wa = pa.tokens.map((x) => partsOf(x.raw));
  const wb = pb.tokens.map((x) => partsOf(x.raw));
  if (wa.includes(null) || wb.includes(null)) return null;
  for (const [yueWords, cmnWords, flip] of [
    [wa, wb, false],
    [wb, wa, true],
  ] as const) {
    const cmnTokens = flip ? pa.tokens : pb.tokens;
    const hyphened = cmnTokens.some((x) => /[-‐‑]/u.test(x.raw));
    const cmn = pinyinReadings(cmnWords as string[][], t, hyphened);
    if (cmn.length === 0) continue;
    for (const y of cantoneseReadings(yueWords as string[][], t)) {
      const c = cmn.find((x) => kin(y, x, t));
      if (c) return matched(pa.input, pb.input, y, c, flip);
    }
  }
  return null;
}

function matched(a: string, b: string, y: string[], c: string[], flip: boolean): CompareResult {
  const pair = (x: string, z: string): [string, string] => (flip ? [z, x] : [x, z]);
  const [sa, sb] = pair(y[0]!, c[0]!);
  const [ga, gb] = pair(y.slice(1).join('-'), c.slice(1).join(''));
  const evidence: EvidenceItem[] = [
    { part: 'surname', a: sa, b: sb, how: 'transliteration', score: 0.9, note: NOTE },
    { part: 'given', a: ga, b: gb, how: 'transliteration', score: 0.9 },
  ];
  return { a, b, score: 0.9, decision: 'match', evidence };
}
