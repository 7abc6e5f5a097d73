// Language of a report: ELD (a maintained n-gram detector, measured against tinyld and
// franc-min on the real-news set: docs/extraction.md, "Languages"), with a letter count as the
// fallback for text too short or too odd for it.
import { eldScores } from './eld-scores.ts';
import {
  ALL_LANGUAGES,
  hasLexicon,
  LEXICONS,
  type Lexicon,
  type LexiconData,
  lexiconFor,
} from './lexicons/index.ts';

// The opening is enough: on the real-news set 120 characters scored as well as the whole text.
const SAMPLE = 120;

function byLetters(text: string): string {
  const n = Math.min(text.length, 4000);
  let cyr = 0;
  let lat = 0;
  let be = 0;
  // One pass over char codes: cheaper than three global regex matches on every report.
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) {
      cyr++;
      if (c === 0x45e || c === 0x40e || c === 0x456 || c === 0x406) be++;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) lat++;
  }
  if (cyr === 0 || cyr < lat) return 'en';
  // Belarusian writes ў and і, which Russian does not use.
  return be > cyr * 0.01 ? 'be' : 'ru';
}

// On a headline-length text n-gram scores sit close together ('Belarus freed 52 prisoners'
// scores nl 0.694, en 0.685): English, the language of wire copy, wins a near tie.
const NEAR_TIE = 0.03;

export interface LanguageGuess {
  /** The report's language. */
  language: string;
  /** Languages ELD scored within NEAR_TIE of its best: the text may be in any of them. */
  close: string[];
}

// Kazakh letters no Russian, Belarusian or Ukrainian word has: ELD's small model has no Kazakh
// and calls a Kazakh text Belarusian or Russian.
const KAZAKH = /[\u0493\u049b\u04a3\u04b1]/gu;
const KAZAKH_LETTERS = 3;

export function guessLanguage(text: string): LanguageGuess {
  const result = eldScores(text.slice(0, SAMPLE));
  const found = result.language;
  if (
    found &&
    isCyrillicLanguage(found) &&
    (text.slice(0, 2000).match(KAZAKH)?.length ?? 0) >= KAZAKH_LETTERS
  )
    return { language: 'kk', close: [] };
  if (!found) return { language: byLetters(text), close: [] };
  const best = result.scores.find(([l]) => l === found)?.[1] ?? 0;
  const close: string[] = [];
  let en: number | undefined;
  for (const [l, score] of result.scores) {
    if (l === 'en') en = score;
    if (l !== found && best - score < NEAR_TIE) close.push(l);
  }
  if (found !== 'en' && en !== undefined && best - en < NEAR_TIE)
    return { language: 'en', close: [found, ...close.filter((l) => l !== 'en')] };
  return { language: found, close };
}

export function detectLanguage(text: string): string {
  return guessLanguage(text).language;
}

export function isCyrillicLanguage(language: string): boolean {
  return language === 'ru' || language === 'be' || language === 'uk';
}

// Scripts other than Latin, by code point: a report's lists must cover every one its text uses.
type Script = 'Greek' | 'Cyrillic' | 'Armenian' | 'Arabic' | 'Bengali' | 'Georgian' | 'Han';

function scriptOf(c: number): Script | null {
  if (c < 0x370) return null;
  if (c < 0x400) return 'Greek';
  if (c <= 0x52f) return 'Cyrillic';
  if (c >= 0x531 && c <= 0x58f) return 'Armenian';
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0x8a0 && c <= 0x8ff))
    return 'Arabic';
  if (c >= 0x980 && c <= 0x9ff) return 'Bengali';
  if ((c >= 0x10a0 && c <= 0x10ff) || (c >= 0x1c90 && c <= 0x1cbf) || (c >= 0x2d00 && c <= 0x2d2f))
    return 'Georgian';
  if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff))
    return 'Han';
  if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) return 'Arabic';
  if (c >= 0x1f00 && c <= 0x1fff) return 'Greek';
  return null;
}

/** Letters of a script that make a report use it: a few words, not one stray name. */
const SCRIPT_LETTERS = 8;

// Any letter of those scripts: most reports have none, and one native scan says so.
const NON_LATIN =
  /[\u0370-\u052f\u0531-\u058f\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u0980-\u09ff\u10a0-\u10ff\u1c90-\u1cbf\u1f00-\u1fff\u2d00-\u2d2f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufb50-\ufdff\ufe70-\ufeff]/;

/** Scripts with `min` letters or more in the text. */
function scriptsIn(text: string, min: number): Set<Script> {
  const out = new Set<Script>();
  if (!NON_LATIN.test(text)) return out;
  const counts = new Map<Script, number>();
  for (let i = 0; i < text.length; i++) {
    const script = scriptOf(text.charCodeAt(i));
    if (!script) continue;
    const n = (counts.get(script) ?? 0) + 1;
    counts.set(script, n);
    if (n >= min) out.add(script);
  }
  return out;
}

/** The scripts a list's entries are written in (hr.json: Latin and Serbian Cyrillic). */
const LIST_SCRIPTS = new Map<LexiconData, Set<Script>>(
  LEXICONS.map((l) => {
    const { languages: _, ...lists } = l;
    const text = JSON.stringify(lists);
    // A few borrowed words ('Viasna' in ru.json) are no script of the list.
    return [l, scriptsIn(text, Math.max(SCRIPT_LETTERS, text.length / 20))];
  }),
);

/**
 * Languages whose texts were read with each other's lists, and still are: Russian reports use
 * Serbian Cyrillic stems ('помилова*' in hr.json), Spanish ones Italian and Portuguese stems
 * ('libera*', 'libertad*'), Croatian and Slovenian ones Polish 'od' ('since'). A language in no
 * group is read with its own list (and English).
 */
const KIN: readonly (readonly string[])[] = [
  ['hr', 'sr', 'bs', 'sl', 'pl'],
  ['ru', 'uk', 'be', 'hr'],
  ['es', 'pt', 'it', 'fr'],
  ['de', 'nl'],
  ['ar', 'fa'],
  ['id', 'ms'],
  ['tr', 'az'],
];

/** The first group that holds the language: Croatian is read with its Latin-script kin. */
function kinOf(language: string): readonly string[] {
  return KIN.find((group) => group.includes(language)) ?? [language];
}

interface Kin {
  lexicon: Lexicon;
  /** Languages its lists serve ('sr' for hr.json). */
  served: ReadonlySet<string>;
  /** Scripts its lists are written in. */
  scripts: ReadonlySet<Script>;
}

const KIN_OF = new Map<string, Kin>();

/** English and a language's group, and what they cover; made once a language. */
function kinLexicon(language: string): Kin {
  let kin = KIN_OF.get(language);
  if (!kin) {
    const lexicon = lexiconFor(['en', ...kinOf(language)]);
    kin = {
      lexicon,
      served: new Set(lexicon.lists.flatMap((l) => l.languages)),
      scripts: new Set(lexicon.lists.flatMap((l) => [...LIST_SCRIPTS.get(l)!])),
    };
    KIN_OF.set(language, kin);
  }
  return kin;
}

/**
 * The word lists a report's rules use: English and those of its language's group (KIN). When
 * the text may be in another language (one ELD scored close has a list outside that group), or
 * uses a script none of these lists is written in (a Russian quote in an English report), or
 * its language has no list of its own: every list, as for a text of unknown language. The
 * choices are few, so each set's rules are compiled once.
 */
export function reportLexicon(text: string, language: string, close: string[] = []): Lexicon {
  if (!hasLexicon(language)) return ALL_LANGUAGES;
  const kin = kinLexicon(language);
  for (const c of close) if (hasLexicon(c) && !kin.served.has(c)) return ALL_LANGUAGES;
  for (const script of scriptsIn(text, SCRIPT_LETTERS))
    if (!kin.scripts.has(script)) return ALL_LANGUAGES;
  return kin.lexicon;
}
