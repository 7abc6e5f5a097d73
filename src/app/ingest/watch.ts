/**
 * Watched sources (docs/watch.md): add an address to read again on a schedule, pause, resume
 * and remove it (reading them: watch-poll.ts). Configuration, not ledger (no audit line);
 * what a read brings in is ingested like `habeas ingest URL`, audited as such.
 */

import { NotFoundError } from '../../core/errors.ts';
import {
  checkLanguage,
  checkName,
  checkWatchUrl,
  defaultEverySeconds,
  type WatchedSource,
} from '../../core/watch.ts';
import type { AppContext } from '../context.ts';

export interface NewWatchedSource {
  url: string;
  everySeconds?: number;
  name?: string | null;
  language?: string | null;
}

export async function addWatchedSource(
  ctx: AppContext,
  input: NewWatchedSource,
): Promise<{ source: WatchedSource; created: boolean }> {
  const url = checkWatchUrl(input.url);
  const name = checkName(input.name);
  const language = checkLanguage(input.language);
  const now = ctx.clock.now();
  return ctx.db.watched.add({
    id: ctx.ids.next('wat'),
    url,
    name,
    language,
    everySeconds: input.everySeconds ?? defaultEverySeconds,
    paused: false,
    etag: null,
    lastModified: null,
    // Read at the next poll: a new source is due at once.
    nextCheckAt: now,
    failures: 0,
    lastCheckedAt: null,
    lastNewAt: null,
    items: 0,
    lastStatus: null,
    lastError: null,
    createdAt: now,
  });
}

/** A source by its id, or by its address as typed (any form of it: normalised first). */
export async function findWatchedSource(
  ctx: AppContext,
  ref: string,
): Promise<WatchedSource | null> {
  const byId = await ctx.db.watched.get(ref.trim());
  if (byId || !/^https?:\/\//i.test(ref.trim())) return byId;
  return ctx.db.watched.findByUrl(checkWatchUrl(ref));
}

async function mustFind(ctx: AppContext, ref: string): Promise<WatchedSource> {
  const found = await findWatchedSource(ctx, ref);
  if (!found) throw new NotFoundError('watched source', ref);
  return found;
}

/**
 * Pauses (never read until resumed) or resumes a source. A resumed source is due at once, its
 * failures forgotten: someone looked at it and wants it read.
 */
export async function setWatchedPaused(
  ctx: AppContext,
  ref: string,
  paused: boolean,
): Promise<WatchedSource> {
  const w = await mustFind(ctx, ref);
  if (w.paused === paused) return w;
  const patch = paused ? { paused } : { paused, failures: 0, nextCheckAt: ctx.clock.now() };
  return (await ctx.db.watched.update(w.id, patch)) ?? w;
}

/** Stops watching; what the source brought in stays, and so does the memory of its items. */
export async function removeWatchedSource(ctx: AppContext, ref: string): Promise<WatchedSource> {
  const w = await mustFind(ctx, ref);
  if (!(await ctx.db.watched.remove(w.id))) throw new NotFoundError('watched source', ref);
  return w;
}
