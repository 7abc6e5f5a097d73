/**
 * Which of a person's names heads their row or page for a reader: the spelling in the reader's
 * language and script when the ledger has one (be: Марыя Калеснікава, ru: Мария Колесникова,
 * en: Maria Kalesnikava), else one in the reader's script, else the caller's fallback. The web
 * app heads rows and pages with it, the server sorts people by it in the reader's collation
 * (app/read/person-order.ts), and the CLI heads a dossier with it: all three agree.
 */

/** The languages the app and the CLI speak. */
export const readerLanguages = ['be', 'ru', 'uk', 'en'] as const;
export type ReaderLanguage = (typeof readerLanguages)[number];

const isReaderLanguage = (tag: string): tag is ReaderLanguage =>
  (readerLanguages as readonly string[]).includes(tag);

/**
 * The first of a reader's languages, most preferred first, that Habeas speaks: 'be-BY' -> be,
 * 'ru_RU' -> ru; English when none is.
 */
export function readerLanguageOf(preferred: readonly string[]): ReaderLanguage {
  for (const tag of preferred) {
    const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (isReaderLanguage(base)) return base;
  }
  return 'en';
}

/**
 * The reader's language from an Accept-Language header ('de-DE,be;q=0.8,ru;q=0.5' -> be): the
 * languages by their weight (q, 1 when not given; 0 refuses one), the header's order breaking
 * ties. A header that is absent or says nothing Habeas speaks gives English.
 */
export function readerLanguageFromHeader(header: string | undefined): ReaderLanguage {
  const weighted = (header ?? '')
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.split(';');
      const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      const weight = q === undefined ? 1 : Number(q);
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, i };
    })
    .filter((l) => l.tag && l.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.i - b.i);
  return readerLanguageOf(weighted.map((l) => l.tag));
}

export interface NameLike {
  value: string;
  script: string;
  language: string | null;
  kind: string;
}

const scriptOf: Record<ReaderLanguage, string> = {
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

/** The reader's spelling among `names`, or null when none is in the reader's script. */
export function readerName(names: readonly NameLike[], locale: ReaderLanguage): string | null {
  const script = scriptOf[locale];
  const usable = names.filter((n) => n.kind !== 'misspelling' && n.script === script);
  const best = (list: NameLike[]) => [...list].sort((a, b) => rank(a) - rank(b))[0];
  const pick = best(usable.filter((n) => primary(n.language) === locale)) ?? best(usable);
  return pick?.value ?? null;
}

export function headlineName(
  names: readonly NameLike[],
  fallback: string,
  locale: ReaderLanguage,
): string {
  return readerName(names, locale) ?? fallback;
}

/** Every other spelling, once each, in the order the ledger gives them. */
export function otherNames(names: readonly NameLike[], headline: string): string[] {
  return [...new Set(names.map((n) => n.value))].filter((v) => v !== headline);
}
