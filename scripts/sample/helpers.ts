/**
 * Shorthands for the sample facts: names in several scripts, status changes and detentions,
 * each as a few claims that quote their source. They only call LedgerBuilder.fact.
 */
import { type PartialDate, parsePartialDate } from '../../src/core/model/dates.ts';
import type { Status } from '../../src/core/model/properties.ts';
import {
  date,
  guessScript,
  type NameKind,
  name,
  ref,
  text,
  type Value,
} from '../../src/core/model/values.ts';
import {
  type FactOptions,
  type FactRow,
  type LedgerBuilder,
  SampleDataError,
} from './ledger-builder.ts';

/** 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY': the precision follows from the form. */
export const d = (value: string): PartialDate => parsePartialDate(value);
export const dv = (value: string): Value => date(d(value));

/** [source, spelling, kind, language]: the spelling itself is the quote. */
export type NameRow = [string, string, NameKind, string, FactOptions?];

/** Name claims for a person or an actor, one per spelling seen in a source. */
export function names(b: LedgerBuilder, subjectId: string, rows: readonly NameRow[]): void {
  for (const [sourceId, value, kind, language, opts] of rows) {
    const v = name({ value, script: guessScript(value), language, kind });
    b.fact(subjectId, 'name', v, sourceId, value, opts);
  }
}

/** A pair of a value and the words of the source that support it. */
type Quoted<T> = [T, string];

export interface StatusSpec {
  person: Quoted<string>;
  /** Where the change happened; Belarus unless said, quoting a Belarusian place word. */
  country?: Quoted<string>;
  date: Quoted<string>;
  status: Quoted<Status>;
  release?: Quoted<string>;
  destination?: Quoted<string>;
}

/** One status change (detained, sentenced, released, expelled ...) from one source. */
export function statusChange(
  b: LedgerBuilder,
  id: string,
  sourceId: string,
  s: StatusSpec,
  opts?: FactOptions,
): string {
  b.entity(id, 'status_change');
  const rows: FactRow[] = [
    ['person', ref(s.person[0]), s.person[1]],
    ['date', dv(s.date[0]), s.date[1]],
    ['status', text(s.status[0]), s.status[1]],
  ];
  const country = s.country ?? ['BY', belarusWord(b, sourceId)];
  rows.push(['country', text(country[0]), country[1]]);
  if (s.release) rows.push(['release', ref(s.release[0]), s.release[1]]);
  if (s.destination) rows.push(['destination', text(s.destination[0]), s.destination[1]]);
  b.facts(
    id,
    sourceId,
    rows.map(([p, v, q]) => [p, v, q, opts ?? {}]),
  );
  return id;
}

/** Words that place a report in Belarus, so a status change's country 'BY' has a quote. */
const belarusWords = ['Belarus', 'Беларус', 'Minsk', 'MINSK', 'Мінск', 'Минск', 'Гродне', 'Homel'];

function belarusWord(b: LedgerBuilder, sourceId: string): string {
  const t = b.sourceText(sourceId);
  const found = belarusWords.find((w) => t.includes(w));
  if (!found) throw new SampleDataError(`no Belarusian place word in ${sourceId} for 'BY'`);
  return found;
}

export interface DetentionSpec {
  person: Quoted<string>;
  country: Quoted<string>;
  arrestDate?: Quoted<string>;
  sentence?: Quoted<string>;
  charge?: Quoted<string>;
  place?: Quoted<string>;
}

/** A detention: who, where, when arrested and the sentence, as far as the source says. */
export function detention(b: LedgerBuilder, id: string, sourceId: string, s: DetentionSpec): void {
  b.entity(id, 'detention');
  const rows: FactRow[] = [
    ['person', ref(s.person[0]), s.person[1]],
    ['country', text(s.country[0]), s.country[1]],
  ];
  if (s.arrestDate) rows.push(['arrestDate', dv(s.arrestDate[0]), s.arrestDate[1]]);
  if (s.sentence) rows.push(['sentence', text(s.sentence[0]), s.sentence[1]]);
  if (s.charge) rows.push(['charge', text(s.charge[0]), s.charge[1]]);
  if (s.place) rows.push(['place', text(s.place[0]), s.place[1]]);
  b.facts(id, sourceId, rows);
}
