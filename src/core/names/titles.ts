/**
 * Titles and honorifics that open a name in reports (Dr, Sheikh, Ayatollah, Padre, Monseñor,
 * отец, U and Daw for Burmese names, الشيخ, آیت‌الله, سید): dropped before the name is read, so
 * that _Ayatollah Ali Khamenei_, _آیت‌الله علی خامنه‌ای_ and _Ali Khamenei_ compare alike.
 *
 * Only at the start, and only while two words or more remain: many of these words are also
 * names (Don, Sayed, Syed, Mirza), and a name of one word after a title is left whole
 * (_Sheikh Hasina_'s Sheikh, _Padre Pio_). Initials that could be titles (M., O., Me) are left
 * alone: an initial before a name is more common.
 */
import { isSpace } from './char-codes.ts';

const WORDS = [
  // English and international
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'doctor',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
  'rev',
  'revd',
  'reverend',
  'fr',
  'father',
  'pastor',
  'bishop',
  'archbishop',
  'cardinal',
  'metropolitan',
  'patriarch',
  'abbot',
  'sister',
  'imam',
  'rabbi',
  'mufti',
  'eng',
  'engr',
  'adv',
  'gen',
  'col',
  'maj',
  'capt',
  'lt',
  'sgt',
  // Islamic titles in Latin letters
  'sheikh',
  'sheik',
  'shaikh',
  'shaykh',
  'cheikh',
  'cheick',
  'şeyh',
  'ayatollah',
  'ayatullah',
  'hojatoleslam',
  'hojjatoleslam',
  'hojatolislam',
  'mullah',
  'mulla',
  'molla',
  'maulana',
  'mawlana',
  'maulvi',
  'moulvi',
  'mawlawi',
  'haji',
  'hajji',
  'hajj',
  'hadj',
  'hadji',
  'hajja',
  'hajjah',
  'sayyid',
  'sayed',
  'sayyed',
  'seyed',
  'seyyed',
  'syed',
  'allama',
  'hafiz',
  'qari',
  // Spanish, Portuguese, Italian, French, German, Polish
  'don',
  'doña',
  'dona',
  'señor',
  'señora',
  'sr',
  'sra',
  'srta',
  'padre',
  'fray',
  'frei',
  'monseñor',
  'monsenor',
  'mons',
  'msgr',
  'mgr',
  'monsignor',
  'monsignore',
  'sor',
  'hermano',
  'hermana',
  'lic',
  'licenciado',
  'licenciada',
  'ing',
  'dom',
  'père',
  'abbé',
  'mme',
  'mlle',
  'soeur',
  'sœur',
  'herr',
  'frau',
  'pfarrer',
  'pater',
  'bischof',
  'ks',
  'ksiądz',
  'ojciec',
  'abp',
  'bp',
  'pan',
  'pani',
  'siostra',
  // Burmese and Thai, in Latin letters
  'u',
  'daw',
  'sayadaw',
  'ashin',
  'phra',
  // Russian, Belarusian, Ukrainian
  'отец',
  'отец',
  'о',
  'протоиерей',
  'иерей',
  'архиепископ',
  'епископ',
  'митрополит',
  'игумен',
  'иеромонах',
  'монах',
  'священник',
  'патриарх',
  'владыка',
  'айцец',
  'ксёндз',
  'ксендз',
  'біскуп',
  'протаіерэй',
  'святар',
  'отець',
  'єпископ',
  'пастор',
  'раввин',
  'имам',
  'шейх',
  'муфтий',
  'доктор',
  'др',
  'проф',
  'профессор',
  'г-н',
  'г-жа',
  'пан',
  'пані',
  'спадар',
  'спадарыня',
  'господин',
  'госпожа',
  'сестра',
  'мулла',
  // Arabic, Persian, Urdu, Hebrew
  'الشيخ',
  'شيخ',
  'الشیخ',
  'شیخ',
  'السيد',
  'سيد',
  'سید',
  'الحاج',
  'حاج',
  'حاجی',
  'الحاجة',
  'الدكتور',
  'الدکتور',
  'دكتور',
  'دکتر',
  'د',
  'المهندس',
  'مهندس',
  'الإمام',
  'الامام',
  'امام',
  'الأستاذ',
  'استاد',
  'ملا',
  'مولانا',
  'مولوی',
  'العلامة',
  'علامه',
  'الأب',
  'آیت‌الله',
  'آيت‌الله',
  'آیت‌الله‌العظمی',
  'حجت‌الاسلام',
  'حجت‌الاسلام‌والمسلمین',
  'הרב',
  'ד"ר',
];

/** Titles of two words (Grand Ayatollah, آیت الله written with a space). */
const PHRASES = [
  'grand ayatollah',
  'hujjat al-islam',
  'hojatoleslam val-moslemin',
  'آية الله',
  'آيت الله',
  'آیت الله',
  'آیة الله',
  'آية الله العظمى',
  'آیت الله العظمی',
  'حجت الاسلام',
  'حجة الإسلام',
  'حجة الاسلام',
];

const TITLES = new Set(WORDS);
/** Phrases by their first word. */
const PHRASE_HEADS = new Map<string, string[][]>();
for (const p of PHRASES) {
  const [head, ...rest] = p.split(' ');
  PHRASE_HEADS.set(head!, [...(PHRASE_HEADS.get(head!) ?? []), rest]);
}
/** Titles and the first words of title phrases: what a name's first word is checked against. */
const OPENERS = new Set([...TITLES, ...PHRASE_HEADS.keys()]);

/**
 * The name without the titles that open it, as long as two words remain. A set look-up of the
 * first word: this runs for every alias indexed, and most names open with no title.
 */
export function dropLeadingTitles(text: string): string {
  if (text.indexOf(' ') < 0) return text;
  // A title is dropped only while two words remain: a name of two words keeps both. Then the
  // first word alone tells whether a title opens the name; only then is the name split.
  if (spaceRuns(text) < 2 || !mayOpenTitle(firstWord(text))) return text;
  let words = text.split(/\s+/u);
  let dropped = false;
  for (let round = 0; round < 3 && words.length > 2; round++) {
    const n = titleLength(words);
    if (n === 0 || words.length - n < 2) break;
    words = words.slice(n);
    dropped = true;
  }
  return dropped ? words.join(' ') : text;
}

/** Runs of white space in `text`, up to 2 (`split(/\s+/u)` gives one part more than runs). */
function spaceRuns(text: string): number {
  let runs = 0;
  for (let i = 0; i < text.length && runs < 2; i++) {
    if (isSpace(text.charCodeAt(i)) && (i === 0 || !isSpace(text.charCodeAt(i - 1)))) runs++;
  }
  return runs;
}

/** The text up to its first white space (what `split(/\s+/u)` gives first). */
function firstWord(text: string): string {
  for (let i = 0; i < text.length; i++) if (isSpace(text.charCodeAt(i))) return text.slice(0, i);
  return text;
}

/** Whether a first word is a title or opens a title phrase (titleLength's look-ups). */
function mayOpenTitle(first: string): boolean {
  const lower = first.toLowerCase();
  const bare = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  return OPENERS.has(bare);
}

/** How many words of a title open the name (0 when none). */
function titleLength(words: string[]): number {
  const first = words[0]!.toLowerCase();
  const dotted = first.endsWith('.');
  const bare = dotted ? first.slice(0, -1) : first;
  for (const rest of PHRASE_HEADS.get(bare) ?? []) {
    if (rest.every((w, i) => words[i + 1]?.toLowerCase() === w)) return rest.length + 1;
  }
  // A lone letter with a dot is an initial (U. Karatkevich), not Burmese U.
  if (dotted && bare.length === 1) return 0;
  return TITLES.has(bare) ? 1 : 0;
}
