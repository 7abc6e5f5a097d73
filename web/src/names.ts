/**
 * Which of a person's names heads their row or page for a reader: the spelling in the reader's
 * language and script when the ledger has one (be: Марыя Калеснікава, ru: Мария Колесникова,
 * en: Maria Kalesnikava), else one in the reader's script, else the API's own choice. The
 * others are listed beneath it.
 */
import type { Locale } from './i18n/index.ts';

export interface NameLike {
  value: string;
  script: string;
  language: string | null;
  kind: string;
}

const scriptOf: Record<Locale, string> = {
  be: 'cyrillic',
  ru: 'cyrillic',
  uk: 'cyrillic',
  en: 'latin',
};
// Official spellings first; a misspelling heads a row only when there is nothing else.
const kindRank: Record<string, number> = {
  official: 0,
  transliteration: 1,
  press: 2,
  alias: 3,
  misspelling: 9,
};
const rank = (n: NameLike) => kindRank[n.kind] ?? 5;

/** 'be' for 'be', 'be-BY' and 'be-Latn'; the script subtag is checked through `script`. */
const primary = (tag: string | null) => tag?.toLowerCase().split(/[-_]/)[0] ?? null;

export function headlineName(names: readonly NameLike[], fallback: string, locale: Locale): string {
  const script = scriptOf[locale];
  const usable = names.filter((n) => n.kind !== 'misspelling');
  const best = (list: NameLike[]) => [...list].sort((a, b) => rank(a) - rank(b))[0];
  const pick =
    best(usable.filter((n) => primary(n.language) === locale && n.script === script)) ??
    best(usable.filter((n) => n.script === script));
  return pick?.value ?? fallback;
}

/** Every other spelling, once each, in the order the ledger gives them. */
export function otherNames(names: readonly NameLike[], headline: string): string[] {
  return [...new Set(names.map((n) => n.value))].filter((v) => v !== headline);
}
