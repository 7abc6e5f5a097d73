/**
 * Many reports from the team corpus (test/fixtures/ingest), varied deterministically so no two
 * are exact duplicates: variant k of a report has its figures raised by k, is published 9k days
 * later and names other people (surnames swapped in turn). Variants of one release fall near
 * each other's dates and share people and figures, so they tie often: what the ingest
 * benchmark (bench/ingest.bench.ts) and the determinism test use.
 */
import type { AcquiredItem } from '../../src/app/ingest/acquire.ts';
import type { ReportInput } from '../../src/app/ingest/ingest-report.ts';
import { corpus } from './ingest-corpus.ts';

const SURNAMES = ['Losik', 'Matskevich', 'Statkevich', 'Kalesnikava', 'Bialiatski', 'Babaryka'];
const OTHERS = ['Navumau', 'Hrynevich', 'Shapira', 'Lapitski', 'Dabrynin', 'Zhylko', 'Kuzmich'];

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Variant k of a report: figures + k, published 9k days later, surnames swapped in turn. */
export function variant(r: ReportInput, k: number): ReportInput {
  if (k === 0) return r;
  let text = (r.text ?? '').replace(/\b\d{1,3}\b/g, (n) => String(Number(n) + k));
  const other = OTHERS[k % OTHERS.length]!;
  for (const s of SURNAMES) text = text.replaceAll(s, `${other}${s.slice(0, 2).toLowerCase()}`);
  return {
    ...r,
    text: `${text}\n\n(Bulletin ${k}.)`,
    ...(r.publishedAt ? { publishedAt: shiftDay(r.publishedAt, 9 * k) } : {}),
  };
}

/** The first n reports: the corpus in name order, then variant 1 of it, variant 2, ... */
export function* variedReports(n: number): Iterable<AcquiredItem> {
  const base = corpus().map((c) => c.input);
  for (let i = 0; i < n; i++) {
    const k = Math.floor(i / base.length);
    yield { origin: `r${i}`, input: variant(base[i % base.length]!, k) };
  }
}
