// Grouping as a user gets it: every report through ingestBatch (what `habeas ingest` runs) into
// a fresh in-memory PGlite, then the events read back as `habeas events --format json` reads
// them (listReleaseEvents over the staff view). Returns each report's main event.

import { openDatabase } from '../../src/adapters/db/connect.ts';
import { ingestBatch } from '../../src/app/ingest/ingest-batch.ts';
import type { ReportInput } from '../../src/app/ingest/ingest-report.ts';
import { readerStores } from '../../src/app/publish/public-view.ts';
import { listReleaseEvents } from '../../src/app/read/release-events.ts';
import { appContext } from '../../test/support/app-context.ts';
import { FixedClock, SequentialIds } from '../../test/support/factories.ts';

export interface Grouped {
  /** Report id -> the event its source is the main report of (absent: none). */
  mainEventOf: Map<string, string>;
  /** Events in the ledger after ingest, background ones included. */
  eventsMade: number;
  /** Reports ingest refused, with why. */
  problems: Array<{ origin: string; message: string }>;
}

export async function groupReports(
  reports: Array<{ id: string; input: ReportInput }>,
): Promise<Grouped> {
  // Fixed clock and sequential ids: the same input gives the same ledger, run after run.
  const clock = new FixedClock();
  const ids = new SequentialIds();
  const db = await openDatabase({ memory: true, clock, ids });
  try {
    const ctx = appContext(db, { clock, ids });
    const batch = await ingestBatch(
      ctx,
      reports.map((r) => ({ origin: r.id, input: r.input })),
    );
    const { items } = await listReleaseEvents(ctx.cache, await readerStores(db, true), {
      limit: 1_000_000,
    });
    const mainOfSource = new Map<string, string>();
    for (const e of items) {
      for (const r of e.reports) {
        if (r.role === 'main' && !mainOfSource.has(r.sourceId)) mainOfSource.set(r.sourceId, e.id);
      }
    }
    const mainEventOf = new Map<string, string>();
    // An exact duplicate is not stored twice: it is the stored report, with that report's event.
    for (const { origin, result } of batch.items) {
      const event = mainOfSource.get(result.source.id);
      if (event) mainEventOf.set(origin, event);
    }
    return { mainEventOf, eventsMade: items.length, problems: batch.problems };
  } finally {
    await db.close();
  }
}
