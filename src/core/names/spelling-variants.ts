/**
 * Letters the press writes or leaves out in one name without changing it, in any language's
 * romanisation (nm43): a word is another spelling of another word when the two agree once
 * these are set aside. Each rule names itself in the evidence (spelling:<rule>).
 *   h after t or p   an aspirate mark (Thai Amphon / Ampon, Spanish Lesther / Lester, Martha / Marta)
 *   final h          after a vowel, a silent letter (Persian Sholeh / Shole, Sakineh / Sakine)
 *   ck, q            k written another way (Vicken / Viken, Uyghur Yalqun / Yalkun)
 *   dzh-             a Russian spelling of a Turkic word-initial zh (Dzhakishev / Zhakishev)
 * Only Latin words of four letters or more, and only where the rest agrees letter for letter:
 * Tamer / Thamer would be the same spelling too, so the rule is one letter class at a time.
 */
const RULES: ReadonlyArray<[name: string, re: RegExp, to: string]> = [
  ['h after t or p', /([tp])h/g, '$1'],
  ['final h', /([aeiou])h$/, '$1'],
  ['ck, q', /ck|q/g, 'k'],
  ['dzh-', /^dzh/, 'zh'],
];

const LATIN = /^[a-z]+$/;

/** The rule that makes two words one (lower case, Latin letters), or null. */
export function spellingVariant(x: string, y: string): string | null {
  if (x === y || x.length < 4 || y.length < 4 || !LATIN.test(x) || !LATIN.test(y)) return null;
  for (const [name, re, to] of RULES) {
    const nx = x.replace(re, to);
    const ny = y.replace(re, to);
    if (nx !== x || ny !== y) if (nx === ny) return name;
  }
  return null;
}
