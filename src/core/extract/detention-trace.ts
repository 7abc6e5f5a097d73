// Which path of the detention rules found each item's person, and where its date came from, for
// scripts/real-detention-paths.ts (issue 20: which paths hold on text they were not tuned on).
// Kept beside the items in weak maps, not in them: the output and its contract stay as they are,
// and an item no one asks about costs a map entry. No I/O.
import type { DateWithPrecision, ExtractedDetention } from './contract.ts';

/**
 * How the person of an item was found: a name of its own sentence (`sentence`), a surname told
 * before in full (`surname`), a titled short name (`titled`), the person of an earlier sentence
 * (`carried`), the names of the sentence after an unnamed event (`named-next`), a list under an
 * introduction ending in ':' (`listed`, `introduced-list`), the members of a counted verdict
 * (`group`) or of a counted recognition (`recognised`).
 */
export type PersonPath =
  | 'sentence'
  | 'surname'
  | 'titled'
  | 'carried'
  | 'named-next'
  | 'listed'
  | 'introduced-list'
  | 'group'
  | 'recognised';

/** Where the report's anchor came from (detention-anchor.ts). */
export type AnchorSource = 'published' | 'dateline' | 'dateline-digits' | 'stamp' | 'url';

/**
 * Where an item's date came from: its own sentence (`written` with its year, `no-year` a day or
 * month whose year the anchor or a guess gave, `relative` a weekday or 'yesterday' read against
 * the anchor or the newest year), or another item: the one date of the kind's other items
 * (`same-kind`), of an event told of no one named (`unnamed-event`), the same person's later
 * mention (`merged`).
 */
export type DateSource =
  | 'written'
  | 'no-year'
  | 'relative'
  | 'same-kind'
  | 'unnamed-event'
  | 'merged';

const persons = new WeakMap<ExtractedDetention, PersonPath>();
const dates = new WeakMap<DateWithPrecision, DateSource>();
export function tagPerson<T extends ExtractedDetention>(d: T, path: PersonPath): T {
  if (!persons.has(d)) persons.set(d, path);
  return d;
}

export const personPath = (d: ExtractedDetention): PersonPath | undefined => persons.get(d);

export function tagDate(
  date: DateWithPrecision | null,
  source: DateSource,
): DateWithPrecision | null {
  if (date) dates.set(date, source);
  return date;
}

export const dateSource = (d: DateWithPrecision): DateSource | undefined => dates.get(d);

/** A sentence's date by how it is written: with its year, without, or with no digits at all. */
export function writtenAs(words: string, precision: string): DateSource {
  if (precision === 'year' || /\d{4}|\d[./-]\d{1,2}[./-]\d/u.test(words)) return 'written';
  return /\d/u.test(words) ? 'no-year' : 'relative';
}
