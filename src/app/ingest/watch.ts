/**
 * Watched sources (docs/watch.md): add an address to read again on a schedule, and read the
 * ones that are due. A read is conditional (the validators of the last copy), so an unchanged
 * feed costs a 304 and stores nothing; what is new is ingested like `habeas ingest URL`
 * (reports are stored once per content hash, so items seen before add nothing). A failed read
 * waits twice as long each time in a row (core/watch.ts).
 */

import { ValidationError } from '../../core/errors.ts';
import type { By } from '../../core/model/audit.ts';
import { checkReportUrl } from '../../core/report-address.ts';
import { nextCheckAt, type WatchedSource } from '../../core/watch.ts';
import type { AppContext } from '../context.ts';
import type { AcquiredItem } from './acquire.ts';
import { ingestBatch } from './ingest-batch.ts';

/** What one read of a watched address gave. */
export type WatchRead =
  | { notModified: true; etag: string | null; lastModified: string | null }
  | { notModified: false; items: AcquiredItem[]; etag: string | null; lastModified: string | null };

/** Reads an address conditionally (adapters/news: the SSRF-safe fetcher); throws when it cannot. */
export type ReadWatched = (
  url: string,
  validators: { etag: string | null; lastModified: string | null },
) => Promise<WatchRead>;

export interface PollResult {
  id: string;
  url: string;
  status: 'new' | 'not_modified' | 'failed';
  /** Reports stored by this read (new ones; copies of stored reports are not counted). */
  stored: number;
  problems: string[];
  error: string | null;
  nextCheckAt: string;
}

export async function addWatchedSource(
  ctx: AppContext,
  url: string,
  everySeconds: number,
): Promise<{ source: WatchedSource; created: boolean }> {
  const checked = checkReportUrl(url);
  if (!checked.ok) throw new ValidationError(checked.problem.replace(/^url /, ''), 'url');
  const now = ctx.clock.now();
  return ctx.db.watched.add({
    id: ctx.ids.next('wat'),
    url: checked.url,
    everySeconds,
    etag: null,
    lastModified: null,
    // Read at the next poll: a new source is due at once.
    nextCheckAt: now,
    failures: 0,
    lastCheckedAt: null,
    lastStatus: null,
    lastError: null,
    createdAt: now,
  });
}

/** Reads every due source (with `all`, every source), one after another; never throws for one. */
export async function pollWatchedSources(
  ctx: AppContext,
  read: ReadWatched,
  opts: { by: By; all?: boolean; limit?: number },
): Promise<PollResult[]> {
  const start = ctx.clock.now();
  const due = opts.all
    ? await ctx.db.watched.list()
    : await ctx.db.watched.due(start, opts.limit ?? 100);
  const results: PollResult[] = [];
  for (const w of due) results.push(await pollOne(ctx, read, w, opts.by));
  return results;
}

async function pollOne(
  ctx: AppContext,
  read: ReadWatched,
  w: WatchedSource,
  by: By,
): Promise<PollResult> {
  const now = ctx.clock.now();
  const base = { id: w.id, url: w.url };
  try {
    const got = await read(w.url, { etag: w.etag, lastModified: w.lastModified });
    let stored = 0;
    let problems: string[] = [];
    if (!got.notModified) {
      const batch = await ingestBatch(ctx, got.items, { by });
      stored = batch.summary.stored;
      problems = batch.problems.map((p) => `${p.origin}: ${p.message}`);
    }
    const next = nextCheckAt(now, w.everySeconds, 0);
    await ctx.db.watched.update(w.id, {
      // A 304 may carry no validators: keep the ones that made it.
      etag: got.etag ?? w.etag,
      lastModified: got.lastModified ?? w.lastModified,
      failures: 0,
      lastCheckedAt: now,
      lastStatus: got.notModified ? 'not modified' : `new ${stored}`,
      lastError: problems.length ? problems.slice(0, 5).join('; ') : null,
      nextCheckAt: next,
    });
    const status = got.notModified ? 'not_modified' : 'new';
    return { ...base, status, stored, problems, error: null, nextCheckAt: next };
  } catch (e) {
    const failures = w.failures + 1;
    const next = nextCheckAt(now, w.everySeconds, failures);
    const error = (e as Error).message;
    await ctx.db.watched.update(w.id, {
      failures,
      lastCheckedAt: now,
      lastStatus: 'failed',
      lastError: error,
      nextCheckAt: next,
    });
    return { ...base, status: 'failed', stored: 0, problems: [], error, nextCheckAt: next };
  }
}
