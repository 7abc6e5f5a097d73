/**
 * Foreign names in katakana, hangul and Chinese transcription characters (rule
 * translit:foreign-name): セルゲイ・コロリョフ, 세르게이 코롤료프 and 谢尔盖·科罗廖夫 all write Sergei
 * Korolev, syllable by syllable. The libraries' readings (serugei kororiyofu, sereugei
 * kollollyopeu, xie er gai ke luo liao fu) keep the name's consonants but add vowels after
 * every consonant, write one letter for l and r (Japanese), p for f and b for v (Korean), w for v
 * and s, sh, x, q or j for the sibilants (Chinese), and drop an English r after a vowel (Edward:
 * エドワード, 에드워드). The vowels tell nothing, so the pair is compared on its consonants alone,
 * each put in a class of the sounds the three scripts write alike:
 *
 *   P: p b f v    T: t d (th)    K: k g c q (ch, kh)    S: s z c j (sh, ch, zh, ts, th)
 *   L: l r        N: n m         H: h (ch, kh, f)       W: w v (Chinese 瓦 wa, 维 wei)
 *
 * A Latin consonant may stand for more than one class (ch is ч in Russian spellings, a k in
 * Greek words and h in German ones: Dietrich ディートリッヒ), and some are written or not (an
 * h; an r not before a vowel; j, which is y in German spellings; the k of x; in Chinese a final
 * t, d, k or g, which its syllables cannot end in). The transcription's consonants must all be
 * the Latin word's, in order, and the Latin word's other consonants all of the kinds that may be
 * left out. The Latin side may be Cyrillic, read by any-ascii first.
 *
 * Greek writes foreign names so too (Σνόουντεν Snowden, Σόφι Σολ Sophie Scholl): greekWord reads
 * its letter pairs (μπ, ντ, γκ, τσ, ου) to the same classes.
 *
 * Asked by compare.ts when its part-by-part rules did not match, for a name in one of these
 * scripts written in two words or more (a space or a middle dot between them) against a Latin or
 * Cyrillic name of as many words whose naming family is not East Asian (Korean and Chinese
 * names have their own readings). Every word must agree, and the words must start alike (both
 * with a vowel or both with a consonant, an opening h either way), and a word ending in -a on one
 * side only is another name or the other gender (Navalnaya / ナワリヌイ). Four consonants of the
 * transcription at least, one in every word.
 */
import anyAscii from 'any-ascii';
import type { ParsedName } from './parse.ts';
import type { CompareResult, EvidenceItem } from './types.ts';

export const P = 1;
export const T = 2;
export const K = 4;
export const S = 8;
export const L = 16;
export const N = 32;
export const H = 64;
export const W = 128;

/** One consonant: the classes it may be, and whether the other spelling may leave it out. */
export interface Sound {
  set: number;
  optional: boolean;
}

/** A word read: its consonants, and whether it opens with a vowel and ends in a. */
export interface WordReading {
  sounds: Sound[];
  /** true: a vowel first; false: a consonant; null: either (an opening h). */
  vowelFirst: boolean | null;
  endsInA: boolean;
  /** A transcription ending in ya, wa or va: the Russian feminine -aya, -ova, -eva. */
  feminine?: boolean;
}

export type Kind = 'katakana' | 'hangul' | 'Chinese characters' | 'Greek letters';

const VOWEL = /[aeiouy]/;
const sound = (set: number, optional = false): Sound => ({ set, optional });

const SIBILANT_PAIRS = new Set(['sh', 'zh', 'ts', 'tz', 'dj', 'dz']);

/** a e i o u y, by char code (VOWEL's letters). */
const isVowel = (c: number) =>
  c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;

/** A Latin or Cyrillic word as its consonants (see the classes above). */
export function latinSounds(word: string, chinese: boolean): WordReading | null {
  const w = anyAscii(word)
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/(.)\1+/g, '$1');
  if (w.length < 2) return null;
  const out: Sound[] = [];
  const vowelAt = (i: number) => i < w.length && isVowel(w.charCodeAt(i));
  let i = 0;
  while (i < w.length) {
    const c = w[i]!;
    if (isVowel(w.charCodeAt(i))) {
      i++;
      continue;
    }
    const two = w.slice(i, i + 2);
    if (w.startsWith('dsch', i) || w.startsWith('dzh', i)) {
      out.push(sound(S));
      i += w.startsWith('dsch', i) ? 4 : 3;
    } else if (w.startsWith('sch', i) || w.startsWith('tch', i)) {
      out.push(sound(S));
      i += 3;
    } else if (SIBILANT_PAIRS.has(two)) {
      out.push(sound(S));
      i += 2;
    } else if (two === 'ch') {
      out.push(sound(S | K | H));
      i += 2;
    } else if (two === 'kh') {
      out.push(sound(K | H));
      i += 2;
    } else if (two === 'th') {
      out.push(sound(T | S));
      i += 2;
    } else if (two === 'ph') {
      out.push(sound(P));
      i += 2;
    } else if (two === 'gh') {
      out.push(sound(K, true));
      i += 2;
    } else if (two === 'ck' || two === 'qu') {
      out.push(sound(K));
      i += 2;
    } else if (two === 'ng') {
      // Manning: マニング writes the g, 매닝 and 曼宁 do not.
      out.push(sound(N), sound(K, true));
      i += 2;
    } else {
      i++;
      switch (c) {
        case 'x':
          out.push(sound(K, true), sound(S));
          break;
        case 'c':
          out.push(sound(K | S));
          break;
        case 'g':
          out.push(sound(vowelAt(i) && /[eiy]/.test(w[i]!) ? K | S : K));
          break;
        case 'j':
          out.push(sound(S, true));
          break;
        case 'w':
          // wh before a vowel is a w (Wheeler).
          if (vowelAt(i) || (w[i] === 'h' && vowelAt(i + 1))) out.push(sound(W | P));
          break;
        case 'v':
          out.push(sound(P | W));
          break;
        case 'f':
          out.push(sound(P | H));
          break;
        case 'b':
        case 'p':
          out.push(sound(P));
          break;
        case 'h':
          out.push(sound(H, true));
          break;
        case 'r':
          out.push(sound(L, !vowelAt(i)));
          break;
        case 'l':
          out.push(sound(L));
          break;
        case 'm':
        case 'n':
          out.push(sound(N));
          break;
        case 'd':
        case 't':
          out.push(sound(T));
          break;
        case 'k':
        case 'q':
          out.push(sound(K));
          break;
        case 's':
        case 'z':
          out.push(sound(S));
          break;
        default:
          return null;
      }
    }
  }
  // Chinese syllables end in a vowel, n or ng: a final stop is not written (Edward 爱德华).
  if (chinese) {
    for (let j = out.length - 1; j >= 0; j--) {
      const s = out[j]!;
      if (s.optional) continue;
      if (s.set & (T | K)) out[j] = sound(s.set, true);
      break;
    }
  }
  const vowelFirst = VOWEL.test(w[0]!) ? true : w[0] === 'h' && vowelAt(1) ? null : false;
  // Chelsea: English -ea is read i (チェルシー).
  const endsInA = w.endsWith('a') && !w.endsWith('ea');
  return { sounds: out, vowelFirst, endsInA };
}

/**
 * A word ending in -a on one side only is another name or the other gender (Navalnaya /
 * ナワリヌイ). Hangul writes an English -er with eo; katakana (ター) and Chinese (亚历山大
 * Alexander, 爱德华 Edward) end many a name in a that the Latin spelling does not, so with
 * them only a Latin -a, or their own ya, wa, va (-aya, -ova), must be met by the other.
 */
function endsAgree(latin: WordReading, written: WordReading, kind: Kind): boolean {
  if (kind === 'hangul' || kind === 'Greek letters') return latin.endsInA === written.endsInA;
  if (latin.endsInA) return written.endsInA;
  return !written.feminine;
}

/** The class of a consonant in the libraries' readings of katakana and hangul. */
function kanaHangulClass(c: string): number {
  switch (c) {
    case 'p':
    case 'b':
      return P;
    case 'f':
      return P | H;
    case 'v':
      return P | W;
    case 't':
    case 'd':
      return T;
    case 'k':
    case 'g':
      return K;
    case 's':
    case 'z':
    case 'j':
    case 'ch':
    case 'sh':
      return S;
    // Japanese ツ tsu also writes a t before u (ツポレフ Tupolev).
    case 'ts':
      return S | T;
    case 'l':
    case 'r':
      return L;
    case 'n':
    case 'm':
    case 'ng':
      return N;
    case 'h':
      return H;
    case 'w':
      return W;
    default:
      return 0;
  }
}

/** Consonants of a reading in Latin letters (katakana's Hepburn, hangul's Revised Romanisation). */
function readingSounds(reading: string): WordReading | null {
  const r = reading.toLowerCase().replace(/[^a-z]/g, '');
  if (!r) return null;
  const out: Sound[] = [];
  let i = 0;
  let last = 0;
  while (i < r.length) {
    if (VOWEL.test(r[i]!)) {
      last = 0;
      i++;
      continue;
    }
    const two = r.slice(i, i + 2);
    const unit = two === 'ch' || two === 'sh' || two === 'ts' || two === 'ng' ? two : r[i]!;
    i += unit.length;
    const set = kanaHangulClass(unit);
    if (!set) return null;
    // Two letters of one class with no vowel between are one sound (hangul 킬 리 kil-li).
    if (set === last) continue;
    out.push(sound(set));
    last = set;
  }
  return {
    sounds: out,
    vowelFirst: VOWEL.test(r[0]!),
    endsInA: r.endsWith('a'),
    feminine: /(?:y|w|v)a$/.test(r),
  };
}

/** A katakana word: the small tsu and the long mark write no consonant. */
function katakanaWord(word: string): WordReading | null {
  return readingSounds(anyAscii(word.replace(/[ッー]/g, '')));
}

/**
 * A hangul word: any-ascii's Revised Romanisation, every syllable opening in a capital. A
 * syllable ending in ㅅ (any-ascii s) writes a foreign final t (베넷 Bennett).
 */
function hangulWord(word: string): WordReading | null {
  return readingSounds(anyAscii(word).replace(/s(?=[A-Z]|$)/g, 't'));
}

/** A word in Chinese characters read syllable by syllable in Pinyin. */
function chineseWord(word: string): WordReading | null {
  const out: Sound[] = [];
  let first: boolean | null = null;
  let endsInA = false;
  let feminine = false;
  let lastFinal = 0;
  for (const ch of word) {
    const syl = anyAscii(ch).toLowerCase();
    if (!/^[a-z]+$/.test(syl)) return null;
    const m = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?([a-z]*)$/.exec(syl)!;
    const initial = m[1] ?? '';
    const rime = m[2] ?? '';
    let set = 0;
    if (syl === 'er') set = 0;
    else if (/^(?:zh|ch|sh|z|c|s)$/.test(initial)) set = S;
    else if (/^[jqx]$/.test(initial)) set = S | K;
    else if (initial === 'b' || initial === 'p') set = P;
    else if (initial === 'f') set = P | H;
    else if (initial === 'm' || initial === 'n') set = N;
    else if (initial === 'd' || initial === 't') set = T;
    else if (initial === 'l' || initial === 'r') set = L;
    else if (initial === 'g' || initial === 'k') set = K;
    // 华 hua, 霍 huo: w or h before another vowel (Edward 爱德华).
    else if (initial === 'h') set = /^u[aoe]/.test(rime) ? H | W : H;
    // 瓦 wa, 维 wei write w and v; 乌 wu is the vowel u.
    else if (initial === 'w') set = rime.startsWith('u') ? 0 : W;
    first ??= set === 0;
    // A final n and the next syllable's n are one sound (曼宁 man-ning, Manning).
    if (set && !(set === N && lastFinal === N)) out.push(sound(set));
    lastFinal = 0;
    if (syl === 'er') out.push(sound(L));
    else if (/ng?$/.test(rime)) {
      out.push(sound(N));
      lastFinal = N;
    }
    endsInA = rime.endsWith('a');
    feminine = /^(?:ya|wa)$/.test(syl);
  }
  if (out.length === 0) return null;
  return { sounds: out, vowelFirst: first, endsInA, feminine };
}

const GREEK_VOWEL = /[αεηιουω]/;

/** Greek letters as consonant classes; a pair of letters is read first (GREEK_PAIRS). */
const GREEK_LETTERS: Record<string, number[]> = {
  β: [P | W],
  γ: [K],
  δ: [T],
  ζ: [S],
  θ: [T | S],
  κ: [K],
  λ: [L],
  μ: [N],
  ν: [N],
  ξ: [K, S],
  π: [P],
  ρ: [L],
  σ: [S],
  ς: [S],
  τ: [T],
  φ: [P | H],
  χ: [K | H],
  ψ: [P, S],
};

/**
 * A word in Greek letters (rule translit:el foreign-name): μπ, ντ, γκ are b, d, g, with an n
 * before them inside a word or not (Σνόουντεν Snowden, Κουφοντίνας Koufontinas); τσ, τζ are the
 * sibilants (Τζούλιαν Julian); ου before a vowel is a w (Έντουαρντ Edward), and γου too
 * (Γουόλς Walsh), else the vowel u;
 * αυ, ευ are av, ev or af, ef; γ before ι or ε and a vowel is a y (Γιούλια Yulia).
 */
function greekWord(word: string): WordReading | null {
  const g = word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(.)\1+/gu, '$1');
  if (!/^[\u0370-\u03ff]+$/u.test(g)) return null;
  const out: Sound[] = [];
  let i = 0;
  while (i < g.length) {
    const c = g[i]!;
    const two = g.slice(i, i + 2);
    const next = g[i + 2] ?? '';
    if (two === 'μπ' || two === 'ντ' || two === 'γκ' || two === 'γγ') {
      out.push(sound(N, true), sound(two === 'μπ' ? P : two === 'ντ' ? T : K));
      i += 2;
    } else if (two === 'τσ' || two === 'τζ') {
      out.push(sound(S));
      i += 2;
    } else if (two === 'γο' && g[i + 2] === 'υ' && GREEK_VOWEL.test(g[i + 3] ?? '')) {
      // γου before a vowel is an English w (Γουόλς Walsh, Γουίλερ Wheeler).
      out.push(sound(W | P));
      i += 3;
    } else if (two === 'ου') {
      if (GREEK_VOWEL.test(next)) out.push(sound(W | P));
      i += 2;
    } else if (two === 'αυ' || two === 'ευ') {
      out.push(sound(P | W | H));
      i += 2;
    } else if (c === 'γ' && /[ιε]/.test(g[i + 1] ?? '') && GREEK_VOWEL.test(next)) {
      i += 2;
    } else if (GREEK_VOWEL.test(c)) {
      i++;
    } else {
      const sets = GREEK_LETTERS[c];
      if (!sets) return null;
      for (const set of sets) out.push(sound(set));
      i++;
    }
  }
  return {
    sounds: out,
    vowelFirst: GREEK_VOWEL.test(g[0]!) && !g.startsWith('ου'),
    endsInA: g.endsWith('α'),
  };
}

/** Whether the transcription's consonants are the Latin word's, the rest of which may go unwritten. */
export function soundsAgree(latin: Sound[], written: Sound[]): boolean {
  const memo = new Map<number, boolean>();
  const go = (i: number, j: number): boolean => {
    if (j === written.length || (i === latin.length && written.slice(j).every((w) => w.optional))) {
      for (let k = i; k < latin.length; k++) if (!latin[k]!.optional) return false;
      return true;
    }
    if (i === latin.length) return false;
    const key = i * 64 + j;
    const seen = memo.get(key);
    if (seen !== undefined) return seen;
    const l = latin[i]!;
    const w = written[j]!;
    const ok =
      ((l.set & w.set) !== 0 && go(i + 1, j + 1)) ||
      (l.optional && go(i + 1, j)) ||
      (w.optional && go(i, j + 1));
    memo.set(key, ok);
    return ok;
  };
  return go(0, 0);
}

/** The transcription script of a name written in it, or null. */
export function transcription(p: ParsedName): Kind | null {
  const s = p.scripts;
  if (s?.length !== 1) return null;
  if (s[0] === 'jt') return 'katakana';
  if (s[0] === 'zt') return 'Chinese characters';
  if (s[0] === 'el') return 'Greek letters';
  if (s[0] === 'ko' && /[\s\u00b7\u30fb]/u.test(p.input.trim())) return 'hangul';
  return null;
}

const SEPARATORS = /[\s\u00b7\u2027\u30fb\u30a0=\uff1d-]+/u;

/** The words of a name written in a transcription script (split as transcriptionMatch does). */
export function writtenWords(written: ParsedName): string[] {
  return written.input.trim().split(/[\s\u00b7\u2027\u30fb]+/u);
}

/** The words of a Latin or Cyrillic name (split as transcriptionMatch does). */
export function latinWords(latin: ParsedName): string[] {
  return latin.input.trim().split(/\s+/u);
}

/** One word, its separators left out, as transcriptionMatch reads it. */
export const joinedWord = (word: string): string => word.split(SEPARATORS).join('');

/** The reader of a word in a transcription script. */
export function readerOf(kind: Kind): (word: string) => WordReading | null {
  return kind === 'katakana'
    ? katakanaWord
    : kind === 'hangul'
      ? hangulWord
      : kind === 'Greek letters'
        ? greekWord
        : chineseWord;
}

/** The pair as a foreign name against its transcription, matched on consonants; a match only. */
export function transcriptionMatch(pa: ParsedName, pb: ParsedName): CompareResult | null {
  const ka = transcription(pa);
  const kb = ka ? null : transcription(pb);
  const kind = ka ?? kb;
  if (!kind) return null;
  const [written, latin] = ka ? [pa, pb] : [pb, pa];
  if (latin.scripts || latin.family === 'east_asian') return null;
  const wWords = writtenWords(written);
  const lWords = latinWords(latin);
  if (wWords.length < 2 || wWords.length !== lWords.length) return null;
  const chinese = kind === 'Chinese characters';
  const read = readerOf(kind);
  let consonants = 0;
  for (let i = 0; i < wWords.length; i++) {
    const w = read(joinedWord(wWords[i]!));
    const l = latinSounds(joinedWord(lWords[i]!), chinese);
    if (!w || !l || w.sounds.length === 0) return null;
    if (l.vowelFirst !== null && w.vowelFirst !== null && l.vowelFirst !== w.vowelFirst)
      return null;
    if (!endsAgree(l, w, kind)) return null;
    if (!soundsAgree(l.sounds, w.sounds)) return null;
    consonants += w.sounds.length;
  }
  if (consonants < 4) return null;
  const item: EvidenceItem = {
    part: 'name',
    a: pa.input,
    b: pb.input,
    how: 'transliteration',
    score: 0.9,
    note: `translit:foreign-name (a foreign name in ${kind}, compared on its consonants)`,
  };
  return { a: pa.input, b: pb.input, score: 0.9, decision: 'match', evidence: [item] };
}
