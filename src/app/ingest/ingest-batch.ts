/**
 * Many reports -> `{ items, problems }` with a running summary. Reports are ingested one after
 * another through one session (indexes kept in memory) and committed in groups; a rerun skips
 * what was stored.
 */
import { DomainError } from '../../core/errors.ts';
import type { AppContext } from '../context.ts';
import type { AcquiredItem } from './acquire.ts';
import {
  type IngestOptions,
  type IngestResult,
  PendingWrites,
  type Prepared,
  prepareInput,
  storePrepared,
} from './ingest-report.ts';
import { type IngestSession, noteStored, readySession, sessionFor } from './ingest-session.ts';

export interface BatchProblem {
  origin: string;
  message: string;
}

export interface BatchSummary {
  read: number;
  stored: number;
  duplicates: number;
  nearDuplicates: number;
  eventsCreated: number;
  eventsJoined: number;
  /** Reports whose figures disagree with the event they joined (e.g. 114 vs 123). */
  conflicts: number;
  claims: number;
  problems: number;
}

export interface BatchResult {
  items: Array<{ origin: string; result: IngestResult }>;
  problems: BatchProblem[];
  summary: BatchSummary;
}

export function emptySummary(): BatchSummary {
  return {
    read: 0,
    stored: 0,
    duplicates: 0,
    nearDuplicates: 0,
    eventsCreated: 0,
    eventsJoined: 0,
    conflicts: 0,
    claims: 0,
    problems: 0,
  };
}

export function addToSummary(s: BatchSummary, r: IngestResult): void {
  if (r.created) s.stored++;
  else s.duplicates++;
  if (r.created && r.duplicateOf) s.nearDuplicates++;
  for (const e of r.events) {
    if (!r.created) continue;
    if (e.created) s.eventsCreated++;
    else s.eventsJoined++;
    if (e.explanation.some((x) => x.includes('disagrees'))) s.conflicts++;
  }
  s.claims += r.claims;
}

export interface BatchOptions extends IngestOptions {
  /** Called after every item with the count so far. */
  onProgress?: (done: number, summary: BatchSummary) => void;
  /**
   * Reports committed together (default 50). Each group is one transaction: a crash loses the
   * group in flight, never half a report, and a rerun stores it again. A group that fails is
   * retried report by report, so one bad report costs only itself.
   */
  groupSize?: number;
}

interface Pending {
  origin: string;
  prepared: Prepared;
}

async function storeGroup(
  ctx: AppContext,
  session: IngestSession,
  group: Pending[],
): Promise<Array<IngestResult | Error>> {
  try {
    return await session.exclusive(async () => {
      await readySession(session, ctx.db);
      try {
        return await ctx.db.transaction(async (tx) => {
          // The group's new reports are written together at flush where the store can.
          const writes = new PendingWrites(tx.sources.putSources !== undefined);
          const out: IngestResult[] = [];
          for (const g of group) {
            out.push(await storePrepared(ctx, session, g.prepared, tx, writes));
          }
          await writes.flush(tx);
          await noteStored(session, tx);
          return out;
        });
      } catch (e) {
        session.stale = true;
        throw e;
      }
    });
  } catch {
    // One by one, so the reports that can be stored are; the others say why they could not.
    const out: Array<IngestResult | Error> = [];
    for (const g of group) {
      out.push(
        await session
          .exclusive(async () => {
            await readySession(session, ctx.db);
            return storePrepared(ctx, session, g.prepared).catch((e) => {
              session.stale = true;
              throw e;
            });
          })
          .catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))),
      );
    }
    return out;
  }
}

export async function ingestBatch(
  ctx: AppContext,
  items: AsyncIterable<AcquiredItem> | Iterable<AcquiredItem>,
  opts: BatchOptions = {},
): Promise<BatchResult> {
  const session = opts.session ?? (await sessionFor(ctx));
  const size = Math.max(1, opts.groupSize ?? 50);
  const out: BatchResult = { items: [], problems: [], summary: emptySummary() };
  const s = out.summary;
  let pending: Pending[] = [];
  const flush = async () => {
    const group = pending;
    pending = [];
    if (group.length === 0) return;
    const results = await storeGroup(ctx, session, group);
    results.forEach((r, i) => {
      const origin = group[i]!.origin;
      if (r instanceof Error) {
        // Bad data (DomainError) is the item's problem; anything else stops the batch.
        if (!(r instanceof DomainError)) throw r;
        out.problems.push({ origin, message: r.message });
      } else {
        out.items.push({ origin, result: r });
        addToSummary(s, r);
      }
    });
    s.problems = out.problems.length;
  };
  for await (const item of items) {
    s.read++;
    if ('problem' in item) out.problems.push({ origin: item.origin, message: item.problem });
    else {
      try {
        const prepared = {
          ...prepareInput(item.input, opts.htmlToText ?? ctx.htmlToText),
          by: opts.by,
        };
        pending.push({ origin: item.origin, prepared });
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        out.problems.push({ origin: item.origin, message: e.message });
      }
    }
    if (pending.length >= size) await flush();
    s.problems = out.problems.length;
    opts.onProgress?.(s.read, s);
  }
  await flush();
  opts.onProgress?.(s.read, s);
  return out;
}
