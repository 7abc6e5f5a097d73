/**
 * Thai names against Latin spellings (translit:th, the team's table). Thai is not read into
 * Latin letters for the rest of the engine: two Thai spellings still match only when written
 * alike (สมชาย and สมชัย are both Somchai in English but two names). What is compared here is
 * a consonant key of each word, built the same way from the Thai letters and from the Latin
 * spelling, because English spellings of Thai names disagree mostly on what the key leaves
 * out: aspiration (Panupong / Phanuphong), voicing (Jadnok / Chatnok), vowels and their
 * length (Apan / Apun, Preelert for เลิศ), and an r written only to make a vowel long (Arnon).
 *
 * The Thai letters are read syllable by syllable: a leading vowel (เ แ โ ใ ไ) belongs to the
 * consonant after it; a letter under the thanthakhat (์), with a vowel mark before it, is
 * silent; ห before a sonorant with a vowel is silent; a syllable-final consonant is read as
 * Thai says it (ศ ษ ส ด ต ท ช at the end are t, ญ ณ ร ล n, บ พ ภ p, ก ข ค k).
 */

/** Consonants as the start of a syllable (RTGS, aspiration kept; the key drops it). */
const INITIAL: Record<string, string> = {
  ก: 'k',
  ข: 'kh',
  ฃ: 'kh',
  ค: 'kh',
  ฅ: 'kh',
  ฆ: 'kh',
  ง: 'ng',
  จ: 'ch',
  ฉ: 'ch',
  ช: 'ch',
  ซ: 's',
  ฌ: 'ch',
  ญ: 'y',
  ฎ: 'd',
  ฏ: 't',
  ฐ: 'th',
  ฑ: 'th',
  ฒ: 'th',
  ณ: 'n',
  ด: 'd',
  ต: 't',
  ถ: 'th',
  ท: 'th',
  ธ: 'th',
  น: 'n',
  บ: 'b',
  ป: 'p',
  ผ: 'ph',
  ฝ: 'f',
  พ: 'ph',
  ฟ: 'f',
  ภ: 'ph',
  ม: 'm',
  ย: 'y',
  ร: 'r',
  ล: 'l',
  ว: 'w',
  ศ: 's',
  ษ: 's',
  ส: 's',
  ห: 'h',
  ฬ: 'l',
  อ: '',
  ฮ: 'h',
};

/** How a consonant closing a syllable is said: k, t, p, n, m, ng, or a glide. */
function finalOf(c: string): string {
  if ('กขฃคฅฆ'.includes(c)) return 'k';
  if ('จฉชซฌฎฏฐฑฒดตถทธศษส'.includes(c)) return 't';
  if ('ญณนรลฬ'.includes(c)) return 'n';
  if ('บปผพฟภฝ'.includes(c)) return 'p';
  if (c === 'ม') return 'm';
  if (c === 'ง') return 'ng';
  if (c === 'ย') return 'i';
  if (c === 'ว') return 'o';
  return '';
}

const isConsonant = (c: string | undefined) => !!c && c >= '\u0e01' && c <= '\u0e2e';
const LEADING = 'เแโใไ';
/** Vowel marks after, above or below a consonant (อ after a consonant is a vowel too). */
const FOLLOWING: Record<string, string> = {
  ะ: 'a',
  'ั': 'a',
  า: 'a',
  ำ: 'am',
  'ิ': 'i',
  'ี': 'i',
  'ึ': 'ue',
  'ื': 'ue',
  'ุ': 'u',
  'ู': 'u',
  ๅ: 'a',
};
const LEADING_VOWEL: Record<string, string> = { เ: 'e', แ: 'ae', โ: 'o', ใ: 'ai', ไ: 'ai' };
/** ห is silent before these when a vowel follows them (หญิง ying, หมอ mo). */
const SONORANT = 'งญนมยรลว';
/** Tone marks and the short-vowel mark ็: not in any Latin spelling. */
const TONES = /[\u0e47-\u0e4b]/gu;
/** A letter under the thanthakhat, with a vowel mark before it: silent (จันทร์, ศักดิ์). */
const SILENT = /[\u0e01-\u0e2e][\u0e34\u0e38]?\u0e4c/gu;

/** Whether a vowel mark (or อ as a vowel) follows the consonant at `i`. */
function voweled(w: string, i: number): boolean {
  const n = w[i + 1];
  if (n === undefined) return false;
  if (FOLLOWING[n] !== undefined) return true;
  return n === 'อ' && FOLLOWING[w[i + 2] ?? ''] === undefined;
}

/** One Thai word read into Latin letters (a reading for the key, not for display). */
export function readThaiWord(word: string): string {
  const w = word.replace(TONES, '').replace(SILENT, '');
  let out = '';
  let state: 'start' | 'bare' | 'open' = 'start';
  let lead = '';
  let afterFinal = false;
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    if (LEADING.includes(c)) {
      lead = LEADING_VOWEL[c]!;
      state = 'start';
      continue;
    }
    if (c === 'ฤ') {
      out += 'rue';
      state = 'open';
      continue;
    }
    const v = FOLLOWING[c];
    if (v !== undefined) {
      out += v;
      state = 'open';
      continue;
    }
    if (!isConsonant(c)) continue;
    // อ right after a consonant, with no vowel of its own, is the vowel o (นอก nok).
    if (c === 'อ' && isConsonant(w[i - 1]) && !voweled(w, i)) {
      out += 'o';
      state = 'open';
      continue;
    }
    // A word-final consonant right after a final one is silent (วัตร wat, ลักษณ์ lak): a Thai
    // syllable closes on one consonant, and the rest of a Sanskrit cluster is not said (nm43).
    if (i === w.length - 1 && afterFinal && lead === '') continue;
    const initial = lead !== '' || voweled(w, i) || state === 'start' || opensNext(w, i, state);
    afterFinal = !initial;
    if (!initial) {
      out += finalOf(c);
      state = 'start';
      continue;
    }
    if (c === 'ห' && SONORANT.includes(w[i + 1] ?? '') && voweled(w, i + 1)) continue;
    out += INITIAL[c] ?? '';
    if (lead) out += lead;
    state = lead || voweled(w, i) ? 'open' : 'bare';
    lead = '';
  }
  return out;
}

/**
 * After a syllable with its vowel, a consonant with none is that syllable's final, unless the
 * next consonant is itself a final with no vowel (ภาณุพงศ์: พ opens phong, ง closes it).
 */
function opensNext(w: string, i: number, state: 'bare' | 'open'): boolean {
  if (state === 'bare') return false;
  // After ั (mai han-akat) the syllable must close: the consonant is its final (วัตร wat).
  if (w[i - 1] === '\u0e31') return false;
  const n = w[i + 1];
  if (!isConsonant(n) || voweled(w, i + 1) || LEADING.includes(n ?? '')) return false;
  const after = w[i + 2];
  return after === undefined || isConsonant(after) || LEADING.includes(after);
}

/**
 * The consonant key of a Latin spelling (or of readThaiWord's reading): aspiration and voicing
 * left out (ph p b, th t d, kh k g, ch j), ng one letter, an r after a vowel before a
 * consonant or at the end dropped (Arnon, Preelert), vowels, w, y and doubled letters left out.
 */
export function thaiKey(latin: string): string {
  let t = latin
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  t = t
    // nm43: sh is ช in older spellings (Shinawatra), ck a k (Yingluck); a final r after a
    // consonant is the written cluster Thai leaves unsaid (-watra for วัตร wat); l closing a
    // syllable is said n (-kul for กุล kun, Silpa- for ศิลป).
    .replace(/sh/g, 'ch')
    .replace(/ck/g, 'k')
    .replace(/(?<=[^aeiou])ra?$/, '')
    .replace(/l(?=[^aeiou]|$)/g, 'n')
    .replace(/ng/g, 'G')
    .replace(/[pbk]h|th|ch/g, (m) => m[0]!)
    .replace(/j/g, 'c')
    .replace(/(?<=[aeiou])r(?=[^aeiou]|$)/g, '')
    .replace(/b/g, 'p')
    .replace(/d/g, 't')
    .replace(/g/g, 'k')
    .replace(/[zx]/g, 's')
    .replace(/q/g, 'k')
    .replace(/v/g, 'w')
    .replace(/[aeiouwy]/g, '');
  let out = '';
  for (const ch of t) if (ch !== out[out.length - 1]) out += ch;
  return out;
}

export const THAI_LETTERS = /[\u0e00-\u0e7f]/u;
const THAI_ONLY = /^[\u0e00-\u0e7f\s.-]+$/u;

/**
 * A Thai name against a Latin one, word by word in the same order (both give the given name
 * first): every word's key equal, with two consonants at least in the name. Null when the pair
 * is not Thai letters against Latin ones.
 */
export function thaiAgainstLatin(thai: string, latin: string): string[] | null {
  if (!THAI_ONLY.test(thai.trim()) || THAI_LETTERS.test(latin) || !/[a-z]/iu.test(latin))
    return null;
  const tw = thai.trim().split(/\s+/u);
  const lw = latin.trim().split(/\s+/u);
  return tw.length === lw.length ? tw.map(readThaiWord) : null;
}

/** Whether the readings agree with the Latin words key for key. */
export function thaiKeysAgree(readings: string[], latin: string): boolean {
  const lw = latin.trim().split(/\s+/u);
  let letters = 0;
  for (let i = 0; i < readings.length; i++) {
    const k = thaiKey(readings[i]!);
    if (k !== thaiKey(lw[i]!)) return false;
    letters += k.length;
  }
  return letters >= 3;
}
