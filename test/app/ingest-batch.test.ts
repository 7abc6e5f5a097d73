import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSampleLedger } from '../../src/adapters/sample-ledger.ts';
import type { AppContext } from '../../src/app/context.ts';
import { type AcquiredItem, parseJsonlLine } from '../../src/app/ingest/acquire.ts';
import { ingestBatch } from '../../src/app/ingest/ingest-batch.ts';
import { loadSampleIfEmpty } from '../../src/app/transfer/load-sample.ts';
import { appContext, openAppContext } from '../support/app-context.ts';
import { pgliteBackend } from '../support/databases.ts';
import { FixedClock } from '../support/factories.ts';
import { bcubed, corpus, truth } from './ingest-corpus.ts';

function items(): AcquiredItem[] {
  return corpus().map(({ file, input }) => ({ origin: file, input }));
}

describe('ingestBatch over the corpus, committed in groups', () => {
  let ctx: AppContext;

  beforeAll(async () => {
    ctx = await openAppContext(pgliteBackend);
  }, 60_000);

  afterAll(async () => {
    await ctx?.db.close();
  });

  it('groups as well as report by report, reports bad items and stores the rest', async () => {
    const bad: AcquiredItem[] = [
      { origin: 'empty', input: { text: '   ' } },
      { origin: 'both', input: { text: 'a', html: '<p>a</p>' } },
      { origin: 'acquire', problem: 'could not read' },
    ];
    const progress: number[] = [];
    const result = await ingestBatch(ctx, [...bad, ...items()], {
      groupSize: 7,
      onProgress: (n) => progress.push(n),
    });
    expect(result.problems.map((p) => p.origin)).toEqual(['empty', 'both', 'acquire']);
    expect(result.summary.read).toBe(items().length + 3);
    expect(result.summary.stored + result.summary.duplicates).toBe(items().length);
    expect(result.summary.duplicates).toBe(1);
    expect(result.summary.nearDuplicates).toBeGreaterThanOrEqual(4);
    expect(result.summary.conflicts).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(items().length + 3);
    const gold = new Map<string, string>();
    const predicted = new Map<string, string>();
    for (const { origin, result: r } of result.items) {
      const event = truth.events[origin];
      if (!event) continue;
      gold.set(origin, event);
      predicted.set(origin, r.events.find((e) => e.role === 'main')?.id ?? `none:${origin}`);
    }
    expect(bcubed(predicted, gold).f1).toBeGreaterThanOrEqual(0.95);
  }, 60_000);

  it('stores nothing the second time', async () => {
    const sources = await ctx.db.sources.countSources();
    const claims = await ctx.db.claims.countClaims();
    const again = await ingestBatch(ctx, items(), { groupSize: 7 });
    expect(again.summary.stored).toBe(0);
    expect(again.summary.duplicates).toBe(items().length);
    expect(await ctx.db.sources.countSources()).toBe(sources);
    expect(await ctx.db.claims.countClaims()).toBe(claims);
  }, 60_000);
});

describe('ingest onto the sample ledger', () => {
  it('joins reports to the reviewed events and people already there', async () => {
    const db = await pgliteBackend.open();
    try {
      await loadSampleIfEmpty(db, readSampleLedger);
      // Random ids: the sample's own ids are sequential (clm_000001, ...).
      const ctx = appContext(db, { clock: new FixedClock() });
      const september = items().filter((i) => i.origin.startsWith('by-2025-09-'));
      const result = await ingestBatch(ctx, september);
      const events = new Set(
        result.items.map((i) => i.result.events.find((e) => e.role === 'main')?.id),
      );
      expect(result.problems).toEqual([]);
      expect([...events]).toEqual(['rel_2025_09_11']);
      expect(result.summary.eventsCreated).toBe(0);
    } finally {
      await db.close();
    }
  }, 60_000);
});

describe('JSONL lines', () => {
  it('reads a report line and names what is wrong with a bad one', () => {
    expect(parseJsonlLine('{"text":"x","publishedAt":"2025-01-02"}', 'b:1')).toEqual({
      origin: 'b:1',
      input: { text: 'x', publishedAt: '2025-01-02' },
    });
    expect(parseJsonlLine('', 'b:2')).toBeNull();
    expect(parseJsonlLine('{oops', 'b:3')).toMatchObject({ problem: /not valid JSON/ });
    expect(parseJsonlLine('[1]', 'b:4')).toMatchObject({ problem: 'expected a JSON object' });
    expect(parseJsonlLine('{"text":1}', 'b:5')).toMatchObject({ problem: 'text must be a string' });
    expect(parseJsonlLine('{"url":"u"}', 'b:6')).toMatchObject({
      problem: 'give exactly one of text or html',
    });
  });
});
