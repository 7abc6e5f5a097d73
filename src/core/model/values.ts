import type { PartialDate } from './dates.ts';

/** How exact a reported figure is: '52' is exact, 'more than 1,000' is more_than. */
export type Qualifier = 'exact' | 'more_than' | 'at_least' | 'about' | 'almost' | 'up_to';
export const qualifiers: readonly Qualifier[] = [
  'exact',
  'more_than',
  'at_least',
  'about',
  'almost',
  'up_to',
];

export type Script = 'latin' | 'cyrillic' | 'other';
/** Spelling kinds seen for one name; press and misspellings are kept, never discarded. */
export type NameKind = 'official' | 'press' | 'transliteration' | 'misspelling' | 'alias';
export const nameKinds: readonly NameKind[] = [
  'official',
  'press',
  'transliteration',
  'misspelling',
  'alias',
];

export interface NameValue {
  value: string;
  script: Script;
  /** BCP-47 language code of the spelling ('be', 'ru', 'en', 'be-Latn', ...), or null. */
  language: string | null;
  kind: NameKind;
}

/** A claim's typed value; a tagged union so it survives JSON and SQL round trips unchanged. */
export type Value =
  | { type: 'text'; text: string }
  | { type: 'number'; number: number; qualifier: Qualifier }
  | { type: 'date'; date: PartialDate }
  | { type: 'ref'; id: string }
  | { type: 'name'; name: NameValue }
  | { type: 'bool'; bool: boolean };

export type ValueType = Value['type'];

export const text = (t: string): Value => ({ type: 'text', text: t });
export const num = (n: number, qualifier: Qualifier = 'exact'): Value => ({
  type: 'number',
  number: n,
  qualifier,
});
export const date = (d: PartialDate): Value => ({ type: 'date', date: d });
export const ref = (id: string): Value => ({ type: 'ref', id });
export const bool = (b: boolean): Value => ({ type: 'bool', bool: b });
export const name = (n: NameValue): Value => ({ type: 'name', name: n });

export function guessScript(s: string): Script {
  if (/[\u0400-\u04FF]/.test(s)) return 'cyrillic';
  if (/[A-Za-z\u00C0-\u024F]/.test(s)) return 'latin';
  return 'other';
}

/**
 * A canonical string for a value, used to decide whether two claims agree.
 * Names compare by spelling only: the same spelling of another kind is the same value.
 */
export function valueKey(v: Value): string {
  switch (v.type) {
    case 'text':
      // Case- and space-insensitive: 'Belavia ' and 'belavia' or 'a  b' and 'a b' agree.
      return `text:${v.text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()}`;
    case 'number':
      return `number:${v.number}:${v.qualifier}`;
    case 'date':
      return `date:${v.date.value}`;
    case 'ref':
      return `ref:${v.id}`;
    case 'name':
      return `name:${v.name.value.normalize('NFC').trim().toLowerCase()}`;
    case 'bool':
      return `bool:${v.bool}`;
  }
}

/** Human-readable form for tables and CSV. */
export function formatValue(v: Value): string {
  switch (v.type) {
    case 'text':
      return v.text;
    case 'number':
      return v.qualifier === 'exact' ? String(v.number) : `${v.qualifier} ${v.number}`;
    case 'date':
      return v.date.value;
    case 'ref':
      return v.id;
    case 'name':
      return v.name.value;
    case 'bool':
      return v.bool ? 'yes' : 'no';
  }
}
