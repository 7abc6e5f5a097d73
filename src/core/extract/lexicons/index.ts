// Every language's word list (one file a language), and the sets of them that rules are compiled
// from: every language when a report's language is unknown, else the few a report needs
// (docs/extraction.md, "Languages"). Rules built from a set are made once and kept.
import type { CountQualifier } from '../contract.ts';
import ar from './ar.json' with { type: 'json' };
import az from './az.json' with { type: 'json' };
import be from './be.json' with { type: 'json' };
import bn from './bn.json' with { type: 'json' };
import { hintSource, initialCaseSource, wordsSource } from './compile.ts';
import cs from './cs.json' with { type: 'json' };
import de from './de.json' with { type: 'json' };
import el from './el.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };
import fa from './fa.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };
import hr from './hr.json' with { type: 'json' };
import hu from './hu.json' with { type: 'json' };
import hy from './hy.json' with { type: 'json' };
import id from './id.json' with { type: 'json' };
import it from './it.json' with { type: 'json' };
import ja from './ja.json' with { type: 'json' };
import ka from './ka.json' with { type: 'json' };
import kk from './kk.json' with { type: 'json' };
import lt from './lt.json' with { type: 'json' };
import nl from './nl.json' with { type: 'json' };
import no from './no.json' with { type: 'json' };
import pl from './pl.json' with { type: 'json' };
import pt from './pt.json' with { type: 'json' };
import ro from './ro.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };
import sl from './sl.json' with { type: 'json' };
import tl from './tl.json' with { type: 'json' };
import tr from './tr.json' with { type: 'json' };
import type { LexiconData } from './types.ts';
import uk from './uk.json' with { type: 'json' };
import vi from './vi.json' with { type: 'json' };
import zh from './zh.json' with { type: 'json' };

export {
  bareSource,
  escapeRegExp,
  hintRegExp,
  hintSource,
  initialCaseSource,
  withWords,
  wordsSource,
} from './compile.ts';
export type { LexiconData } from './types.ts';

export const LEXICONS: readonly LexiconData[] = [
  ar,
  az,
  be,
  bn,
  cs,
  de,
  el,
  en,
  es,
  fa,
  fr,
  hr,
  hu,
  hy,
  id,
  it,
  ja,
  ka,
  kk,
  lt,
  nl,
  no,
  pl,
  pt,
  ro,
  ru,
  sl,
  tl,
  tr,
  uk,
  vi,
  zh,
] as LexiconData[];

export type ListField = {
  [K in keyof LexiconData]-?: LexiconData[K] extends string[] | undefined ? K : never;
}[keyof LexiconData];

/**
 * The word lists a report's rules are compiled from. Sets are made by lexiconFor and kept, so
 * one set is one object and rules compiled for it can be kept by it (perLexicon).
 */
export interface Lexicon {
  /** The files' first codes, joined in file order: 'en+it'. */
  readonly key: string;
  readonly lists: readonly LexiconData[];
}

const SETS = new Map<string, Lexicon>();

function lexiconOf(lists: readonly LexiconData[]): Lexicon {
  const key = lists.map((l) => l.languages[0]).join('+');
  let lx = SETS.get(key);
  if (!lx) {
    lx = { key, lists };
    SETS.set(key, lx);
  }
  return lx;
}

/** Every language's lists: for text of no known language, and the rules' default. */
export const ALL_LANGUAGES: Lexicon = lexiconOf(LEXICONS);

const LISTED: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.languages));

/** Whether a language has a word list of its own ('sr' has: hr.json serves it). */
export function hasLexicon(language: string): boolean {
  return LISTED.has(language);
}

/**
 * The lists serving the given languages, in file order (the order 'earlier files win' refers
 * to). Codes without a list of their own add nothing.
 */
export function lexiconFor(languages: Iterable<string>): Lexicon {
  const wanted = new Set(languages);
  return lexiconOf(LEXICONS.filter((l) => l.languages.some((c) => wanted.has(c))));
}

/**
 * A rule builder run once per set of lists: the first call for a set compiles its rules, later
 * calls get the same ones back. There are as many sets as language mixes met, a handful.
 */
export function perLexicon<T>(build: (lx: Lexicon) => T): (lx: Lexicon) => T {
  const made = new Map<Lexicon, T>();
  // A report asks with one set thousands of times: the last one answers without a look-up.
  let lastLexicon: Lexicon | undefined;
  let lastRules: T | undefined;
  return (lx) => {
    if (lx === lastLexicon) return lastRules as T;
    let rules = made.get(lx);
    if (rules === undefined) {
      rules = build(lx);
      made.set(lx, rules);
    }
    lastLexicon = lx;
    lastRules = rules;
    return rules;
  };
}

/** The set's entries of one list. */
export function wordsOf(lx: Lexicon, field: ListField): string[] {
  return lx.lists.flatMap((l) => (l[field] as string[] | undefined) ?? []);
}

/** Every language's number words (or vague words) with their values; earlier files win. */
export function valuesOf(
  field: 'numbers' | 'vague',
  lx: Lexicon = ALL_LANGUAGES,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of lx.lists)
    for (const [w, v] of Object.entries(l[field] ?? {}))
      if (!out.has(w.toLowerCase())) out.set(w.toLowerCase(), v);
  return out;
}

/** Word -> month number (1-12) or weekday (0 = Sunday); earlier files win. */
export function calendarOf(
  field: 'months' | 'weekdays' | 'solarMonths',
  lx: Lexicon = ALL_LANGUAGES,
): Map<string, number> {
  const out = new Map<string, number>();
  const base = field === 'weekdays' ? 0 : 1;
  for (const l of lx.lists)
    (l[field] ?? []).forEach((forms, i) => {
      for (const f of forms) if (!out.has(f.toLowerCase())) out.set(f.toLowerCase(), i + base);
    });
  return out;
}

export function qualifierWords(lx: Lexicon, q: Exclude<CountQualifier, 'exact'>): string[] {
  return lx.lists.flatMap((l) => l.qualifiers?.[q] ?? []);
}

/** Sanction target ('potash', 'airline', 'Belavia', 'banks') -> the set's words for it. */
export function targetWords(lx: Lexicon): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const l of lx.lists)
    for (const [t, words] of Object.entries(l.targets ?? {}))
      out.set(t, [...(out.get(t) ?? []), ...words]);
  return out;
}

/** Recognising organisation (lowercase, as listed) -> its country code ('XX': none); earlier files win. */
export function recogniserCountries(lx: Lexicon): Map<string, string> {
  const out = new Map<string, string>();
  for (const l of lx.lists)
    for (const [code, names] of Object.entries(l.recognisers ?? {}))
      for (const n of names) if (!out.has(n.toLowerCase())) out.set(n.toLowerCase(), code);
  return out;
}

/** Country code -> every language's words for it. */
export function placeWords(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const l of LEXICONS)
    for (const [code, words] of Object.entries(l.places ?? {}))
      out.set(code, [...(out.get(code) ?? []), ...words.map((w) => w.toLowerCase())]);
  return out;
}

/** '|' and the set's entries of a list as whole words, or nothing: splices them into a rule. */
export function orWords(lx: Lexicon, field: ListField): string {
  const src = wordsSource(wordsOf(lx, field));
  return src ? `|${src}` : '';
}

/**
 * Like orWords, for rules that must stay case-sensitive (capitals there mark names): each word
 * may start with a capital ('Sondergesandter', 'unter Vermittlung der').
 */
export function orWordsAnyInitial(lx: Lexicon, field: ListField): string {
  const src = initialCaseSource(wordsOf(lx, field));
  return src ? `|${src}` : '';
}

/** '|' and every sanction target's words, for a cheap pre-test (see hintSource), or nothing. */
export function orTargetHints(lx: Lexicon): string {
  const src = hintSource([...targetWords(lx).values()].flat());
  return src ? `|${src}` : '';
}

/** '|' and the lists' entries as plain text, for a cheap pre-test (see hintSource), or nothing. */
export function orHints(lx: Lexicon, ...fields: ListField[]): string {
  const src = hintSource(fields.flatMap((f) => wordsOf(lx, f)));
  return src ? `|${src}` : '';
}

/** The set's abbreviations (lowercase, without their last stop): 'ds', 'm.in'. */
export const abbreviationsOf: (lx: Lexicon) => ReadonlySet<string> = perLexicon(
  (lx) => new Set(wordsOf(lx, 'abbreviations').map((w) => w.toLowerCase())),
);
