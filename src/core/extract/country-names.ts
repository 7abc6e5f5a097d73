// A go-between's state named in the report's language: an adjective's state ('Omani-brokered'
// -> 'Oman', 'catarí' -> 'Catar'), an acronym kept upper-case ('ОАЭ'), a name as written.
import { ALL_LANGUAGES, LEXICONS, type Lexicon } from './lexicons/index.ts';
import { PLACES, placeCode } from './places.ts';

// A country's name from the lists, capitalised; a Cyrillic or plain-letter name of three letters
// or fewer is an acronym ('оаэ' -> 'ОАЭ', 'uae' -> 'UAE'; 'irã' stays 'Irã').
const title = (w: string) =>
  /^(?:\p{sc=Cyrillic}{2,3}|[a-z]{2,3})$/u.test(w)
    ? w.toUpperCase()
    : w.replace(/(^|[\s-])(\p{L})/gu, (_, a, b) => a + b.toUpperCase());

// English demonyms in -i, -ian, -ese, -ish; not a Slavic genitive in -ji or -ii ('Turcji').
export const ENGLISH_ADJECTIVE = /^\p{Lu}\p{Ll}{2,}(?:[^ij]i|ian|ese|ish)$/u;

/** 'Omani-brokered': the adjective names its state, in the adjective's language ('Oman'). */
export function stateOfAdjective(word: string | undefined, lx: Lexicon): string | undefined {
  const code = word ? placeCode(word) : null;
  return code ? countryName(code, word!, lx) : word;
}

/**
 * A country's name in the language of the adjective that named it ('catarí' -> 'Catar',
 * 'américains' -> 'États-Unis'), else in English: for a go-between named by its adjective.
 */
export function countryName(code: string, adjective: string, lx: Lexicon = ALL_LANGUAGES): string {
  const word = adjective.toLowerCase();
  const has = (l: (typeof LEXICONS)[number]) => l.places?.[code]?.includes(word);
  // The report's own languages first: 'omani' is English and Portuguese.
  const english = PLACES.find((p) => p.code === code);
  const own = (lx.lists.find(has) ?? (english?.words.includes(word) ? null : LEXICONS.find(has)))
    ?.places?.[code]?.[0];
  // A capitalised name no list holds as written ('Катар' before 'посредники') is a noun: as written.
  if (!own && /^\p{Lu}/u.test(adjective) && !ENGLISH_ADJECTIVE.test(adjective)) return adjective;
  return title(own ?? english?.words[0] ?? code);
}
