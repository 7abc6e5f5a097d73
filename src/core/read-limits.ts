/**
 * How much one read may ask for (docs/security.md, "Bounded reads"): page sizes, how deep a
 * page may start and how many months a range may span. One place, so every route refuses the
 * same things with the same words (src/server/schemas/query.ts) and the use cases behind them
 * check the same figures when called from the CLI.
 */
import { ValidationError } from './errors.ts';

export const readLimits = {
  /** Items in one page of any list (`limit`). */
  pageItems: 1000,
  /** Items a page may start after (`offset`): a database reads them all before the page. */
  pageOffset: 1_000_000,
  /** Months one range (`from`..`to`) may span, both ends included: 50 years. */
  rangeMonths: 600,
  /**
   * Characters of a paging cursor (core/cursor.ts): base64url of the last key of a page, so
   * keys of about 700 bytes; ids are far shorter.
   */
  cursorChars: 1000,
  /**
   * Rows of one CSV download of a list (`format=csv`), read a page at a time: past it the answer
   * links to the next rows (`Link: rel="next"`, with `offset`).
   */
  csvRows: 50_000,
} as const;

/** YYYY-MM with a real month; the year 0001 to 9999 (zero-padded, as ISO 8601 writes it). */
export const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Months from `from` to `to`, both included (0 or less when `to` is before `from`). */
export function monthSpan(from: string, to: string): number {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  return index(to) - index(from) + 1;
}

/** Why a month range is refused (naming the field and the cap); else null. */
export function monthRangeProblem(
  from: string,
  to: string,
): { field: 'from' | 'to'; message: string } | null {
  for (const [field, m] of [
    ['from', from],
    ['to', to],
  ] as const)
    if (!monthPattern.test(m)) return { field, message: `expected a month as YYYY-MM, got '${m}'` };
  const span = monthSpan(from, to);
  if (span < 1) return { field: 'from', message: `'from' (${from}) is after 'to' (${to})` };
  if (span > readLimits.rangeMonths)
    return {
      field: 'to',
      message: `the range spans ${span} months; the limit is ${readLimits.rangeMonths} (50 years)`,
    };
  return null;
}

/** Throws a ValidationError naming the field when the month range is refused. */
export function checkMonthRange(from: string, to: string): void {
  const problem = monthRangeProblem(from, to);
  if (problem) throw new ValidationError(problem.message, problem.field);
}
