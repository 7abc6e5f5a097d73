/**
 * Japanese names written in kanji with kana (袴田ひで子 Hideko Hakamada): the engine has no
 * kanji readings (a name's reading needs a dictionary of names, and even then is ambiguous), so
 * such a name never matches another spelling. The kana it has are read, though: when they are
 * the start of a word of the Latin spelling, the pair goes to review with that
 * evidence rather than to a confident no_match.
 */
import anyAscii from 'any-ascii';

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
    const kana = pressHepburn(anyAscii(run).toLowerCase());
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
