/**
 * What is new since a signed-in user last looked (docs/whats-new.md): release events created,
 * release events whose country, date or count changed, new conflicts, reports stored. Worked
 * out from the claims and reviews recorded in the span (claims.created_at, reviews.at), each
 * touched entity compared as it stood at the start and at the end of the span.
 */
import { ValidationError } from '../../core/errors.ts';
import { type ReportStored, whatsNewLimits } from '../../core/history.ts';
import { pageOf } from '../../core/hooks.ts';
import { type EntityChange, followedTypes } from '../../core/model/changes.ts';
import type { AppContext } from '../context.ts';
import { changesBetween } from './entity-changes.ts';

export type WhatsNewItem = EntityChange & { path: string };

export interface WhatsNew {
  /** The span shown: after `since`, up to and with `until` (ISO times). */
  since: string;
  until: string;
  /** The user's "last looked" mark, null before their first. */
  mark: string | null;
  items: WhatsNewItem[];
  /** Entities touched in the span, and how many of them (the most recent) were looked at. */
  entities: { total: number; shown: number };
  reports: { items: ReportStored[]; total: number };
}

const dayMs = 86_400_000;
const isoTime = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** A time as the ledger writes them (ISO 8601 UTC with milliseconds), so text order is time order. */
export function normaliseTime(text: string, field: string): string {
  const ms = isoTime.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(ms))
    throw new ValidationError(
      `expected an ISO 8601 date or time (2025-09-11 or 2025-09-11T08:00:00Z), got '${text}'`,
      field,
    );
  return new Date(ms).toISOString();
}

const shift = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

/** The start of the span: asked, else the mark, else a week back; never further than the cap. */
function startOf(asked: string | undefined, mark: string | null, until: string): string {
  const earliest = shift(until, -whatsNewLimits.maxDays * dayMs);
  if (asked !== undefined) {
    const since = normaliseTime(asked, 'since');
    if (since < earliest)
      throw new ValidationError(
        `${since} is more than ${whatsNewLimits.maxDays} days back; the limit is ${whatsNewLimits.maxDays} days`,
        'since',
      );
    return since;
  }
  const start = mark ?? shift(until, -whatsNewLimits.defaultDays * dayMs);
  // ISO strings, not numbers: text order is time order.
  if (start < earliest) return earliest;
  return start;
}

export async function whatsNew(
  ctx: AppContext,
  userId: string,
  opts: { since?: string } = {},
): Promise<WhatsNew> {
  const until = ctx.clock.now();
  const mark = await ctx.db.seen.get(userId);
  const since = startOf(opts.since, mark, until);
  if (since > until) throw new ValidationError(`${since} is after now (${until})`, 'since');
  const history = ctx.db.history;
  const [touched, reports] = await Promise.all([
    history.touchedBetween(since, until, followedTypes, whatsNewLimits.subjects),
    history.reportsBetween(since, until, whatsNewLimits.reports),
  ]);
  const changes = await changesBetween(
    ctx.db,
    history,
    touched.subjects,
    { before: { at: since }, after: { at: until } },
    followedTypes,
  );
  return {
    since,
    until,
    mark,
    items: changes.map((c) => ({ ...c, path: pageOf(c.type, c.id) ?? '/' })),
    entities: { total: touched.total, shown: touched.subjects.length },
    reports,
  };
}

/**
 * Sets the user's mark: `at` (the `until` of the view they read, so what came in after it is
 * still new next time), else now. A mark is never set in the future.
 */
export async function markSeen(
  ctx: AppContext,
  userId: string,
  at?: string,
): Promise<{ mark: string }> {
  const now = ctx.clock.now();
  const mark = at === undefined ? now : normaliseTime(at, 'at');
  if (mark > now) throw new ValidationError(`is after now (${now})`, 'at');
  await ctx.db.seen.set(userId, mark);
  return { mark };
}
