/**
 * Burmese names, read syllable by syllable. A Burmese name is a run of syllables without a
 * space and without a surname (Aung San Suu Kyi: four syllables), and the press writes each
 * syllable its own conventional way (ဝင်း Win, မြင့် Myint, ထိန် Htein), which no letter-by-letter
 * reading gives: any-ascii reads ဝင်းမြင့် as vnmrn. Names are built from a small stock of
 * syllables, so the team's table lists the common ones with their press spelling. A name with
 * a syllable the table does not list is not read at all (the engine then only matches its own
 * spelling): a guessed syllable could make two people one.
 */

import { isSpace } from './char-codes.ts';

/**
 * Syllables without their tone marks (dot below U+1037, visarga U+1038), which the press
 * spelling does not write, so either order of the marks finds the entry.
 */
const SYLLABLES: Record<string, string> = {
  အောင်: 'Aung',
  ဆန်: 'San',
  စန်: 'San',
  စံ: 'San',
  စု: 'Su',
  ကြည်: 'Kyi',
  ကြီ: 'Gyi',
  ဝင်: 'Win',
  မြင်: 'Myint',
  ထိန်: 'Htein',
  မင်: 'Min',
  ကို: 'Ko',
  နိုင်: 'Naing',
  ကျော်: 'Kyaw',
  စို: 'Soe',
  ဦ: 'Oo',
  ဝ: 'Wa',
  လုံ: 'Lone',
  ခင်: 'Khin',
  ညွန်: 'Nyunt',
  သန်: 'Than',
  ရွှေ: 'Shwe',
  မောင်: 'Maung',
  ထွန်: 'Tun',
  လှ: 'Hla',
  မြ: 'Mya',
  ဇော်: 'Zaw',
  တင်: 'Tin',
  စိန်: 'Sein',
  သိန်: 'Thein',
  နု: 'Nu',
  ဒေါ်: 'Daw',
  မို: 'Moe',
  ဝေ: 'Wai',
  ထက်: 'Htet',
  နေ: 'Nay',
  ချစ်: 'Chit',
  ဇင်: 'Zin',
  သူ: 'Thu',
  ရဲ: 'Ye',
  မြတ်: 'Myat',
  ဖြို: 'Phyo',
  ငြိမ်: 'Nyein',
  ချို: 'Cho',
  သက်: 'Thet',
  ဟိန်: 'Hein',
  ပိုင်: 'Paing',
  ဆွေ: 'Swe',
  သစ်: 'Thit',
  နွယ်: 'Nwe',
  မာ: 'Mar',
  ချမ်: 'Chan',
  အေ: 'Aye',
  ငယ်: 'Nge',
  ဘ: 'Ba',
  ညို: 'Nyo',
  ထူ: 'Htoo',
  ခိုင်: 'Khaing',
  လင်: 'Lin',
  ကောင်: 'Kaung',
  အိ: 'Ei',
  သော်: 'Thaw',
  ကျင်: 'Kyin',
  ဌေ: 'Htay',
  ထွေ: 'Htway',
  ဖေ: 'Phay',
  ပြည်: 'Pyae',
  ဉာဏ်: 'Nyan',
  ရှိန်: 'Shein',
  ဟန်: 'Han',
  သွင်: 'Thwin',
  ယဉ်: 'Yin',
  ကြူ: 'Kyu',
  // nm41: further common name syllables in their usual press spelling (Kyaw Min Yu, Nilar
  // Thein, Ma Thida, Zarganar, Htin Lin Oo, Phyo Zeya Thaw).
  ယု: 'Yu',
  နီ: 'Ni',
  လာ: 'Lar',
  မ: 'Ma',
  သီ: 'Thi',
  တာ: 'Tar',
  ဇာ: 'Zar',
  ဂ: 'Ga',
  နာ: 'Nar',
  ထင်: 'Htin',
  ဇေ: 'Ze',
  ယျာ: 'Ya',
  // nm43: further common syllables (Nay Phone Latt, Myo Aung, Hkun Htun Oo, Nyi Nyi Lwin).
  ဖုန်: 'Phone',
  လတ်: 'Latt',
  မျို: 'Myo',
  ခွန်: 'Hkun',
  ညီ: 'Nyi',
  လွင်: 'Lwin',
  တို: 'Toe',
  ရှင်: 'Shin',
  // nm45: the Karen and Shan titles Naw, Saw and Nang, and further common syllables (Naw Ohn
  // Hla, Sithu, Myo Myint Nyein with ည, Shunlei, Yan Naung, Bo, Phyu).
  နော်: 'Naw',
  စော: 'Saw',
  နန်: 'Nang',
  အုန်: 'Ohn',
  စည်: 'Si',
  ညိမ်: 'Nyein',
  ရှန်: 'Shun',
  လဲ: 'Lei',
  ရည်: 'Yi',
  ဘို: 'Bo',
  ရန်: 'Yan',
  နောင်: 'Naung',
  ဖြူ: 'Phyu',
};

const TONES = /[\u1037\u1038]/gu;
const BURMESE_RUN = /[\u1000-\u109f]+/gu;

const isLetter = (c: number) => (c >= 0x1000 && c <= 0x102a) || c === 0x103f;

/** Splits a run of Burmese letters into syllables: a letter starts one unless it is a final. */
export function burmeseSyllables(run: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    let j = i + 1;
    while (run.charCodeAt(j) === 0x1037) j++;
    // A letter followed by the asat closes the syllable; one after a virama is stacked on it.
    const final = run.charCodeAt(j) === 0x103a || run.charCodeAt(i - 1) === 0x1039;
    if (isLetter(c) && !final && cur !== '') {
      out.push(cur);
      cur = '';
    }
    cur += run[i];
  }
  if (cur !== '') out.push(cur);
  return out;
}

function readRun(run: string, first: boolean): string | null {
  const words: string[] = [];
  for (const s of burmeseSyllables(run)) {
    const latin = SYLLABLES[s.replace(TONES, '')];
    if (!latin) return null;
    // ဦး opening a name is the title U (U Win Myint); elsewhere the syllable Oo (Kyaw Soe Oo).
    words.push(latin === 'Oo' && first && words.length === 0 ? 'U' : latin);
  }
  return words.join(' ');
}

/** Whether every syllable of the Burmese runs in a text is in the table. */
export function burmeseReadable(text: string): boolean {
  for (const m of text.matchAll(BURMESE_RUN)) if (readRun(m[0], false) === null) return false;
  return true;
}

/** The Burmese runs of a text as their press spelling, a syllable a word. */
export function readBurmese(text: string): string {
  return text.replace(BURMESE_RUN, (run, at: number) => {
    const r = readRun(run, text.slice(0, at).trim() === '');
    return r === null ? run : ` ${r} `;
  });
}

/** The press spellings of the table's syllables and the titles, lower case. */
const LATIN_SYLLABLES = new Set([
  ...Object.values(SYLLABLES).map((x) => x.toLowerCase()),
  'u',
  'daw',
  'ko',
  'ma',
]);

/**
 * Whether every word of a lower-case text (split at white space, as `\s` splits) is a syllable
 * of the table or a title: burmeseOrderApart and burmesePrefixApart ask it of every word, and
 * most names fail on their first word, so a comparison need not split them.
 */
export function burmeseSyllablesOnly(lower: string): boolean {
  let start = 0;
  for (let i = 0; i <= lower.length; i++) {
    if (i < lower.length && !isSpace(lower.charCodeAt(i))) continue;
    if (i > start && !LATIN_SYLLABLES.has(lower.slice(start, i))) return false;
    start = i + 1;
  }
  return true;
}

/** A syllable that no Pinyin, Wade-Giles or Korean spelling has (Kyaw, Aye, Htein). */
const NOT_EAST_ASIAN = /^(?:.*(?:aw|ye|ay|ein|aing|oe)|ht.*|hl.*|my.*|ky.*|oo)$/;

/**
 * Two Burmese names of the same syllables in another order (Mya Aye / Aye Mya): a Burmese
 * name has no surname, so the syllables' order is the name, and the other order is another
 * person. Both are the words of the names as written or read (lower case); every word must be
 * a syllable of the table and one at least a syllable only Burmese has, so that a Chinese or
 * Korean name given in the other order (Lin Min / Min Lin) is left to the other rules.
 */
export function burmeseOrderApart(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || a.length !== b.length) return false;
  if (a.join(' ') === b.join(' ')) return false;
  if (![...a, ...b].every((w) => LATIN_SYLLABLES.has(w))) return false;
  if (!a.some((w) => NOT_EAST_ASIAN.test(w))) return false;
  return [...a].sort().join(' ') === [...b].sort().join(' ');
}

/**
 * A Burmese name that is another's first syllables with the last left out (Zaw Myint / Zaw
 * Myint Maung, Win Myint / Win Myint Maung, Aung San / Aung San Suu Kyi): with no surname to
 * anchor it, the shorter is another person's whole name, not a short form. Two syllables at
 * least on the shorter side, every word a syllable of the table and one only Burmese has, as
 * burmeseOrderApart asks. A name known by its last syllables (Suu Kyi) is not touched.
 */
export function burmesePrefixApart(a: readonly string[], b: readonly string[]): boolean {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (s.length < 2 || s.length === l.length) return false;
  if (![...s, ...l].every((w) => LATIN_SYLLABLES.has(w))) return false;
  if (!l.some((w) => NOT_EAST_ASIAN.test(w))) return false;
  return s.every((w, i) => w === l[i]);
}
