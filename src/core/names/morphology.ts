import type { Gender } from './types.ts';

/**
 * Morphology a name engine needs: which gender a surname form carries, whether a token is a
 * patronymic, and the nominative behind an inflected Cyrillic name (Колесниковой, Сергея).
 */

/** Surname endings on the fold, longest first: feminine and masculine forms of one family. */
const SURNAME_ENDINGS: Array<[string, Gender]> = [
  ['skaia', 'f'],
  ['ckaia', 'f'],
  ['skaa', 'f'],
  ['ska', 'f'],
  ['cka', 'f'],
  ['ova', 'f'],
  ['eva', 'f'],
  ['ava', 'f'],
  ['ina', 'f'],
  ['aia', 'f'],
  ['ski', 'm'],
  ['cki', 'm'],
  ['ov', 'm'],
  ['ev', 'm'],
  ['au', 'm'],
  ['eu', 'm'],
  ['in', 'm'],
];

export interface GenderForm {
  gender: Gender;
  stem: string;
}

/**
 * Gender carried by a surname's ending (Kalesnikava f / Kalesnikau m, Tsikhanouskaya f /
 * Tsikhanouski m). Endings that do not vary (Babaryka, Statkevich, Lukashenka) give null.
 */
export function surnameGender(fold: string): GenderForm {
  if (fold.length < 5) return { gender: null, stem: fold };
  // Only the endings with the fold's last letter can match (tried in the table's order).
  for (const [end, gender] of ENDINGS_BY_LAST.get(fold.charCodeAt(fold.length - 1)) ?? []) {
    if (fold.endsWith(end)) return { gender, stem: fold.slice(0, -end.length) };
  }
  return { gender: null, stem: fold };
}

/** SURNAME_ENDINGS grouped by last char code, each group in the table's order. */
const ENDINGS_BY_LAST = new Map<number, Array<[string, Gender]>>();
for (const e of SURNAME_ENDINGS) {
  const last = e[0].charCodeAt(e[0].length - 1);
  ENDINGS_BY_LAST.set(last, [...(ENDINGS_BY_LAST.get(last) ?? []), e]);
}

/** Patronymic endings on the fold: -ovich, -evich, -avich, -ovna, -evna, -auna, -ivna, -ichna. */
const PATRONYMIC = /(ovič|evič|avič|ovič|ovna|evna|auna|euna|aŭna|ivna|ična|inična|ovič|ič)$/;
const PATRONYMIC_F = /(ovna|evna|auna|euna|ivna|ična)$/;

export function looksLikePatronymic(fold: string): boolean {
  return fold.length >= 6 && PATRONYMIC.test(fold);
}

export function patronymicGender(fold: string): Gender {
  if (!looksLikePatronymic(fold)) return null;
  return PATRONYMIC_F.test(fold) ? 'f' : 'm';
}

/**
 * The father's name inside a patronymic, as candidate folds to look up in the given-name
 * table: Sergeevich -> serge(i), Aliaksandravich -> aliaksandr, Nikolaevna -> nikola(i).
 */
export function patronymicRoots(fold: string): string[] {
  const m = /(ovič|evič|avič|ovna|evna|avna|auna|euna|ivna|inična|ična|ič)$/.exec(fold);
  if (!m) return [];
  const root = fold.slice(0, -m[0].length);
  const roots = [root, `${root}i`, `${root}ei`];
  // A vowel dropped before the suffix: Pavlovich from Pavel, Lvovich from Lev.
  const m2 = /^(.*[^aeiou])([^aeiou])$/.exec(root);
  if (m2) roots.push(`${m2[1]}e${m2[2]}`);
  if (root.endsWith('e')) roots.push(`${root.slice(0, -1)}i`);
  return roots;
}

/** Last letters of the inflected forms below; anything else is taken as nominative. */
const CASE_FINALS = new Set([...'йуюогмеяиіыа']);

/** Case endings of Russian and Belarusian names, mapped back to nominative forms. */
const CASE_RULES: Array<[RegExp, string[]]> = [
  // Feminine surnames: Колесниковой, Калеснікавай, Тихановской, Колесникову.
  [/(ов|ев|ин|ын|ав)ой$/, ['$1а']],
  [/(ав|ев|ов|ін|ын)ай$/, ['$1а']],
  [/(ов|ев|ин|ын|ав)у$/, ['$1а', '$1']],
  [/(ск|цк)ой$/, ['$1ая', '$1ий', '$1ой']],
  [/(ск|цк)ую$/, ['$1ая']],
  [/(ск|цк)ай$/, ['$1ая']],
  // Masculine surnames: Тихановского, Тихановскому, Лукашенко is indeclinable.
  [/(ск|цк)(ого|ому|им|ом)$/, ['$1ий']],
  [/(ск|цк)(ага|аму|ім|ім)$/, ['$1і']],
  [/(ов|ев|ин|ын)(ым|ом|е)$/, ['$1']],
  [/(ав|ев)(ым|е)$/, ['$1']],
  // Adjectival surnames: Навального, Навальной.
  [/([нтлрдв])(ого|ому|ым|ом)$/, ['$1ый', '$1ий']],
  [/([нтлрдв])(ой|ую)$/, ['$1ая']],
  // Masculine surnames ending in a consonant, genitive: Лосика, Статкевича (not -ова, -ина:
  // those are feminine nominatives as often as masculine genitives).
  [/([бгджзклмпрстфхцчшщ])а$/, ['$1']],
  // Given names: Игоря, Сергея, Сергею, Марии, Марыі, Ольги, Игоря; Ukrainian Сергія, Андрію.
  [/(е|а)(я|ю|ем|е)$/, ['$1й']],
  [/і(я|ю|єм)$/, ['ій']],
  [/(и|ы)(и|і|ю|ей|ёй|яй)$/, ['$1я']],
  [/ь(я|ю|ем|е)$/, ['ь']],
  [/([рл])(я|ю|ем|е)$/, ['$1ь']],
  [/(г|к|х)(и|і)$/, ['$1а']],
  [/([бвгджзклмнпрстфхцчшщ])(у|ом|ам|е)$/, ['$1', '$1а']],
  [/([бвгджзклмнпрстфхцчшщ])(ой|ай|у|е|ы|і)$/, ['$1а']],
];

/**
 * Endings in -а/-я are left alone: Колесникова may be a nominative (Maria) or a genitive
 * (her father), and guessing the genitive would hide a gender difference.
 *
 * Nominative candidates for an inflected Cyrillic token (lower case), best guess first.
 * Latin tokens and tokens with no case ending give no candidates.
 */
export function nominativeCandidates(token: string): string[] {
  if (token.length < 4 || !CASE_FINALS.has(token[token.length - 1]!)) return [];
  if (!/[\u0400-\u04ff]/.test(token)) return [];
  const out: string[] = [];
  // Ukrainian writes the genitive of a name in -а with -и after any hard consonant (Цигіпи,
  // Russian Цыгипы): only in a word with a Ukrainian letter, as Russian -и names are nominative.
  if (/[іїєґ]/.test(token) && /[бвдзлмнпрстфцчшщ]и$/.test(token))
    out.push(`${token.slice(0, -1)}а`);
  for (const [re, reps] of CASE_RULES) {
    if (!re.test(token)) continue;
    for (const rep of reps) {
      const c = token.replace(re, rep);
      if (c !== token && !out.includes(c)) out.push(c);
    }
  }
  return out.slice(0, 4);
}

/**
 * A man's surname in the genitive, once the given name beside it is known to be a man's in the
 * genitive (Андрея Пивоварова, Константина Котова, Belarusian Андрэя Піваварава): the
 * nominative behind -ова, -ева, -ина, -ына (and Belarusian -ава, -ева for -аў, -еў). Alone,
 * such a word is a woman's nominative as often (nominativeCandidates leaves it alone).
 */
const MANS_GENITIVE = /(ов|ев|ёв|ин|ын|ін)а$|(ав|ев)а$/;

export function mansGenitiveSurname(token: string): string[] {
  const m = MANS_GENITIVE.exec(token);
  if (!m) return [];
  const stem = token.slice(0, -1);
  // Belarusian -аў, -еў in the genitive are -ава, -ева; Russian -ев also ends so.
  return m[2] ? [stem, `${stem.slice(0, -1)}ў`] : [stem];
}

/**
 * A man's given name in -н or -в in the genitive (Ивана, Константина, Антона), which
 * nominativeCandidates leaves alone for the surnames in -ина, -ова: the caller keeps it only
 * when the table knows the stem as a man's name. Not after -слав or Богдан: Ярослава,
 * Станислава, Богдана are women's names too.
 */
export function mansGenitiveGiven(token: string): string | null {
  if (token.length < 5 || !/[нв]а$/.test(token) || /(слав|дан)а$/.test(token)) return null;
  return /[\u0400-\u04ff]/.test(token) ? token.slice(0, -1) : null;
}

/**
 * A foreign surname in Georgian letters carries the nominative -ი after a consonant (Pivovarov
 * is პივოვაროვი, read p'ivovarovi): its stem, as other scripts write it. Georgian surnames of
 * their own keep the -i in every script (Saakashvili), so this is an extra form only.
 */
export function georgianNominativeStem(fold: string): string | null {
  return fold.length >= 6 && /[^aeiou']i$/.test(fold) ? fold.slice(0, -1) : null;
}

/**
 * A Mongolian father's name in the genitive, written before the given name as a surname
 * (Sanjaasürengiin Zorig, Санжаасүрэнгийн Зориг): the father's name itself, which English
 * reports also write after the given name (Zorig Sanjaasuren). -giin after a vowel or n, -iin
 * or -yn after another consonant; only in a long word, so that few other names end so.
 */
const MONGOLIAN_GENITIVE = /^(.{4,}?)(?:giin|iin|yn|гийн|ийн|ын)$/u;

export function mongolianGenitive(token: string): string | null {
  // Every ending closes with n (giin, iin, yn, ийн, ын): one comparison turns most words away.
  const last = token.charCodeAt(token.length - 1);
  if (token.length < 7 || (last !== 0x6e && last !== 0x43d)) return null;
  const m = MONGOLIAN_GENITIVE.exec(token);
  return m ? m[1]! : null;
}

/**
 * Czech and Slovak write a foreign woman's surname with their feminine ending -ová, put after
 * the surname without its final -a or -o (Cvetkova Cvetkovová, Cepkalo Cepkalová, Chalip
 * Chalipová): the surname's forms before -ová, for a Latin word that ends so. Only with the
 * mark: a bare -ova is the Russian ending itself. Rule czech:-ová.
 */
const CZECH_FEMININE = /^([a-zà-žа-я'-]{3,})ová$/u;

export function czechFeminineBases(token: string): string[] {
  if (token.charCodeAt(token.length - 1) !== 0xe1) return [];
  const m = CZECH_FEMININE.exec(token);
  if (!m) return [];
  const stem = m[1]!;
  // A stem in a man's ending (Cvetkov-) is his surname: hers is the stem with -a only.
  if (/(?:ov|ev|in|yn|sk|ck)$/.test(stem)) return [`${stem}a`];
  return [stem, `${stem}a`, `${stem}o`];
}
