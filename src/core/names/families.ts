/**
 * Naming traditions whose romanisations the Slavic fold does not cover:
 *
 * - `arabic`: Arabic and Persian names. The script writes no short vowels, so romanisations
 *   disagree on them (Usama / Osama, Ladin / Laden, Rohani / Rouhani, Mohammed / Muhammad);
 *   surnames are compared on their consonants. Articles (al-, el-) and bin / ibn are dropped.
 * - `east_asian`: Chinese and Korean names, in Pinyin, Wade-Giles (Mao Tse-tung), Revised or
 *   McCune-Reischauer romanisation (Kim Jong-un, Gim Jeongeun), compared syllable by syllable
 *   on a key that merges what those systems write differently (ts / z, hs / x, k / g, eo / o).
 *
 * A family is set only on evidence in the name itself (script, particles, a hyphenated
 * syllabic given name, a given name of the family's table), so Slavic names keep their rules.
 */
import type { GivenNameGroup } from './given-names-data.ts';
import type { TokenInfo } from './tokens.ts';
import { tokenInfo, tokenReadAs } from './tokens.ts';

export type NameFamily = 'arabic' | 'east_asian';

/**
 * Arabic compound names, 'servant of' (Abd) or 'father of' (Abu) and a second word: Abdel
 * Fattah, Abd El-Fattah, Abdelfattah, Abd al-Fattah and عبد الفتاح are one name. Each is read
 * as one word without the article: abd + fattah.
 */
const COMPOUND_HEAD = /^(?:abd|abdel|abdul|abdol|abdal|abu|abou|aboul|abul|abol)$/u;
// Persian writes the Abu of a joined compound Abo before its l (Abolfazl, Abolghasem: nm47).
const COMPOUND_JOINED =
  /^(abd|abou|abu|abo(?=l))(?:-?(?:el|ul|ol|al|l)-|el|ul|ol|al|l|-)?(\p{L}{3,})$/u;

/**
 * The same compounds in Russian Cyrillic (Абдулмумин, Абдель-Фаттах, Абу Бакр), read as the
 * Latin ones are (абд + мумин folds as abd + mumin): a Chechen or Dagestani name in Russian
 * against its Latin spelling (nm43). Абдулла, Абдуллах are the name Abdullah, not a compound.
 */
const COMPOUND_HEAD_CYR = /^(?:абд|абдель|абдул|абдуль|абдол|абу|абуль|абул)$/u;
const COMPOUND_JOINED_CYR =
  /^(абд|абу)(?:-?(?:эль|ель|уль|ул|аль|ал|ль)-|эль|ель|уль|ул|ль)?(\p{L}{3,})$/u;
const ALLAH_CYR = /^л{1,2}(?:а|ах)?$/u;

function compoundText(head: string, rest: string): string {
  if (head.charCodeAt(0) === 0x430) {
    const h = head.startsWith('абд') ? 'абд' : 'абу';
    return h + rest.replace(/^(?:аль|эль|ель|уль|ал|ул)-/u, '');
  }
  const h = head.startsWith('abd') ? 'abd' : 'abu';
  return h + rest.replace(/^(?:al|el|ul)-/u, '');
}

/** ab in Latin or аб in Cyrillic: every head and joined compound opens with one. */
const startsAb = (text: string) =>
  (text.charCodeAt(0) === 0x61 && text.charCodeAt(1) === 0x62) ||
  (text.charCodeAt(0) === 0x430 && text.charCodeAt(1) === 0x431);

/** The words of a name with Abd / Abu compounds read as one word each. */
export function joinCompounds<T extends { info: TokenInfo }>(items: T[]): T[] {
  let out: T[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const t = items[i]!.info;
    // Every head and joined compound opens with ab: other words need no regular expression.
    if (!startsAb(t.text)) {
      out?.push(items[i]!);
      continue;
    }
    const next = items[i + 1];
    const cyr = t.text.charCodeAt(0) === 0x430;
    const head = cyr ? COMPOUND_HEAD_CYR : COMPOUND_HEAD;
    if (next && head.test(t.text) && !next.info.initial) {
      out ??= items.slice(0, i);
      const info = tokenReadAs(`${t.raw} ${next.info.raw}`, compoundText(t.text, next.info.text));
      out.push({ ...items[i]!, info });
      i++;
      continue;
    }
    const m = t.text.length > 6 ? (cyr ? COMPOUND_JOINED_CYR : COMPOUND_JOINED).exec(t.text) : null;
    if (m && m[2] !== 'lah' && m[2] !== 'llah' && !ALLAH_CYR.test(m[2]!)) {
      out ??= items.slice(0, i);
      out.push({ ...items[i]!, info: tokenReadAs(t.raw, compoundText(m[1]!, m[2]!)) });
      continue;
    }
    out?.push(items[i]!);
  }
  return out ?? items;
}

/**
 * Vietnamese surnames (nine in ten Vietnamese people bear one of them), without marks: a name
 * of three words or more that begins with one is read surname first (Phạm Đoan Trang), as
 * Vietnamese write it; English reports often put it last (Doan Trang Pham).
 */
const VIETNAMESE_SURNAMES = new Set([
  'nguyen',
  'tran',
  'le',
  'pham',
  'hoang',
  'huynh',
  'phan',
  'vu',
  'vo',
  'dang',
  'bui',
  'do',
  'ho',
  'ngo',
  'duong',
  'ly',
  'truong',
  'dinh',
  'lam',
  'trinh',
]);

export function isVietnameseSurname(text: string): boolean {
  // Every one is six letters or fewer; most words are not, and skip the normalisation.
  if (text.length > 6) return false;
  if (VIETNAMESE_SURNAMES.has(text)) return true;
  // Without a letter that could lose its marks to one of a-z, stripping changes nothing that
  // could match (ASCII stays, Cyrillic stays Cyrillic): most words stop here.
  if (!mayStripToAscii(text)) return false;
  return VIETNAMESE_SURNAMES.has(text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd'));
}

/**
 * Whether `text` has a character other than ASCII and Cyrillic letters (U+0400-U+04FF but the
 * combining marks U+0483-U+0489): only those can lose marks and leave a-z.
 */
function mayStripToAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && (c < 0x400 || c > 0x4ff || (c >= 0x483 && c <= 0x489))) return true;
  }
  return false;
}

/** Words that join a name but are not its given name or surname. */
export const PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ben',
  'bn',
  'bnt',
  'ibn',
  'bint',
  'binti',
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'dos',
  'das',
  'du',
  'ter',
  'ten',
  'zu',
  // Mauritanian and Sahelian 'son of' (Mohamedou Ould Slahi), Tuareg 'son of' (Iyad Ag Ghaly).
  'ould',
  'ag',
  // ولد (ould) as the Arabic reader writes it: no name is spelt so.
  'wld',
  // Catalan 'and' between two surnames (Oriol Junqueras i Vies, Carme Forcadell i Lluís).
  'i',
]);

const ARTICLE =
  /^(?:al|el|ul|ad|ar|as|ash|at|az|an|аль|эль|уль|ал|ас|аш|ад|ат|аз|ан|ар)-(?=\p{L}{2})/u;

/**
 * 'al-Assad' is read as 'Assad', 'el-Sisi' as 'Sisi' (the article is written either way);
 * Russian writes it аль- or, before a sun letter, as said (ас-Сиси, ад-Даула): nm43.
 */
export function stripArticle<T extends { info: TokenInfo }>(item: T): T {
  const t = item.info.text;
  if (t.length < 5 || (t.charCodeAt(2) !== 0x2d && t.charCodeAt(3) !== 0x2d)) return item;
  const m = ARTICLE.exec(t);
  if (!m) return item;
  return { ...item, info: tokenInfo(item.info.raw.slice(m[0].length)) };
}

const ARABIC_MARKS =
  /(?:^|[\s-])(?:bin|ibn|bint|al|el|abu|abd|abdel|abdul|abdol|ould)(?:[\s-]|$)/iu;

/** Whether the text has 'bi', 'bn', 'ib', 'be', 'al', 'el', 'ab' or 'ou' (any case): every marker does. */
function mayHaveMarks(text: string): boolean {
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    const d = text.charCodeAt(i + 1) | 0x20;
    if (c === 0x62 && (d === 0x69 || d === 0x6e || d === 0x65)) return true; // bi bn be
    if (d === 0x6c && (c === 0x61 || c === 0x65)) return true; // al el
    if (c === 0x61 && d === 0x62) return true; // ab
    if (c === 0x69 && d === 0x62) return true; // ib
    if (c === 0x6f && d === 0x75) return true; // ou
  }
  return false;
}

/** A syllable as Pinyin, Wade-Giles and Korean romanisations write one. */
const SYLLABLE = /^[bcdfghjklmnpqrstwxyz]{0,3}'?[aeiouüŏŭ]{1,3}(?:ng|n|m|k|p|t|l|h)?$/u;

export function syllabic(word: string): boolean {
  return SYLLABLE.test(word);
}

/**
 * Kim Jong-un, Mao Tse-tung, Ban Ki-moon: one-syllable surname, hyphenated syllabic given name.
 * Or a common Chinese or Korean surname as Pinyin, Wade-Giles, Hong Kong or Korean spellings
 * write it, then a given name of one syllable (Wang Dan / Wang Tan, Hu Jia / Hu Chia, Park Yeol /
 * Pak Yeol): rule east-asian:surname first.
 */
function eastAsianLatin(tokens: TokenInfo[]): boolean {
  if (tokens.length !== 2) return false;
  const [x, y] = tokens as [TokenInfo, TokenInfo];
  if ((hyphenated(y) && syllabic(x.text)) || (hyphenated(x) && syllabic(y.text))) return true;
  return (
    x.text.length <= 7 &&
    EAST_ASIAN_SURNAMES.has(x.text.replace(/['’]/g, '')) &&
    !y.text.includes('-') &&
    syllabic(y.text)
  );
}

/**
 * Common Chinese surnames in Pinyin, Wade-Giles (apostrophes dropped) and Hong Kong spellings,
 * and common Korean surnames in Revised Romanisation, McCune-Reischauer and the press's forms.
 * Only a name of two words whose second is one syllable is read by it (eastAsianLatin).
 */
const EAST_ASIAN_SURNAMES: ReadonlySet<string> = new Set(
  [
    // Pinyin
    'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng',
    'liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye',
    'cheng wei su lu ding ren shen yao fan fang shi tan liao zou xiong jin hao kong bai cui kang',
    'mao qiu qin gu hou shao meng long wan duan lei qian yin qiao lai gong wen pang fu bao ji',
    'xing xue',
    // Wade-Giles
    'chang chao chou hsu kuo ho kao lo sung teng tsao tseng hsiao tien tung tsai chiang tu yeh',
    'jen shih hsiung kung pai tsui chiu chin ku lung tuan chien chia hsing hsueh',
    // Hong Kong
    'wong lee cheung lau chan yeung chiu ng chow hui suen mak woo kwok lam law tse hon fung',
    'tso tsang siu poon yuen choi yip ching ngai sze tam chau hung kam hau tsui mo yau',
    // Korean
    'kim yi rhee park pak bak choi choe jung jeong chung cho jo gang yoon yun jang lim im oh',
    'shin sin seo suh kwon gwon hwang ahn an yoo ryu jeon chun moon mun son sohn bae baek',
    'paik heo noh roh nam shim sim kwak seong cha joo ju koo min jin eom chae won cheon bang',
    'hyun ham byun byeon yeom yeo choo seok suk gil kil yeon pyo ko go',
  ]
    .join(' ')
    .split(' '),
);

function hyphenated(t: TokenInfo): boolean {
  if (!t.text.includes('-')) return false;
  const parts = t.text.split('-');
  return parts.length === 2 && parts.every((p) => syllabic(p));
}

interface HasFamily {
  input: string;
  tokens: TokenInfo[];
  scripts?: string[];
  parses: Array<{ given: { groups: Array<{ group: GivenNameGroup }> } | null }>;
}

/** Scripts whose reading keeps consonants but not the press's vowels (see compare.ts). */
export const LETTER_BY_LETTER = new Set(['hi', 'bn', 'et', 'km', 'zt', 'jt', 'ug']);

function hasArabicGroup(groups: Array<{ group: GivenNameGroup }>): boolean {
  for (const r of groups) if (r.group.family === 'arabic') return true;
  return false;
}

export function nameFamily(p: HasFamily): NameFamily | null {
  const s = p.scripts;
  if (s && (s.includes('zh') || s.includes('ko'))) return 'east_asian';
  if (s && (s.includes('ar') || s.includes('fa') || s.includes('he'))) return 'arabic';
  // South Asian, Ethiopian, Khmer and Uyghur names read letter by letter, and foreign names written in
  // Chinese characters or katakana syllable by syllable: given name first (or, in Khmer, the same order on
  // both sides), compared on consonants like the Arabic family.
  if (s?.some((x) => LETTER_BY_LETTER.has(x))) return 'arabic';
  // The regular expression only where a marker's first letters occur (most names have none).
  if (mayHaveMarks(p.input) && ARABIC_MARKS.test(p.input)) return 'arabic';
  for (const x of p.parses) if (x.given && hasArabicGroup(x.given.groups)) return 'arabic';
  if (eastAsianLatin(p.tokens)) return 'east_asian';
  return null;
}

/** Consonants of a fold as an abjad writes them: vowels, w / y and a final h are not kept. */
export function consonantFrame(fold: string): string {
  let out = '';
  for (let i = 0; i < fold.length; i++) {
    const ch = fold[i]!;
    if ('aeiouv'.includes(ch)) continue;
    if (ch === 'g' && i === fold.length - 1) continue;
    if (ch !== out[out.length - 1]) out += ch;
  }
  return out;
}

/**
 * Results of the East Asian keys by text: a search compares its query with several
 * candidates, and each comparison asks for the query's key again. Bounded (emptied when
 * full). Consonant frames are not remembered: reading one costs less than the look-up.
 */
const eastAsianSurnameKeys = new Map<string, string>();
const eastAsianGivenKeys = new Map<string, string>();
const REMEMBERED = 4096;

function remembered(memo: Map<string, string>, text: string, f: (t: string) => string): string {
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  const value = f(text);
  if (memo.size >= REMEMBERED) memo.clear();
  memo.set(text, value);
  return value;
}

/** Whether `short` is `long` with letters left out (a reading that writes long vowels only). */
export function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}

/** Korean surnames whose romanisations differ beyond the key (이 = Lee / Yi / Rhee). */
const KOREAN_SURNAMES: Record<string, string> = {
  lee: 'i',
  li: 'i',
  yi: 'i',
  lhee: 'i',
  lhie: 'i',
  palk: 'pak',
  coi: 'coe',
  cung: 'cong',
  lim: 'im',
  loh: 'no',
  lo: 'no',
  noh: 'no',
  oh: 'o',
  yoo: 'lyu',
  yu: 'lyu',
  lyoo: 'lyu',
  ahn: 'an',
  suh: 'so',
  so: 'so',
  woo: 'u',
  // Keys after EA_RULES: 전 Jeon / Chun / Jun, 서 Seo / Suh, 양 Yang / Ryang, 염 Yeom / Yum,
  // 엄 Eom / Um / Uhm, 변 Byeon / Byun, 류 Ryu / Yoo, 노 Roh / No.
  cun: 'con',
  su: 'so',
  lyang: 'yang',
  yum: 'yom',
  um: 'om',
  uhm: 'om',
  pyun: 'pyon',
};

const EA_RULES: Array<[RegExp, string]> = [
  // Wade-Giles j is Pinyin r (jen / ren, jih / ri, jou / rou, jao / rao), where Pinyin cannot
  // write a j (only ji-, ju-) and Revised Romanisation writes no such syllable. Before the
  // separators go: the syllable must end there (Ji-ha and Jiha are ji ha, Je-nam je nam).
  [/j(?=(?:en|ih|ou|ao)(?![aeiouyg]))/g, 'r'],
  // Wade-Giles yen and yeh, a whole syllable, are Pinyin yan and ye (Chin-yen / Jinyan, 燕;
  // Yeh / Ye, 葉): neither Pinyin nor Korean romanisation writes them.
  [/(^|[-\s'’])yen(?=$|[-\s'’])/g, '$1yan'],
  [/(^|[-\s'’])yeh(?=$|[-\s'’])/g, '$1ye'],
  [/['’ʼ`\-\s]/gu, ''],
  // Wade-Giles ien is Pinyin ian (t'ien / tian, lien / lian); neither Pinyin nor Korean writes ien.
  [/ien/g, 'ian'],
  [/ieh/g, 'ie'],
  [/ih/g, 'i'],
  [/ung/g, 'ong'],
  [/eo/g, 'o'],
  [/eu/g, 'u'],
  [/oo/g, 'u'],
  // Neither Pinyin nor Wade-Giles writes ee: Korean press spellings do (Hee for 희, Lee).
  [/ee/g, 'i'],
  [/(?:ts|tz|zh|ch|j|q|z)/g, 'c'],
  [/(?:hs|sh|x)/g, 's'],
  [/([kgtdpbcsmnl])h/g, '$1'],
  [/g(?!$)/g, 'k'],
  [/(?<!n)g$/g, 'k'],
  [/d/g, 't'],
  [/b/g, 'p'],
  [/r/g, 'l'],
  [/h$/g, ''],
];

/** One comparable key for the romanisations of a Chinese or Korean name part. */
export function eastAsianKey(text: string, surname: boolean): string {
  return surname
    ? remembered(eastAsianSurnameKeys, text, eastAsianSurname)
    : remembered(eastAsianGivenKeys, text, eastAsianGiven);
}

/**
 * Korean given names as the press writes them beside Revised Romanisation (and any-ascii's
 * reading of hangul): ㅓ before a final consonant as u (석 seok / Suk, 현 hyeon / Hyun, 열 yeol
 * / Yul), ㅢ as i (희 hui / Hee) and 영 as Young. Null for a text without eo, ui or oung:
 * Chinese keeps o and u, ui and i apart (dui / di), and so does the key.
 */
export function koreanGivenKey(text: string): string | null {
  // McCune-Reischauer's breves first: ŭi is ㅢ as Revised ui is (Ri Yŏng-hŭi / Lee Young-hee).
  let t = text
    .normalize('NFD')
    .replace(/[\u0306\u0301\u0300]/gu, '')
    .toLowerCase();
  // Wook, woo for 욱, 우 opening a syllable (Kim Jung-wook / Kim Jeong-uk, 김정욱): the w is the
  // press's, as in no Revised or McCune-Reischauer spelling of them.
  const w = t.includes('woo') ? t.replace(/(^|[-\s'’])woo/g, '$1u') : t;
  if (w === t && !t.includes('eo') && !t.includes('ui') && !t.includes('oung')) return null;
  t = w;
  // Young for 영 (yeong): Kim Young-sam.
  t = t.replace(/oung/g, 'eong');
  return eastAsianKey(t.replace(/eo(?=[^aeiouy\s'’-])/g, 'u').replace(/ui/g, 'i'), false);
}

function eastAsianSurname(text: string): string {
  const k = eastAsianSyllables(text);
  return KOREAN_SURNAMES[k] ?? k;
}

/**
 * Given names of two syllables or more only: Wade-Giles writes o for Pinyin uo after most
 * initials (tso / zuo, lo / luo) and tzu, ssu for zi, si. Not for a lone syllable, which may be
 * a surname read as the given name (Ko, Korean 고, and Kuo, 郭, are two names).
 */
const EA_GIVEN_RULES: Array<[RegExp, string]> = [
  // Wade-Giles ko, k'o, ho are Pinyin ge, ke, he (Lo-k'o / Luoke, Yen-ho / Yanhe); Pinyin writes
  // no ko or ho syllable (translit:wg o).
  [/([kh]['’]?)o(?![aeiouny])/g, '$1e'],
  [/uo/g, 'o'],
  [/tzu/g, 'zi'],
  [/s[sz]u/g, 'si'],
];

function eastAsianSyllables(text: string, given = false): string {
  let k = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (given && !syllabic(k)) for (const [re, to] of EA_GIVEN_RULES) k = k.replace(re, to);
  for (const [re, to] of EA_RULES) k = k.replace(re, to);
  return k;
}

const eastAsianGiven = (text: string) => eastAsianSyllables(text, true);
