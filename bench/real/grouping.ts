// Grouping as a user gets it: every report through ingestBatch (what `habeas ingest` runs) into
// a fresh in-memory PGlite, then the events read back as `habeas events --format json` reads
// them (listReleaseEvents over the staff view). Returns each report's main event. The same
// reports are also fed in fixed shuffled orders (shuffle.ts), to measure order dependence.

import { openDatabase } from '../../src/adapters/db/connect.ts';
import { ingestBatch } from '../../src/app/ingest/ingest-batch.ts';
import type { ReportInput } from '../../src/app/ingest/ingest-report.ts';
import { readerStores } from '../../src/app/publish/public-view.ts';
import { listReleaseEvents } from '../../src/app/read/release-events.ts';
import { appContext } from '../../test/support/app-context.ts';
import { FixedClock, SequentialIds } from '../../test/support/factories.ts';
import type { Figure } from './figures.ts';
import { type BCubed, bcubed } from './score.ts';
import { SHUFFLE_SEEDS, shuffled, spread } from './shuffle.ts';

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

/** How many of SHUFFLE_SEEDS bench:real runs (HABEAS_REAL_SHUFFLES, default all; 0: none). */
function shuffleCount(): number {
  const v = process.env.HABEAS_REAL_SHUFFLES?.trim();
  const n = v ? Number(v) : SHUFFLE_SEEDS.length;
  return Number.isInteger(n) && n >= 0 ? Math.min(n, SHUFFLE_SEEDS.length) : SHUFFLE_SEEDS.length;
}

/**
 * The same reports in the fixed shuffled orders of SHUFFLE_SEEDS: B-cubed mean and range over
 * the orders, beside the id-order figures, so order dependence is measured every run.
 */
export async function shuffledGrouping(
  reports: Array<{ id: string; input: ReportInput }>,
  gold: ReadonlyMap<string, string>,
): Promise<Figure[]> {
  const seeds = SHUFFLE_SEEDS.slice(0, shuffleCount());
  if (seeds.length === 0) return [];
  const scores: BCubed[] = [];
  for (const seed of seeds) {
    try {
      const g = await groupReports(shuffled(reports, seed));
      scores.push(bcubed(new Map([...g.mainEventOf].filter(([id]) => gold.has(id))), gold));
    } catch (e) {
      console.error(`bench:real: ingest failed on shuffle ${seed}: ${e}`);
      return [{ figure: 'grouping_shuffled_crashes', value: 1, n: seeds.length }];
    }
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const out: Figure[] = [];
  for (const k of ['precision', 'recall', 'f1'] as const) {
    const s = spread(scores.map((b) => b[k]));
    out.push({ figure: `grouping_${k}_shuffled_mean`, value: round(s.mean), n: gold.size });
    if (k !== 'f1') continue;
    out.push({ figure: 'grouping_f1_shuffled_min', value: round(s.min), n: gold.size });
    out.push({ figure: 'grouping_f1_shuffled_max', value: round(s.max), n: gold.size });
  }
  out.push({ figure: 'grouping_shuffles', value: seeds.length, n: gold.size });
  return out;
}
