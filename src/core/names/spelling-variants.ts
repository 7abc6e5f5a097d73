/**
 * Letters the press writes or leaves out in one name without changing it, in any language's
 * romanisation (nm43): a word is another spelling of another word when the two agree once
 * these are set aside. Each rule names itself in the evidence (spelling:<rule>).
 *   h after t or p   an aspirate mark (Thai Amphon / Ampon, Spanish Lesther / Lester, Martha / Marta)
 *   final h          after a vowel, a silent letter (Persian Sholeh / Shole, Sakineh / Sakine)
 *   ck, q            k written another way (Vicken / Viken, Uyghur Yalqun / Yalkun)
 *   dzh-             a Russian spelling of a Turkic word-initial zh (Dzhakishev / Zhakishev)
 *   hk, hp           Burmese aspirates written h first (Hkun / Khun, Hpone / Phone)
 *   maghrebi vowel   a first-syllable e or i left out (Jlassi / Jelassi, Brahim / Ibrahim): nm44
 *   c before e, i    French spellings write s so (Ciham / Siham; Cherif is no Sherif: ch stays): nm47
 *   z before e, i    Latin American Spanish says z as c there (Zeballos / Ceballos; not s: Polish
 *                    Zieliński and Sieliński are two names): nm47
 *   final ow         Persian و closing a name, o or ow (Khosrow / Khosro, Pirouz not: ou stays): nm47
 * Only Latin words of four letters or more, and only where the rest agrees letter for letter:
 * Tamer / Thamer would be the same spelling too, so the rule is one letter class at a time.
 */
const RULES: ReadonlyArray<[name: string, re: RegExp, to: string, cue: (w: string) => boolean]> = [
  ['h after t or p', /([tp])h/g, '$1', (w) => w.includes('h')],
  ['final h', /([aeiou])h$/, '$1', (w) => w.endsWith('h')],
  ['ck, q', /ck|q/g, 'k', (w) => w.includes('q') || w.includes('ck')],
  ['dzh-', /^dzh/, 'zh', (w) => w.startsWith('dzh')],
  ['c before e, i', /(?<!s)c(?=[eiy])/g, 's', (w) => w.includes('c')],
  ['z before e, i', /(?<![tsz])z(?=[eiy])/g, 'c', (w) => w.includes('z')],
  ['final ow', /ow$/, 'o', (w) => w.endsWith('ow')],
];

/**
 * Burmese aspirates written h first (Hkun, Hpone) or after (Khun, Phone): no other
 * romanisation opens a word with hk or hp, so three letters are enough. Ht is left alone: a
 * bare t may be the plain letter (Tin တင် and Htin ထင် are two names).
 */
const BURMESE_H = /^h([kp])/;
const burmeseAspirate = (w: string) => w.replace(BURMESE_H, '$1h');

const LATIN = /^[a-z]+$/;

const anyCue = (w: string) =>
  w.includes('h') || w.includes('q') || w.includes('c') || w.includes('z') || w.endsWith('w');

/** The rule that makes two words one (lower case, Latin letters), or null. */
export function spellingVariant(x: string, y: string): string | null {
  if (x === y || x.length < 3 || y.length < 3) return null;
  // Every rule but the Maghrebi vowel reads an h, a q, a c, a z or a final w, and
  // that one needs words a letter apart in length: most pairs are neither.
  if (!anyCue(x) && !anyCue(y) && Math.abs(x.length - y.length) !== 1) return null;
  if (!LATIN.test(x) || !LATIN.test(y)) return null;
  if (BURMESE_H.test(x) || BURMESE_H.test(y))
    return burmeseAspirate(x) === burmeseAspirate(y) ? 'burmese hk, hp' : null;
  if (x.length < 4 || y.length < 4) return null;
  // Most surname pairs reach this rule as a mismatch: a rule whose letters neither word has
  // would rewrite nothing, so it is not run (two replaced copies per rule, per pair).
  for (const [name, re, to, cue] of RULES) {
    if (!cue(x) && !cue(y)) continue;
    const nx = x.replace(re, to);
    const ny = y.replace(re, to);
    if (nx !== x || ny !== y) if (nx === ny) return name;
  }
  return maghrebiVowel(x, y) ? 'maghrebi vowel' : null;
}

/** Two consonants opening a word, the second no h of a digraph (sh, kh, th, gh, dh, ch). */
const OPENING_PAIR = /^[^aeiouy][^aeiouyh]/;

/**
 * Maghrebi Arabic drops the short vowel of a name's first syllable, and French spellings of
 * it write the two consonants together (Jlassi / Jelassi, Mbarek / Embarek, Ltaief / Eltaief,
 * Brahim / Ibrahim): one word is the other with an e or i before or between its first two
 * consonants, the rest letter for letter.
 */
function maghrebiVowel(x: string, y: string): boolean {
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (long.length !== short.length + 1 || !OPENING_PAIR.test(short)) return false;
  const v = long[0] === 'e' || long[0] === 'i' ? 0 : 1;
  return (long[v] === 'e' || long[v] === 'i') && long.slice(0, v) + long.slice(v + 1) === short;
}

/**
 * The same dzh- rule on folds, where a Cyrillic side is read (Жәкішев žakišev, Dzhakishev
 * džakišev): Kazakh writes ж where Russian writes дж at the start of a Turkic name.
 */
export function foldVariant(fx: string, fy: string): string | null {
  if (fx === fy || fx.length < 4 || fy.length < 4) return null;
  const dx = fx.startsWith('dž');
  const dy = fy.startsWith('dž');
  if (dx === dy) return null;
  return (dx ? fx.slice(1) : fx) === (dy ? fy.slice(1) : fy) ? 'dzh-' : null;
}

/**
 * Persian and Arabic given names of two parts, the second God's (-ollah, -allah, -ullah) or
 * the faith's (-eddin, -oddin, -uddin, -al-din), which the press often shortens to the first
 * (Heshmatollah / Heshmat, Jamaloddin / Jamal, Salaheddine / Salah): nm43. The first part must
 * keep four letters, so no Abd-, Ala- or Nur- is read as a whole name.
 */
const COMPOUND_TAIL =
  /^(\p{L}{4,}?)-?(?:[aou]l{1,2}ah|ol{1,2}ah|ul{1,2}ah|[aeou]d{1,2}in[e]?|al-?din)$/u;

export function compoundShortened(x: string, y: string): boolean {
  const short = x.length < y.length ? x : y;
  const long = x.length < y.length ? y : x;
  // The expression's first part is the short name: most pairs of given names fail here.
  if (short.length < 4 || !long.startsWith(short)) return false;
  const m = COMPOUND_TAIL.exec(long);
  return !!m && m[1] === short;
}
