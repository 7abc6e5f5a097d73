/**
 * An English or Christian given name in front of a Chinese or Korean name written surname
 * first, as Hong Kong, Taiwanese and Korean people and the press write it: Claudia Mo Man-ching,
 * Harry Wu Hongda, Tony Kim Sang-duk. The press then writes either half: Claudia Mo, or Mo
 * Man-ching (毛孟靜). Read word by word, the three words put the surname in the middle and
 * the Chinese given name in the surname's place, and no part agrees. Asked by compare.ts when
 * its part-by-part rules did not match.
 *
 * Against a Chinese name, romanised or in Chinese characters, the name is read as its Chinese
 * half (surname and Chinese given name), which must then agree as usual: Claudia Mo Man-ching /
 * Mo Man-kit stay apart. Against a Latin name of two words it is read as its English half
 * (since nm40): Claudia Mo / Claudia Mo Man-ching match as a middle name on one side does (Jose
 * Diokno / Jose Manuel Diokno), a namesake Claudia Mo Man-kit being no likelier than for any
 * name. Claudia Mo / Mo Man-ching share only the surname (review at most, as
 * cantonese-reading.ts has it for Jimmy Lai / 黎智英).
 */
import { syllabic } from './families.ts';
import { lookupGiven } from './given-names.ts';
import { type NameParse, type ParsedName, parseName } from './parse.ts';
import type { TokenInfo } from './tokens.ts';
import { type CompareResult, type EvidenceItem, matchReadOtherwise } from './types.ts';

export interface EnglishLed {
  /** The English given name (Claudia). */
  english: string;
  /** The Chinese or Korean name, surname first (Mo Man-ching). */
  chinese: string;
  /** The English given name and the surname (Claudia Mo). */
  western: string;
  /** The Chinese given name (Man-ching). */
  chineseGiven: string;
}

const LETTERS = /^\p{L}+$/u;

/**
 * A word of one syllable and a word of two, in either order (Yang Hengjun, Jiang Tianyong,
 * read as given name and surname both ways): a Chinese name in Pinyin.
 */
export function pinyinName(p: NameParse): boolean {
  const g = p.given?.token;
  const s = p.surname?.text;
  if (!g || !s || g.initial || p.middle.length > 0 || s.includes(' ')) return false;
  if (g.text.includes('-') || s.includes('-')) return false;
  if (syllabic(s) && twoSyllables(g.text)) return true;
  // A one-syllable given name first is a Western given name when the table knows it as one
  // (Paul Whelan, whose 'Whelan' splits as two syllables), not a Chinese name.
  return syllabic(g.text) && twoSyllables(s) && !westernGiven(g.folds);
}

/** A given name the table knows outside the Arabic family (Paul, Mark; not Lin, read as Lujain). */
function westernGiven(folds: string[]): boolean {
  return folds.some((f) => lookupGiven(f).some((r) => r.group.family !== 'arabic'));
}

/** A word of two syllables as Pinyin, Wade-Giles or the Korean romanisations write them. */
function twoSyllables(word: string): boolean {
  const parts = word.split('-');
  if (parts.length === 2) return parts.every((p) => p.length > 0 && syllabic(p));
  if (parts.length !== 1 || word.length < 4 || word.length > 9) return false;
  for (let i = 2; i <= word.length - 2; i++)
    if (syllabic(word.slice(0, i)) && syllabic(word.slice(i))) return true;
  return false;
}

/**
 * W S G (Claudia Mo Man-ching, Harry Wu Hongda) or W S G1 G2 (Jimmy Lai Chee Ying): W a word
 * of letters that is no syllable of a Chinese name, S one syllable (or Cantonese Ng, 吳), G two.
 * Null otherwise.
 */
export function englishLed(p: ParsedName): EnglishLed | null {
  const t = p.tokens;
  if (p.scripts || t.length < 3 || t.length > 4) return null;
  const [w, s] = t as [TokenInfo, TokenInfo];
  if (w.initial || w.text.length < 3 || !LETTERS.test(w.text)) return null;
  if (!syllabic(s.text) && s.text !== 'ng') return null;
  const given = t.slice(2);
  if (given.length === 1 ? !twoSyllables(given[0]!.text) : !given.every((g) => syllabic(g.text)))
    return null;
  // An English name that is also a syllable (Sam, Ken, Man) leads only a hyphenated Chinese
  // given name, which no Chinese name of three words has after two syllables of its own (Sam
  // Cheung Ho-sum; english-led:syllable, nm47).
  if (
    syllabic(w.text) &&
    !(given.length === 1 && given[0]!.text.includes('-') && westernGiven(w.folds))
  )
    return null;
  const chinese = [s, ...given].map((x) => x.raw).join(' ');
  const chineseGiven = given.map((x) => x.raw).join(' ');
  return { english: w.raw, chinese, western: `${w.raw} ${s.raw}`, chineseGiven };
}

/** Whether a name is Chinese or Korean as the other side of the pair: in their script or romanised. */
function chineseSide(p: ParsedName): boolean {
  if (p.scripts) return p.scripts.includes('zh') || p.scripts.includes('ko');
  return p.family === 'east_asian' || spacedChinese(p);
}

/**
 * Three Latin words each a syllable, the first one a surname's (Yu Wai Ming: a Hong Kong name
 * with its given name's hyphen left out), which the families' test does not read as Chinese.
 */
function spacedChinese(p: ParsedName): boolean {
  const t = p.tokens;
  return (
    !p.family &&
    t.length === 3 &&
    t.every((x) => !x.initial && syllabic(x.text)) &&
    !westernGiven(t[0]!.folds)
  );
}

type Compare = (a: ParsedName, b: ParsedName) => CompareResult;

/**
 * The pair compared with the English-led name read as the half the other side wrote; a match
 * only (else null), its evidence saying which half was set aside.
 */
export function englishLedMatch(
  pa: ParsedName,
  pb: ParsedName,
  compare: Compare,
): CompareResult | null {
  const ea = englishLed(pa);
  const eb = ea ? null : englishLed(pb);
  if (!ea && !eb) return null;
  // Both English-led: the part-by-part rules already compare them word by word.
  if (ea && englishLed(pb)) return null;
  const [led, other] = ea ? [ea, pb] : [eb!, pa];
  // Against a Chinese name, the Chinese half; against a Latin name of two words, the English
  // half (Ivan Lam / Ivan Lam Long-yin), the Chinese given name then being a middle name on
  // one side, as Jose Diokno / Jose Manuel Diokno are read.
  const chineseOther = chineseSide(other);
  if (!chineseOther && (other.scripts || other.tokens.length !== 2)) return null;
  const read = chineseOther ? led.chinese : led.western;
  const note = chineseOther
    ? `english-led: an English given name before a Chinese or Korean name set aside (${led.english})`
    : `english-led: a Chinese or Korean given name after an English one set aside (${led.chineseGiven})`;
  const r = ea ? compare(parseName(read), pb) : compare(pa, parseName(read));
  if (r.decision !== 'match') return null;
  const item: EvidenceItem = {
    part: 'name',
    a: ea ? pa.input : read,
    b: ea ? read : pb.input,
    how: 'same',
    score: 1,
    note,
  };
  return matchReadOtherwise(pa.input, pb.input, r, item);
}
