import COUNTRIES from './lexicons/countries.json' with { type: 'json' };
import { placeWords } from './lexicons/index.ts';
import { PhraseScanner } from './phrase-scan.ts';
import { allMatches } from './regex-all.ts';

// Countries and the words that point to them (names, adjectives, capitals), EN and RU.

export interface Place {
  code: string;
  /** Lowercase words or phrases, matched whole. */
  words: string[];
}

export const PLACES: Place[] = [
  {
    code: 'BY',
    words: [
      'belarus',
      'republic of belarus',
      'homel',
      'gomel',
      'hrodna',
      'grodno',
      'vitsebsk',
      'vitebsk',
      'mahiliou',
      'mogilev',
      'babruisk',
      'zhodzina',
      'belarusian',
      'belarusians',
      'minsk',
      'byelorussia',
      'belorussia',
      'беларусь',
      'беларуси',
      'белоруссия',
      'белоруссии',
      'минск',
      'минске',
      'белорусских',
      'белорусские',
      'белорусский',
      'беларусі',
      'мінск',
    ],
  },
  {
    code: 'LT',
    words: [
      'republic of lithuania',
      'lithuania',
      'lithuanian',
      'vilnius',
      'литва',
      'литву',
      'литвы',
      'литве',
      'вильнюс',
      'вильнюсе',
      'літву',
      'вільнюс',
    ],
  },
  {
    code: 'UA',
    words: [
      'ukraine',
      'ukrainian',
      'kyiv',
      'kiev',
      'украина',
      'украину',
      'украины',
      'украине',
      'украиной',
      'киев',
      'киеве',
      'украіну',
    ],
  },
  { code: 'PL', words: ['poland', 'polish', 'warsaw', 'польша', 'польшу', 'польше', 'варшава'] },
  {
    code: 'RU',
    words: [
      'russia',
      'russian',
      'moscow',
      'kremlin',
      'россия',
      'россию',
      'россии',
      'москва',
      'москву',
      'кремль',
    ],
  },
  {
    code: 'US',
    words: [
      'united states',
      'the us',
      'u.s.',
      'america',
      'american',
      'americans',
      'washington',
      'сша',
      'америку',
      'америка',
      'вашингтон',
    ],
  },
  {
    code: 'DE',
    words: ['germany', 'german', 'berlin', 'германия', 'германию', 'германии', 'берлин'],
  },
  {
    code: 'TR',
    words: [
      'turkey',
      'türkiye',
      'turkish',
      'ankara',
      'турция',
      'турцию',
      'турции',
      'анкара',
      'анкару',
    ],
  },
  { code: 'NI', words: ['nicaragua', 'nicaraguan', 'nicaraguans', 'managua', 'никарагуа'] },
  { code: 'CU', words: ['cuba', 'cuban', 'cubans', 'havana', 'куба', 'кубы', 'гавана'] },
  { code: 'IR', words: ['iran', 'iranian', 'iranians', 'tehran', 'иран', 'ирана', 'тегеран'] },
  {
    code: 'VE',
    words: [
      'venezuela',
      'venezuelan',
      'venezuelans',
      'caracas',
      'венесуэла',
      'венесуэлы',
      'каракас',
    ],
  },
  { code: 'QA', words: ['qatar', 'qatari', 'doha', 'катар', 'доха'] },
  { code: 'SV', words: ['el salvador', 'salvadoran', 'cecot', 'сальвадор'] },
  { code: 'VA', words: ['vatican', 'holy see', 'ватикан'] },
  { code: 'LV', words: ['latvia', 'riga', 'латвия', 'латвию', 'рига'] },
  { code: 'OM', words: ['oman', 'omani', 'muscat', 'оман'] },
];

// Every language's names for countries (lexicons/*.json) join the English and Russian ones.
for (const [code, words] of placeWords()) {
  const place = PLACES.find((p) => p.code === code);
  if (place) place.words.push(...words.filter((w) => !place.words.includes(w)));
  else PLACES.push({ code, words: [...new Set(words)] });
}

const WORD_TO_CODE = new Map<string, string>();
for (const p of PLACES)
  for (const w of p.words) if (!WORD_TO_CODE.has(w)) WORD_TO_CODE.set(w, p.code);
const LISTED = new Set(WORD_TO_CODE.keys());

// Every country's name in every language the lists serve (scripts/write-countries.ts writes the
// file from ICU's data): a text may name any country, not only those our reports met.
for (const [code, words] of Object.entries(COUNTRIES as Record<string, string[]>))
  for (const w of words) if (!WORD_TO_CODE.has(w)) WORD_TO_CODE.set(w, code);

/** Country code of a word of the word lists (lexicons/*.json, PLACES) only: for the generator. */
export function listedPlaceCode(word: string): string | null {
  const w = word.toLowerCase();
  return LISTED.has(w) ? WORD_TO_CODE.get(w)! : null;
}

// Scripts without capital letters (Arabic, Persian, Georgian, Chinese...): their place names
// cannot be found by the capital-letter scan below, so one pattern looks for them instead.
const HAS_UNCASED =
  /[\p{sc=Arabic}\p{sc=Georgian}\p{sc=Han}\p{sc=Hebrew}\p{sc=Thai}\p{sc=Myanmar}\p{sc=Devanagari}\p{sc=Bengali}\p{sc=Armenian}]/u;
// Georgian letters count as lowercase (\p{Ll}) since Unicode 11 gave them capitals that news
// never uses: the script, not the letter case, says a word has no capitals.
const UNCASED_WORDS = [...WORD_TO_CODE.keys()].filter(
  (w) => /\p{L}/u.test(w) && (!/\p{Lu}|\p{Ll}/u.test(w) || /\p{sc=Georgian}/u.test(w)),
);
const UNCASED = UNCASED_WORDS.length
  ? new PhraseScanner(UNCASED_WORDS.map((w) => (/^[\p{sc=Arabic}\s]+$/u.test(w) ? `*${w}` : w)))
  : null;

/** Country code for a lowercase word or phrase, or null. */
export function placeCode(word: string): string | null {
  return WORD_TO_CODE.get(word.toLowerCase()) ?? null;
}

export interface PlaceMention {
  code: string;
  start: number;
  end: number;
}

// Place names are proper nouns: only capitalised words are looked up ('U.S.' included), and
// phrases ('El Salvador', 'Republic of Lithuania') are tried where a word starts one. Much faster
// than one regex of every place name over every sentence.
// At most 4 hyphens and 3 dots: a longer chain is no place name, and an unknown hyphenated word
// is scanned again from its first hyphen (below), so an unbounded chain ('Ta-Ta-Ta-...') was
// matched anew from every hyphen: 60,000 characters of it took 3 s, now milliseconds.
const CAP_WORD = /\p{Lu}\p{L}*(?:-\p{L}+){0,4}(?:\.\p{L}+){0,3}\.?/gu;
const PHRASES = new Map<string, string[]>();
for (const k of WORD_TO_CODE.keys()) {
  // Hyphenated names are phrases too: a capitalised word stops at '-' ('États-Unis', 'Saint-Siège').
  if (!/[ -]/.test(k)) continue;
  const first = k.split(/[ -]/)[0]!;
  PHRASES.set(
    first,
    [...(PHRASES.get(first) ?? []), k].sort((a, b) => b.length - a.length),
  );
}

// Leaders point to their country when a text never names it (used for the release country).
const LEADER_COUNTRY = new Map([
  ['lukashenko', 'BY'],
  ['lukashenka', 'BY'],
  ['лукашенко', 'BY'],
  // Slavic and Hungarian press spellings ('Lukašenko', 'Lukasenka', 'Лукашэнка').
  ['lukašenko', 'BY'],
  ['lukašenka', 'BY'],
  ['lukasenko', 'BY'],
  ['lukasenka', 'BY'],
  ['лукашэнка', 'BY'],
  ['ortega', 'NI'],
  ['maduro', 'VE'],
  ['putin', 'RU'],
  ['путин', 'RU'],
  ['путін', 'RU'],
  ['пуцін', 'RU'],
  ['putyin', 'RU'],
  ['tebboune', 'DZ'],
  ['kagame', 'RW'],
  // Heads of state whose name alone tells the country in the press (dev part 5: a Philippine
  // report names only 'the Duterte administration', an Egyptian one 'al-Sisi').
  ['duterte', 'PH'],
  ['sisi', 'EG'],
  ['khamenei', 'IR'],
  ['pezeshkian', 'IR'],
]);

// A king named with his number: 'Mohammed VI' is Morocco's (a report may say only 'le roi
// Mohammed VI' and 'le Royaume').
const NUMBERED_KING = /^(?:Mohamm?ed|Muhammad|Mohamed)\s+VI(?![\p{L}\d])/u;

function leaderCountry(s: string, start: number, lower: string): string | undefined {
  const code = LEADER_COUNTRY.get(lower);
  if (code) return code;
  return lower.startsWith('m') && NUMBERED_KING.test(s.slice(start, start + 14)) ? 'MA' : undefined;
}

function findUncased(s: string, out: PlaceMention[]): void {
  if (!UNCASED) return;
  for (const m of UNCASED.findAll(s)) {
    const word = s.slice(m.start, m.end).toLowerCase();
    // An Arabic clitic ('و', 'ب', 'ال') may lead the match: the longest known tail names it.
    let code = WORD_TO_CODE.get(word);
    for (let k = 1; !code && k <= 3 && k < word.length; k++) code = WORD_TO_CODE.get(word.slice(k));
    if (code) out.push({ code, start: m.start, end: m.end });
  }
}

const LETTER_OR_DIGIT = /[\p{L}\d]/u;

/** Whether the character at i is a letter or a digit (ASCII ones without a regex). */
function letterOrDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(s[i]!);
}

export function findPlaces(s: string, withLeaders = false): PlaceMention[] {
  const out: PlaceMention[] = [];
  if (UNCASED && HAS_UNCASED.test(s)) {
    findUncased(s, out);
    out.sort((a, b) => a.start - b.start);
  }
  CAP_WORD.lastIndex = 0;
  for (let m = CAP_WORD.exec(s); m; m = CAP_WORD.exec(s)) {
    const start = m.index;
    if (start > 0 && letterOrDigitAt(s, start - 1)) continue;
    let w = m[0];
    if (w.charCodeAt(w.length - 1) === 46 && w.indexOf('.') === w.length - 1) w = w.slice(0, -1);
    if (w === 'US') {
      out.push({ code: 'US', start, end: start + 2 });
      continue;
    }
    // 'Wit-Rusland', 'Saudi-Arabien' are names whole; 'US-Präsident' is read as its first part
    // (the rest is scanned again, as before hyphenated names were tried whole).
    const dash = w.indexOf('-');
    if (dash > 0 && !WORD_TO_CODE.has(w.toLowerCase())) {
      w = w.slice(0, dash);
      CAP_WORD.lastIndex = start + dash;
      if (w === 'US') {
        out.push({ code: 'US', start, end: start + 2 });
        continue;
      }
    }
    const lower = w.toLowerCase();
    const phrases = PHRASES.get(lower);
    if (phrases) {
      const ahead = s.slice(start, start + 40).toLowerCase();
      const phrase = phrases.find(
        (p) =>
          ahead.startsWith(p) && !(p.length < ahead.length && letterOrDigitAt(ahead, p.length)),
      );
      if (phrase) {
        out.push({ code: WORD_TO_CODE.get(phrase)!, start, end: start + phrase.length });
        CAP_WORD.lastIndex = start + phrase.length;
        continue;
      }
    }
    const code =
      WORD_TO_CODE.get(lower) ?? (withLeaders ? leaderCountry(s, start, lower) : undefined);
    if (code) out.push({ code, start, end: start + w.length });
  }
  return out;
}

/** Countries that hold the prisoners in the releases we track (the US is a party, not a jailer here). */
export const RELEASING = new Set([
  ...['BY', 'RU', 'NI', 'CU', 'IR', 'VE', 'AZ', 'GE', 'EG', 'DZ', 'MM', 'TR', 'CN', 'HK', 'SA'],
  ...['BH', 'SY', 'VN', 'KH', 'TJ', 'ER', 'TH', 'BD', 'UZ', 'KZ'],
  // Morocco's royal pardons, Rwanda's commutations, the Philippines' courts (dev part 5).
  ...['MA', 'RW', 'PH'],
]);

const LOWER_WORD = /(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]{3,}/gu;

/**
 * Releasing countries named by lower-case words ('el Gobierno cubano', 'il governo iraniano'),
 * which the capital-letter scan skips: for a report that names its country no other way.
 */
export function findLowerCasePlaces(s: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of allMatches(LOWER_WORD, s)) {
    const code = WORD_TO_CODE.get(m[0]);
    if (code && RELEASING.has(code)) out.push({ code, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
