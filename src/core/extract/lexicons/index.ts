// Every language's word list, merged: the rules search a sentence with the words of all
// languages at once, so a report that mixes languages, or one whose language was misread,
// still yields its facts. One file a language (docs/extraction.md, "Languages").
import type { CountQualifier } from '../contract.ts';
import ar from './ar.json' with { type: 'json' };
import be from './be.json' with { type: 'json' };
import { hintSource, initialCaseSource, wordsSource } from './compile.ts';
import de from './de.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };
import fa from './fa.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };
import hr from './hr.json' with { type: 'json' };
import hu from './hu.json' with { type: 'json' };
import id from './id.json' with { type: 'json' };
import it from './it.json' with { type: 'json' };
import ka from './ka.json' with { type: 'json' };
import lt from './lt.json' with { type: 'json' };
import nl from './nl.json' with { type: 'json' };
import pl from './pl.json' with { type: 'json' };
import pt from './pt.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };
import sl from './sl.json' with { type: 'json' };
import tl from './tl.json' with { type: 'json' };
import tr from './tr.json' with { type: 'json' };
import type { LexiconData } from './types.ts';
import uk from './uk.json' with { type: 'json' };
import zh from './zh.json' with { type: 'json' };

export {
  bareSource,
  escapeRegExp,
  hintSource,
  initialCaseSource,
  withWords,
  wordsSource,
} from './compile.ts';
export type { LexiconData } from './types.ts';

export const LEXICONS: readonly LexiconData[] = [
  ar,
  be,
  de,
  en,
  es,
  fa,
  fr,
  hr,
  hu,
  id,
  it,
  ka,
  lt,
  nl,
  pl,
  pt,
  ru,
  sl,
  tl,
  tr,
  uk,
  zh,
] as LexiconData[];

export type ListField = {
  [K in keyof LexiconData]-?: LexiconData[K] extends string[] | undefined ? K : never;
}[keyof LexiconData];

/** Every language's entries of one list. */
export function wordsOf(field: ListField): string[] {
  return LEXICONS.flatMap((l) => (l[field] as string[] | undefined) ?? []);
}

/** Every language's number words (or vague words) with their values; earlier files win. */
export function valuesOf(field: 'numbers' | 'vague'): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of LEXICONS)
    for (const [w, v] of Object.entries(l[field] ?? {}))
      if (!out.has(w.toLowerCase())) out.set(w.toLowerCase(), v);
  return out;
}

/** Word -> month number (1-12) or weekday (0 = Sunday) over every language. */
export function calendarOf(field: 'months' | 'weekdays'): Map<string, number> {
  const out = new Map<string, number>();
  const base = field === 'months' ? 1 : 0;
  for (const l of LEXICONS)
    (l[field] ?? []).forEach((forms, i) => {
      for (const f of forms) if (!out.has(f.toLowerCase())) out.set(f.toLowerCase(), i + base);
    });
  return out;
}

export function qualifierWords(q: Exclude<CountQualifier, 'exact'>): string[] {
  return LEXICONS.flatMap((l) => l.qualifiers?.[q] ?? []);
}

/** Sanction target ('potash', 'airline', 'Belavia', 'banks') -> every language's words. */
export function targetWords(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const l of LEXICONS)
    for (const [t, words] of Object.entries(l.targets ?? {}))
      out.set(t, [...(out.get(t) ?? []), ...words]);
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

/** '|' and every language's entries of a list as whole words, or nothing: splices them into a rule. */
export function orWords(field: ListField): string {
  const src = wordsSource(wordsOf(field));
  return src ? `|${src}` : '';
}

/**
 * Like orWords, for rules that must stay case-sensitive (capitals there mark names): each word
 * may start with a capital ('Sondergesandter', 'unter Vermittlung der').
 */
export function orWordsAnyInitial(field: ListField): string {
  const src = initialCaseSource(wordsOf(field));
  return src ? `|${src}` : '';
}

/** '|' and the stems of lists' entries, for a cheap pre-test (see hintSource), or nothing. */
export function orHints(...fields: ListField[]): string {
  const src = hintSource(fields.flatMap((f) => wordsOf(f)));
  return src ? `|${src}` : '';
}
