/**
 * Romanisation tables written by the team for Belarusian, Russian and Ukrainian Cyrillic.
 * A letter maps to one string, or to a pair [at word start / after a vowel, after a consonant]
 * for the iotated vowels (е, ё, ю, я, є, ї, й) whose spelling depends on position.
 *
 * Sources: the 2007 Belarusian national instruction (UNGEGN-adopted), the 2023 Belarusian
 * instruction (г→g, ж→zh, ў→w, ч→ch, ш→sh; х→kh is our assumption, as the published
 * summaries give no example), BGN/PCGN 1979 (Belarusian) and 1947 (Russian), ICAO Doc 9303
 * (passports), classical Łacinka, ISO 9:1995 (= GOST 7.79 system A), the Ukrainian national
 * system of 2010 (Cabinet resolution 55), and the forms English-language press uses.
 */

export type RomanisationSystem =
  | 'be-2007'
  | 'be-2023'
  | 'be-bgn'
  | 'be-icao'
  | 'be-lacinka'
  | 'be-press'
  | 'ru-bgn'
  | 'ru-icao'
  | 'ru-iso9'
  | 'ru-press'
  | 'uk-2010';

export type Letter = string | [string, string];

export interface SystemDef {
  id: RomanisationSystem;
  language: 'be' | 'ru' | 'uk';
  name: string;
  letters: Record<string, Letter>;
  /** Consonant + ь written as one letter (сь → ś); other ь become `softSign`. */
  soft?: Record<string, string>;
  softSign: string;
  /** Iotated vowels take the first form after vowels too (false: only at word start). */
  iotatedAfterVowel: boolean;
  /** Łacinka: л is ł unless soft; a vowel after soft л drops its i (ля → la). */
  lacinkaL?: boolean;
  /** Word-final Cyrillic endings with a fixed rendering (press: -ий → -y). */
  finals?: Record<string, string>;
  /** Rewrites on the Latin output (press: ks → x). */
  post?: Array<[RegExp, string]>;
}

const COMMON: Record<string, Letter> = {
  а: 'a',
  б: 'b',
  в: 'v',
  д: 'd',
  з: 'z',
  і: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  ы: 'y',
  э: 'e',
  "'": '',
};

const ENGLISH_LIKE: Record<string, Letter> = {
  ж: 'zh',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
};

const ICAO: Record<string, Letter> = {
  ...COMMON,
  ...ENGLISH_LIKE,
  г: 'g',
  ґ: 'g',
  е: 'e',
  ё: 'e',
  и: 'i',
  й: 'i',
  ў: 'u',
  ъ: 'ie',
  ю: 'iu',
  я: 'ia',
};

const BE_2007: Record<string, Letter> = {
  ...COMMON,
  г: 'h',
  ґ: 'g',
  ж: 'ž',
  й: 'j',
  ў: 'ŭ',
  х: 'ch',
  ц: 'c',
  ч: 'č',
  ш: 'š',
  е: ['je', 'ie'],
  ё: ['jo', 'io'],
  ю: ['ju', 'iu'],
  я: ['ja', 'ia'],
};

export const SYSTEMS: SystemDef[] = [
  {
    id: 'be-2007',
    language: 'be',
    name: 'Belarusian national system (2000, revised 2007; UNGEGN)',
    letters: BE_2007,
    soft: { з: 'ź', л: 'ĺ', н: 'ń', с: 'ś', ц: 'ć' },
    softSign: "'",
    iotatedAfterVowel: true,
  },
  {
    id: 'be-2023',
    language: 'be',
    name: 'Belarusian national system (2023)',
    letters: { ...BE_2007, г: 'g', ж: 'zh', ў: 'w', х: 'kh', ч: 'ch', ш: 'sh' },
    softSign: '',
    iotatedAfterVowel: true,
  },
  {
    id: 'be-bgn',
    language: 'be',
    name: 'BGN/PCGN (1979) for Belarusian',
    letters: {
      ...COMMON,
      ...ENGLISH_LIKE,
      г: 'h',
      ґ: 'g',
      й: 'y',
      ў: 'w',
      е: 'ye',
      ё: 'yo',
      ю: 'yu',
      я: 'ya',
      "'": '"',
    },
    softSign: "'",
    iotatedAfterVowel: true,
  },
  {
    id: 'be-icao',
    language: 'be',
    name: 'ICAO Doc 9303 (passports), with г as h as on Belarusian passports',
    letters: { ...ICAO, г: 'h' },
    softSign: '',
    iotatedAfterVowel: true,
  },
  {
    id: 'be-lacinka',
    language: 'be',
    name: 'Łacinka (classical Belarusian Latin alphabet)',
    letters: { ...BE_2007, і: ['ji', 'i'] },
    soft: { з: 'ź', н: 'ń', с: 'ś', ц: 'ć', л: 'l' },
    softSign: '',
    iotatedAfterVowel: true,
    lacinkaL: true,
  },
  {
    id: 'be-press',
    language: 'be',
    name: 'Common English-language press forms of Belarusian names',
    letters: {
      ...COMMON,
      ...ENGLISH_LIKE,
      г: 'h',
      ґ: 'g',
      й: ['y', 'i'],
      ў: 'u',
      е: ['ye', 'e'],
      ё: ['yo', 'io'],
      ю: ['yu', 'iu'],
      я: ['ya', 'ia'],
    },
    softSign: '',
    iotatedAfterVowel: true,
    finals: { ый: 'y', ій: 'i' },
  },
  {
    id: 'ru-bgn',
    language: 'ru',
    name: 'BGN/PCGN (1947) for Russian',
    letters: {
      ...COMMON,
      ...ENGLISH_LIKE,
      г: 'g',
      и: 'i',
      й: 'y',
      ъ: '"',
      е: ['ye', 'e'],
      ё: ['yë', 'ë'],
      ю: 'yu',
      я: 'ya',
    },
    softSign: "'",
    iotatedAfterVowel: true,
  },
  {
    id: 'ru-icao',
    language: 'ru',
    name: 'ICAO Doc 9303 (Russian passports since 2013)',
    letters: ICAO,
    softSign: '',
    iotatedAfterVowel: true,
  },
  {
    id: 'ru-iso9',
    language: 'ru',
    name: 'ISO 9:1995 / GOST 7.79-2000 system A',
    letters: {
      ...COMMON,
      г: 'g',
      ґ: 'g̀',
      е: 'e',
      ё: 'ë',
      ж: 'ž',
      и: 'i',
      і: 'ì',
      й: 'j',
      х: 'h',
      ц: 'c',
      ч: 'č',
      ш: 'š',
      щ: 'ŝ',
      ъ: 'ʺ',
      э: 'è',
      ю: 'û',
      я: 'â',
      ў: 'ǔ',
      є: 'ê',
      ї: 'ï',
      "'": 'ʼ',
    },
    softSign: 'ʹ',
    iotatedAfterVowel: true,
  },
  {
    id: 'ru-press',
    language: 'ru',
    name: 'Common English-language press forms of Russian names',
    letters: {
      ...COMMON,
      ...ENGLISH_LIKE,
      г: 'g',
      и: 'i',
      й: ['y', 'i'],
      ъ: '',
      е: ['ye', 'e'],
      ё: ['yo', 'yo'],
      ю: 'yu',
      я: 'ya',
    },
    softSign: '',
    iotatedAfterVowel: true,
    finals: { ий: 'y', ый: 'y' },
    post: [[/ks/g, 'x']],
  },
  {
    id: 'uk-2010',
    language: 'uk',
    name: 'Ukrainian national system (2010, Cabinet resolution 55)',
    letters: {
      ...COMMON,
      ...ENGLISH_LIKE,
      г: 'h',
      ґ: 'g',
      е: 'e',
      є: ['ye', 'ie'],
      и: 'y',
      ї: ['yi', 'i'],
      й: ['y', 'i'],
      ю: ['yu', 'iu'],
      я: ['ya', 'ia'],
    },
    softSign: '',
    iotatedAfterVowel: false,
  },
];
