/**
 * CSV of a list page's rows, loaded only when someone asks for a CSV download (the writer and
 * csv-stringify stay out of the first page's bundle).
 */
import { csvLine } from '../../src/core/csv.ts';
import type { Row } from './export.ts';

/** The rows as CSV (one column per key seen), through the core's one CSV writer: formulas guarded. */
export function toCsv(rows: readonly Row[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: Row[string]) => (typeof v === 'boolean' ? String(v) : v);
  return [columns, ...rows.map((r) => columns.map((c) => cell(r[c])))].map(csvLine).join('');
}
