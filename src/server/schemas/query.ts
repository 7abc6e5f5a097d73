/**
 * What every route accepts in its query and path, in one place so that every route caps and
 * checks pages, ranges, dates and ids the same way and says the cap when it refuses
 * (the figures: src/core/read-limits.ts; docs/security.md, "Bounded reads").
 */
import { z } from 'zod';
import { cursorProblem, notACursor } from '../../core/cursor.ts';
import { parsePartialDate } from '../../core/model/dates.ts';
import { monthPattern, monthRangeProblem, readLimits } from '../../core/read-limits.ts';

const { pageItems, pageOffset, cursorChars } = readLimits;

/** `limit` and `offset` of every list. */
export const page = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1, 'limit must be at least 1')
    .max(pageItems, `limit may be at most ${pageItems}`)
    .default(100),
  offset: z.coerce
    .number()
    .int()
    .min(0, 'offset must be 0 or more')
    .max(pageOffset, `offset may be at most ${pageOffset}`)
    .default(0),
});

/**
 * `cursor` of a keyset-paged list (core/cursor.ts): the `nextCursor` of the page before, passed
 * back unread. Anything else is refused naming the parameter.
 */
const base64url = /^[A-Za-z0-9_-]+$/;
export const cursor = z
  .string()
  .max(cursorChars, `cursor may be at most ${cursorChars} characters`)
  .regex(base64url, notACursor)
  .superRefine((v, ctx) => {
    // The two checks above say what is wrong with text that is no cursor at all.
    const problem = v.length <= cursorChars && base64url.test(v) && cursorProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A free-text filter or search term (names, occupations, ids of related records). */
export const term = z.string().max(200, 'may be at most 200 characters');

export const idParams = z.object({ id: term.min(1) });

export const country = z
  .string()
  .regex(/^[A-Z]{2}$/, 'expected an ISO 3166 two-letter country code such as BY');

export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((v) => {
    try {
      return parsePartialDate(v).precision === 'day';
    } catch {
      return false;
    }
  }, 'not a calendar date');

export const month = z.string().regex(monthPattern, 'expected a month as YYYY-MM');

const rangeFields = { country, from: month, to: month };

/** `country`, `from` and `to` of the monthly count routes (and more fields): at most readLimits.rangeMonths. */
export function monthRangeWith<T extends z.ZodRawShape>(more: T) {
  return z.object({ ...rangeFields, ...more }).superRefine((q, ctx) => {
    const { from, to } = q as { from: string; to: string };
    const problem = monthPattern.test(from) && monthPattern.test(to) && monthRangeProblem(from, to);
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
  });
}

/** `country`, `from` and `to` of the monthly count routes: at most readLimits.rangeMonths. */
export const monthRange = monthRangeWith({});
