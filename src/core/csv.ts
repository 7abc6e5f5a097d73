import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/**
 * The one CSV writer of every CSV Habeas writes (the audit log, the ledger export, the list
 * routes' downloads): RFC 4180 over csv-stringify, and safe to open in a spreadsheet. Every
 * cell whose first character would start a formula (`=`, `+`, `-`, `@`, tab, CR, and their
 * full-width forms; OWASP "CSV injection") gets a leading apostrophe, csv-stringify's
 * `escape_formulas`: a title `=HYPERLINK(...)` or a username `-2+3` shows as text, never runs.
 * A number passed as a number is not a formula and stays as it is (`-5`).
 *
 * The guard can be undone exactly (`csvCellValue`), so a ledger exported to CSV imports back
 * unchanged: a cell that already starts with an apostrophe followed by a formula character or
 * another apostrophe gets one more, so one leading apostrophe is always the writer's.
 */
export type CsvCell = string | number | null | undefined;

/** First characters a spreadsheet reads as a formula (the set csv-stringify escapes). */
const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** An apostrophe the writer put there: before a formula character or another apostrophe. */
const guarded = (v: string) => v.startsWith("'") && (formulaStart.test(v.slice(1)) || v[1] === "'");

// Only options that leave csv-stringify's defaults for delimiters alone: setting
// record_delimiter would also turn off quoting of a lone CR or LF inside a cell, and reaches
// Buffer, which a browser has not (the web app bundles csv-stringify's browser build, aliased
// in web/vite.config.ts). Lines end in CRLF, added here.
const options = {
  eof: false,
  escape_formulas: true,
  cast: { string: (v: string) => (guarded(v) ? `'${v}` : v) },
} as const;

/** One CSV line, CRLF-terminated; null and undefined are empty cells. */
export function csvLine(fields: readonly CsvCell[]): string {
  return `${stringify([fields.map((f) => f ?? '')], options)}\r\n`;
}

/** A cell's text as written to the CSV, the writer's apostrophe taken off. */
export function csvCellValue(cell: string): string {
  return guarded(cell) ? cell.slice(1) : cell;
}

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

// csv-parse's codes for the two mistakes a hand-edited CSV makes, said as the import says them.
const problems: Record<string, string> = {
  INVALID_OPENING_QUOTE: 'a quote inside an unquoted field',
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is not closed',
};

/**
 * Parses CSV text (RFC 4180, csv-parse) into rows of fields; quoted fields may span lines, rows
 * may differ in length (the ledger CSV's sections do), and an empty line is a row of one empty
 * field. A malformed text is a CsvSyntaxError naming the line.
 */
export function parseCsv(text: string): string[][] {
  try {
    return parse(text, { relax_column_count: true });
  } catch (e) {
    const { code, lines, message } = e as { code?: string; lines?: number; message: string };
    throw new CsvSyntaxError(problems[code ?? ''] ?? message, lines ?? 1);
  }
}
