/**
 * The last resort for one part of a pair whose other part agrees: readings of a Latin spelling
 * by other orthographies (readings.ts). scoreParses asks only after the part-by-part, family
 * and English rules have failed for that part, so that most pairs never pay for them.
 */
import { type SurnameMatch, surnameMatch } from './compare-parts.ts';
import type { NameParse } from './parse.ts';
import {
  europeanInAbjad,
  europeanInArabic,
  frenchArabic,
  letterReading,
  TURKIC_LETTERS,
} from './readings.ts';
import type { EvidenceItem } from './types.ts';

const FRENCH_NOTE = 'translit:fr (a French spelling of an Arabic name: ch for ش, ou for و)';
const EUROPEAN_NOTE = 'translit:fa (a European name as Persian or Arabic letters write it)';
const ARABIC_EUROPEAN_NOTE =
  'translit:ar (a European name as Arabic letters write it: v as ف, p as ب)';

/**
 * The cheap test first (a search scores many candidates that share one part only): a reading
 * changes a word's length by two letters at most (j as dzh), its fold's by a few.
 */
function near(x: string, y: string): boolean {
  return Math.abs(x.length - y.length) <= 3;
}

const hasC = (x: string, y: string) => x.includes('c') || y.includes('c');

function turkic(a: NameParse, b: NameParse): boolean {
  for (const p of [a, b]) {
    if (p.given && TURKIC_LETTERS.test(p.given.token.text)) return true;
    if (p.surname && TURKIC_LETTERS.test(p.surname.text)) return true;
  }
  return false;
}

/** A surname read by another orthography's letters (Orujov / Оруджов, Chaouachi / Shawashi). */
export function readingSurname(a: NameParse, b: NameParse, abjad: boolean): SurnameMatch | null {
  const x = a.surname?.forms[0];
  const y = b.surname?.forms[0];
  if (!x || !y || x.inflected || y.inflected || !near(x.fold, y.fold)) return null;
  let note = letterReading(x.text, y.text, hasC(x.text, y.text) && turkic(a, b));
  if (!note && frenchArabic(x.text, y.text, abjad)) note = FRENCH_NOTE;
  if (!note) return null;
  return surnameMatch(x, y, 'skeleton', 0.92, note);
}

/**
 * A given name read by another orthography's letters (Janbolat / Zhanbolat, Rico / Рико), or a
 * European name written in Persian or Arabic letters (Kylie / کایلی): 0.88, as an English
 * given name in Russian letters, backed by a surname of 0.88 or more. Below the surname's
 * 0.92, so that of two orders the one that reads the given name so is kept.
 */
export function readingGiven(
  a: NameParse,
  b: NameParse,
  abjad: boolean,
  readSides = 0,
): EvidenceItem | null {
  const ga = a.given?.token;
  const gb = b.given?.token;
  if (!ga || !gb || ga.initial || gb.initial) return null;
  const base = { part: 'given' as const, a: ga.raw, b: gb.raw, how: 'skeleton' as const };
  // Before the table's test: Arabic letters write a listed European name (Vladimir, Olivier)
  // with letters the table's forms do not have (f for v), so the table cannot tell it apart.
  if (abjad && arabicReading(readSides, ga.text, gb.text))
    return { ...base, score: 0.88, note: ARABIC_EUROPEAN_NOTE };
  // A name the table knows is told from others by the table (Jan / Zhan are two names).
  if (ga.givenLike || gb.givenLike || !near(ga.folds[0] ?? '', gb.folds[0] ?? '')) return null;
  const note = letterReading(ga.text, gb.text, hasC(ga.text, gb.text) && turkic(a, b));
  if (note) return { ...base, score: 0.88, note };
  if (abjad && europeanInAbjad(ga.text, gb.text))
    return { ...base, score: 0.88, note: EUROPEAN_NOTE };
  return null;
}

/** One side read from Arabic letters (readSides 1: a, 2: b), and the European reading joins them. */
function arabicReading(readSides: number, x: string, y: string): boolean {
  if (readSides === 1) return europeanInArabic(y, x);
  if (readSides === 2) return europeanInArabic(x, y);
  return false;
}
