/**
 * Candidate-index keys for foreign names written in katakana, hangul, Chinese transcription
 * characters or Greek letters and the Latin or Cyrillic names transcription.ts matches them
 * with (translit:foreign-name): a query in one finds an alias in the other, both ways.
 *
 * The key is the name's consonants, word by word, each as one of six letters: p (p b f v w),
 * t (t d th), k (k g c kh), s (s z sh zh ts j ch), l (l r), n (n m). A Latin name gives one key:
 * its consonants that the transcription must write (an h, an r before a consonant, the k of x are
 * left out), each as the letter of its class. A name in a transcription script gives every key
 * its consonants could be read as: each consonant as any letter of a Latin consonant it may
 * write (a Chinese j, q, x as s, k or t; an h as the p of f, the s of ch, the k of kh, or
 * nothing), an l as l or as nothing (the Latin r it writes may be the one left out), in Chinese
 * with a final t, k or s added (a final stop its syllables do not write). A pair compare
 * matches therefore nearly always shares a key; what the key leaves out (vowels, word openings)
 * is compare's to check.
 *
 * A key names its side (L for the Latin name, W for the written one): a Latin query looks
 * only among names in these scripts, which are few, and a written query among Latin names
 * under its few keys; two Latin names never meet here, so each Latin alias files one key more
 * and a Latin query looks under one key more.
 */
import anyAscii from 'any-ascii';
import type { KeyBuffer } from './index-keys.ts';
import type { ParsedName } from './parse.ts';
import { hashEnd, hashOn, hashStart } from './postings.ts';
import {
  H,
  joinedWord,
  K,
  type Kind,
  L,
  latinWords,
  N,
  P,
  readerOf,
  S,
  type Sound,
  T,
  transcription,
  W,
  type WordReading,
  writtenWords,
} from './transcription.ts';

/** Most words a name keyed here may have (transcriptionMatch compares word by word). */
const MAX_WORDS = 4;
/** Most keys one written name gives; a name that would give more gives none. */
const MAX_KEYS = 512;
/** Consonants of each word in a key. */
const CAP = 3;
/** Fewest consonants of a Latin key: shorter keys would be shared by too many names. */
const MIN_LATIN = 2;

/**
 * Pushes the transcription keys of a name onto `buf` (not cleared): those it is filed under
 * (`filing`) or those a query looks under.
 */
export function transcriptionKeysInto(p: ParsedName, buf: KeyBuffer, filing: boolean): void {
  const written = writtenKeys(p);
  if (written) {
    const side = filing ? 'W' : 'L';
    for (const k of written) buf.push(hashEnd(hashOn(hashStart(`t${side}:`), k), ''));
    return;
  }
  if (p.scripts || p.family === 'east_asian') return;
  const key = latinKey(p);
  if (key !== null) buf.push(hashEnd(hashOn(hashStart(`t${filing ? 'L' : 'W'}:`), key), ''));
}

/**
 * Whether a name is filed under written transcription keys (katakana, hangul of two words or
 * more, Chinese transcription characters). Its sketch shares no letters with the Latin names
 * it matches, so the candidate index does not take it as weak (see CandidateIndex.collect).
 */
export function writtenTranscription(p: ParsedName): boolean {
  const kind = transcription(p);
  return kind !== null && kind !== 'Greek letters';
}

/**
 * The keys of a name in a transcription script (empty when it would give too many), or null
 * for a name in none.
 */
export function writtenKeys(p: ParsedName): string[] | null {
  const kind = transcription(p);
  if (!kind) return null;
  // Greek letters are read by greek.ts into the ordinary keys, which find most such pairs; the
  // consonant keys of Greek names were shared by too many others (bench:names holds Greek
  // spellings of Belarusian names: a Latin query collected four times the candidates).
  if (kind === 'Greek letters') return [];
  const words = writtenWords(p);
  if (words.length < 2 || words.length > MAX_WORDS) return [];
  const read = readerOf(kind);
  const chinese = kind === 'Chinese characters';
  let keys = [''];
  for (let i = 0; i < words.length; i++) {
    const w = read(joinedWord(words[i]!));
    if (!w || w.sounds.length === 0) return [];
    const options = withMarks(writtenOptions(w.sounds, chinese), writtenMarks(w, kind));
    const next: string[] = [];
    for (const k of keys) for (const o of options) next.push(i === 0 ? o : `${k}|${o}`);
    if (next.length > MAX_KEYS) return [];
    keys = next;
  }
  return keys;
}

/** A Latin or Cyrillic name's one key, or null. */
export function latinKey(p: ParsedName): string | null {
  const words = latinWords(p);
  if (words.length < 2 || words.length > MAX_WORDS) return null;
  let key = '';
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    const part = latinWordPart(words[i]!);
    if (part === null) return null;
    if (i > 0) key += '|';
    key += part;
    // The letters after the marks (v or c, then a for -a).
    count += part.length - (part[1] === 'a' ? 2 : 1);
  }
  return count >= MIN_LATIN ? key : null;
}

/** Scratch for latinWordPart: the word's letters as latinSounds reads them, and how many. */
let letters = new Uint8Array(64);
let letterCount = 0;

/** anyAscii of each code point above 0x7f met so far (it reads one code point at a time). */
const asciiOf = new Map<number, string>();

/** Appends one ASCII code as latinSounds keeps it: lower case, a-z only, a letter once in a row. */
function keepLetter(code: number): void {
  const c = code >= 65 && code <= 90 ? code | 0x20 : code;
  if (c < 97 || c > 122) return;
  if (letterCount > 0 && letters[letterCount - 1] === c) return;
  if (letterCount === letters.length) {
    const grown = new Uint8Array(letterCount * 2);
    grown.set(letters);
    letters = grown;
  }
  letters[letterCount++] = c;
}

/** The letter at i, or 0 past the end. */
const letterAt = (i: number): number => (i < letterCount ? letters[i]! : 0);

/** latinSounds' vowels (a e i o u y) by code. */
const vowelCode = (c: number): boolean =>
  c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;

/**
 * One Latin word's part of the key: 'v' or 'c' (an opening h is left out, so Hans ハンス is
 * found by the written name's h read as none), 'a' for -a, then its first CAP consonants that
 * the transcription must write.
 *
 * Computed as `latinSounds(joinedWord(word), false)` and a loop over its sounds would, but by
 * char code: no Sound objects, no expressions, and it stops after CAP consonants (latinSounds
 * reads every letter a-z, so nothing later can make it give up). Every Latin or Cyrillic alias
 * asks it for each word; through latinSounds it was an eighth of the build at a million
 * aliases, and keeping the first 4,096 words' parts (idx46) now costs more than it saves. The
 * separators joinedWord removes are not letters in any-ascii either (checked in
 * fast-paths-nperf47.test.ts), so they are dropped with the other non-letters.
 */
export function latinWordPart(word: string): string | null {
  letterCount = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code <= 0x7f) {
      keepLetter(code);
      continue;
    }
    const point = word.codePointAt(i)!;
    if (point > 0xffff) i++;
    let ascii = asciiOf.get(point);
    if (ascii === undefined) {
      ascii = anyAscii(String.fromCodePoint(point));
      // A name's letters come from a few scripts; text of every script is not kept forever.
      if (asciiOf.size >= 4_096) asciiOf.clear();
      asciiOf.set(point, ascii);
    }
    for (let k = 0; k < ascii.length; k++) keepLetter(ascii.charCodeAt(k));
  }
  const n = letterCount;
  if (n < 2) return null;
  const first = letters[0]!;
  const vowelFirst = vowelCode(first)
    ? true
    : first === 104 && vowelCode(letters[1]!)
      ? null
      : false;
  let part = vowelFirst === false ? 'c' : 'v';
  // Chelsea: English -ea is read i.
  if (letters[n - 1] === 97 && letters[n - 2] !== 101) part += 'a';
  let count = 0;
  let i = 0;
  while (i < n && count < CAP) {
    const c = letters[i]!;
    if (vowelCode(c)) {
      i++;
      continue;
    }
    const c1 = letterAt(i + 1);
    const c2 = letterAt(i + 2);
    // Each branch in latinSounds' order; `set` is the one consonant the key may count, 0 for
    // none (an optional one, or a w before no vowel).
    let set = 0;
    if (
      c === 100 &&
      ((c1 === 115 && c2 === 99 && letterAt(i + 3) === 104) || (c1 === 122 && c2 === 104))
    ) {
      // dsch, dzh
      set = S;
      i += c1 === 115 ? 4 : 3;
    } else if ((c === 115 || c === 116) && c1 === 99 && c2 === 104) {
      // sch, tch
      set = S;
      i += 3;
    } else if (
      (c1 === 104 && (c === 115 || c === 122)) ||
      (c === 116 && (c1 === 115 || c1 === 122)) ||
      (c === 100 && (c1 === 106 || c1 === 122))
    ) {
      // sh zh ts tz dj dz
      set = S;
      i += 2;
    } else if (c === 99 && c1 === 104) {
      set = S | K | H;
      i += 2;
    } else if (c === 107 && c1 === 104) {
      set = K | H;
      i += 2;
    } else if (c === 116 && c1 === 104) {
      set = T | S;
      i += 2;
    } else if (c === 112 && c1 === 104) {
      set = P;
      i += 2;
    } else if (c === 103 && c1 === 104) {
      // gh: optional
      i += 2;
    } else if ((c === 99 && c1 === 107) || (c === 113 && c1 === 117)) {
      set = K;
      i += 2;
    } else if (c === 110 && c1 === 103) {
      // ng: an n, then an optional g
      set = N;
      i += 2;
    } else {
      i++;
      const next = letterAt(i);
      switch (c) {
        case 120: // x: an optional k, then an s
        case 115: // s
        case 122: // z
          set = S;
          break;
        case 99: // c
          set = K | S;
          break;
        case 103: // g
          set = next === 101 || next === 105 || next === 121 ? K | S : K;
          break;
        case 119: // w, before a vowel or wh and a vowel
          if (vowelCode(next) || (next === 104 && vowelCode(letterAt(i + 1)))) set = W | P;
          break;
        case 118: // v
          set = P | W;
          break;
        case 102: // f
          set = P | H;
          break;
        case 98: // b
        case 112: // p
          set = P;
          break;
        case 114: // r, optional before no vowel
          if (vowelCode(next)) set = L;
          break;
        case 108: // l
          set = L;
          break;
        case 109: // m
        case 110: // n
          set = N;
          break;
        case 100: // d
        case 116: // t
          set = T;
          break;
        case 107: // k
        case 113: // q
          set = K;
          break;
        // h and j: optional
      }
    }
    if (set === 0) continue;
    const letter = latinLetter(set);
    if (letter) {
      part += letter;
      count++;
    }
  }
  return part;
}

/** The letter of a Latin consonant's classes (latinSounds' sets). */
function latinLetter(set: number): string {
  if (set & L) return 'l';
  if (set & N) return 'n';
  if (set & (P | W)) return 'p';
  if (set & T) return 't';
  if (set === (S | K | H)) return 's';
  if (set & K) return 'k';
  if (set & S) return 's';
  return '';
}

/**
 * The letters a written consonant may stand for, '' for a Latin consonant the Latin key
 * leaves out (an h, an r before a consonant, the k of x, the g of ng).
 */
function writtenLetters(sounds: Sound[], i: number, chinese: boolean): string[] {
  const { set, optional } = sounds[i]!;
  const out = new Set<string>();
  if (set & (P | W)) out.add('p');
  if (set & T) out.add('t');
  if (set & S) {
    out.add('s');
    out.add('t');
    out.add('k');
  }
  if (set & K) {
    out.add('k');
    out.add('s');
    const next = sounds[i + 1]?.set ?? 0;
    const before = sounds[i - 1]?.set ?? 0;
    if (next & S || before & N) out.add('');
  }
  // Katakana and hangul write the kh of Russian names as an f before a consonant (バフミナ
  // Bakhmina).
  if (set === (P | H) && !chinese) out.add('k');
  // An h alone is the Latin h left out, or the h of kh or German ch.
  if (set === H || set === (H | W)) {
    out.add('s');
    out.add('k');
    out.add('');
  }
  if (set & L) {
    out.add('l');
    out.add('');
  }
  if (set & N) out.add('n');
  if (optional) out.add('');
  return [...out];
}

/**
 * The marks a written word's key may open with, as transcriptionMatch compares the words: 'v'
 * or 'c' for a vowel or a consonant first (both for an opening h, which may write the Latin h
 * the Latin key leaves out, and for a word that may open either way), then 'a' for a word
 * ending in -a where the Latin word must end so too (endsAgree): in hangul a written -a only,
 * in katakana and Chinese a written ya, wa, va (-aya, -ova) always and any other -a maybe (ター,
 * 亚历山大 Alexander).
 */
function writtenMarks(w: WordReading, kind: Kind): string[] {
  const first = w.sounds[0]?.set ?? 0;
  const opens =
    w.vowelFirst === null ? ['v', 'c'] : w.vowelFirst ? ['v'] : first & H ? ['c', 'v'] : ['c'];
  const ends =
    kind === 'hangul' || kind === 'Greek letters'
      ? [w.endsInA ? 'a' : '']
      : w.feminine
        ? ['a']
        : w.endsInA
          ? ['', 'a']
          : [''];
  return opens.flatMap((o) => ends.map((e) => o + e));
}

/** Each mark before each reading. */
function withMarks(options: string[], marks: string[]): string[] {
  return marks.flatMap((m) => options.map((o) => m + o));
}

/**
 * Every reading of one written word's consonants as Latin key letters, the first CAP of them:
 * a word's first consonants tell names apart well enough, and its later ones would multiply
 * the readings.
 */
function writtenOptions(sounds: Sound[], chinese: boolean): string[] {
  let out = new Set(['']);
  for (let i = 0; i < sounds.length; i++) {
    const next = new Set<string>();
    const letters = writtenLetters(sounds, i, chinese);
    for (const prefix of out) {
      if (prefix.length >= CAP) {
        next.add(prefix);
        continue;
      }
      for (const c of letters) next.add(prefix + c);
    }
    if (next.size > MAX_KEYS) return [];
    out = next;
  }
  // A Chinese word does not write a final stop (Edward 爱德华).
  if (chinese)
    for (const k of [...out]) if (k.length < CAP) for (const c of ['t', 'k', 's']) out.add(k + c);
  return [...out];
}
