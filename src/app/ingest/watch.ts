/**
 * Watched sources (docs/watch.md): add an address to read again on a schedule, pause, resume
 * and remove it (reading them: watch-poll.ts). Configuration, not ledger, but each change is
 * audited (watch.add, watch.pause, watch.resume, watch.remove), its line committed with it;
 * what a read brings in is ingested like `habeas ingest URL`, audited as such.
 */

import { NotFoundError } from '../../core/errors.ts';
import {
  actorOf,
  type By,
  type NewAuditLine,
  type WatchedSettings,
} from '../../core/model/audit.ts';
import type { TransactionStores } from '../../core/ports.ts';
import {
  checkKind,
  checkLanguage,
  checkLinkHosts,
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
  /** feed, links, page, or auto (the default: decided by the first read). */
  kind?: string | null;
  /** For kind links: other hosts whose articles the page lists. */
  linkHosts?: readonly string[] | null;
}

/** Who changes watched sources when the caller says nothing (tests, in-process callers). */
export const watchBy: By = { kind: 'user', id: 'watch-config' };

function settings(w: WatchedSource): WatchedSettings {
  return {
    sourceId: w.id,
    url: w.url,
    kind: w.kind,
    everySeconds: w.everySeconds,
    name: w.name,
    language: w.language,
    linkHosts: w.linkHosts,
    paused: w.paused,
  };
}

const shown = (w: WatchedSource) => (w.name ? `${w.name} (${w.url})` : w.url);

export async function addWatchedSource(
  ctx: AppContext,
  input: NewWatchedSource,
  by: By = watchBy,
): Promise<{ source: WatchedSource; created: boolean }> {
  const url = checkWatchUrl(input.url);
  const name = checkName(input.name);
  const language = checkLanguage(input.language);
  const kind = checkKind(input.kind);
  const linkHosts = checkLinkHosts(input.linkHosts);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const added = await tx.watched.add({
      id: ctx.ids.next('wat'),
      url,
      kind,
      linkHosts,
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
    // An address watched already is left as it is: nothing changed, no line.
    if (added.created)
      await record(tx, by, {
        action: 'watch.add',
        subjectIds: [added.source.id],
        before: null,
        after: settings(added.source),
        summary: `watching ${shown(added.source)} as ${kind}`,
        reverts: null,
      });
    return added;
  });
}

function record(tx: TransactionStores, by: By, line: NewAuditLine) {
  return tx.audit.record(actorOf(by), line);
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
 * failures forgotten: someone looked at it and wants it read. Pausing a paused source (or
 * resuming a running one) changes nothing and writes no line.
 */
export async function setWatchedPaused(
  ctx: AppContext,
  ref: string,
  paused: boolean,
  by: By = watchBy,
): Promise<WatchedSource> {
  const w = await mustFind(ctx, ref);
  if (w.paused === paused) return w;
  const patch = paused ? { paused } : { paused, failures: 0, nextCheckAt: ctx.clock.now() };
  return ctx.db.transaction(async (tx) => {
    const after = await tx.watched.update(w.id, patch);
    if (!after) throw new NotFoundError('watched source', ref);
    await record(tx, by, {
      action: paused ? 'watch.pause' : 'watch.resume',
      subjectIds: [w.id],
      before: { sourceId: w.id, url: w.url, paused: w.paused },
      after: { sourceId: w.id, url: w.url, paused },
      summary: `${paused ? 'paused' : 'resumed'} watched source ${shown(w)}`,
      reverts: null,
    });
    return after;
  });
}

/** Stops watching; what the source brought in stays, and so does the memory of its items. */
export async function removeWatchedSource(
  ctx: AppContext,
  ref: string,
  by: By = watchBy,
): Promise<WatchedSource> {
  const w = await mustFind(ctx, ref);
  return ctx.db.transaction(async (tx) => {
    if (!(await tx.watched.remove(w.id))) throw new NotFoundError('watched source', ref);
    await record(tx, by, {
      action: 'watch.remove',
      subjectIds: [w.id],
      before: settings(w),
      after: null,
      summary: `stopped watching ${shown(w)}`,
      reverts: null,
    });
    return w;
  });
}
