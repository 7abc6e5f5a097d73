import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.ts';
import { type IngestResult, ingestReport } from '../../src/app/ingest/ingest-report.ts';
import { eventRecord } from '../../src/app/read/events-report.ts';
import { listReleaseEvents } from '../../src/app/read/release-events.ts';
import { acceptAbove } from '../../src/app/review/review-claim.ts';
import { entityTypes } from '../../src/core/model/claim.ts';
import type { Database } from '../../src/core/ports.ts';
import { openAppContext } from '../support/app-context.ts';
import { backends } from '../support/databases.ts';
import { bcubed, corpus, truth } from './ingest-corpus.ts';

async function ledgerCounts(db: Database) {
  const out: Record<string, number> = {
    sources: await db.sources.countSources(),
    claims: await db.claims.countClaims(),
  };
  for (const t of entityTypes) out[t] = await db.entities.countEntities(t);
  return out;
}

async function ingestAll(ctx: AppContext) {
  const results = new Map<string, IngestResult>();
  for (const { file, input } of corpus()) results.set(file, await ingestReport(ctx, input));
  return results;
}

const mainEvent = (r: IngestResult) => r.events.find((e) => e.role === 'main')?.id;

describe.each(backends())('ingest of the team corpus on $name', (backend) => {
  let ctx: AppContext;
  let first: Map<string, IngestResult>;

  beforeAll(async () => {
    ctx = await openAppContext(backend);
    first = await ingestAll(ctx);
  }, 120_000);

  afterAll(async () => {
    await ctx?.db.close();
  });

  it('has at least 60 reports over at least 10 events', () => {
    const events = new Set(Object.values(truth.events).filter((e) => e !== null));
    expect(first.size).toBeGreaterThanOrEqual(60);
    expect(events.size).toBeGreaterThanOrEqual(10);
  });

  it('groups reports into events with B-cubed F1 >= 0.95', () => {
    const gold = new Map<string, string>();
    const predicted = new Map<string, string>();
    for (const [file, event] of Object.entries(truth.events)) {
      if (event === null) continue;
      gold.set(file, event);
      predicted.set(file, mainEvent(first.get(file)!) ?? `none:${file}`);
    }
    const score = bcubed(predicted, gold);
    const byGold = new Map<string, Set<string>>();
    for (const [f, g] of gold)
      byGold.set(g, new Set([...(byGold.get(g) ?? []), predicted.get(f)!]));
    for (const [g, ps] of byGold) {
      if (ps.size > 1) process.stdout.write(`  ${g} split over ${[...ps].join(', ')}\n`);
    }
    process.stdout.write(
      `ingest B-cubed on ${backend.name}: precision ${score.precision.toFixed(3)} recall ${score.recall.toFixed(3)} F1 ${score.f1.toFixed(3)}\n`,
    );
    expect(score.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps two same-size pardons three weeks apart as two events', () => {
    const aug = mainEvent(first.get('by-2024-08-wire.txt')!);
    const sep = mainEvent(first.get('by-2024-09-04-wire.txt')!);
    expect(aug).toBeDefined();
    expect(sep).toBeDefined();
    expect(aug).not.toBe(sep);
  });

  it('stores an exact duplicate once and links near duplicates to their original', () => {
    for (const [copy, original] of Object.entries(truth.exactDuplicates)) {
      const pair = [first.get(copy)!, first.get(original)!];
      // Ingested in name order: whichever came second is the duplicate.
      expect(pair.map((r) => r.created).sort()).toEqual([false, true]);
      expect(pair[0]!.source.id).toBe(pair[1]!.source.id);
    }
    for (const [a, b] of Object.entries(truth.nearDuplicates)) {
      const ra = first.get(a)!;
      const rb = first.get(b)!;
      expect(ra.created && rb.created).toBe(true);
      const linked = ra.duplicateOf === rb.source.id || rb.duplicateOf === ra.source.id;
      expect(linked, `${a} and ${b} should be linked`).toBe(true);
    }
    // Every link found joins two reports of one event (a loose translation may be found too).
    const eventOfSource = new Map<string, string | null>();
    for (const [file, r] of first) eventOfSource.set(r.source.id, truth.events[file] ?? null);
    for (const [file, r] of first) {
      if (!r.created || !r.duplicateOf) continue;
      expect(eventOfSource.get(r.duplicateOf), file).toBe(truth.events[file]);
    }
  });

  it('explains why a report joined an event', () => {
    const joined = first.get('by-2025-06-spun.txt')!.events[0]!;
    expect(joined.created).toBe(false);
    expect(joined.explanation.join('; ')).toMatch(/same country BY/);
    expect(joined.explanation.join('; ')).toMatch(/same released count 14/);
  });

  it('resolves spellings of one person to one registry person', async () => {
    const names = await ctx.db.claims.listClaims({
      subjectType: 'person',
      property: 'name',
      limit: 100_000,
    });
    const holders = (spelling: string) =>
      new Set(
        names
          .filter((c) => c.value.type === 'name' && c.value.name.value === spelling)
          .map((c) => c.subjectId),
      );
    const igor = holders('Igor Losik');
    const ihar = holders('Ihar Losik');
    const cyrillic = holders('Игорь Лосик');
    expect(igor.size).toBe(1);
    expect([...ihar]).toEqual([...igor]);
    expect([...cyrillic]).toEqual([...igor]);
  });

  it('changes nothing when the same corpus is ingested again', async () => {
    const before = await ledgerCounts(ctx.db);
    const again = await ingestAll(ctx);
    expect([...again.values()].every((r) => !r.created && r.claims === 0)).toBe(true);
    for (const [file, r] of again) expect(r.source.id).toBe(first.get(file)!.source.id);
    expect(await ledgerCounts(ctx.db)).toEqual(before);
  }, 120_000);

  it('shows disagreeing counts side by side in the events report', async () => {
    await acceptAbove(ctx, 0.5, { kind: 'user', id: 'reviewer' });
    const { items } = await listReleaseEvents(ctx.cache, ctx.db, { country: 'BY', limit: 1000 });
    const records = items.map(eventRecord);
    const dec = records.find((r) => r.reportedCounts.some((c) => c.value === 114));
    expect(dec).toBeDefined();
    const reported = dec!.reportedCounts.map((c) => `${c.qualifier}:${c.value}`);
    expect(reported).toEqual(expect.arrayContaining(['exact:123', 'exact:114', 'more_than:100']));
    const conflict = dec!.conflicts.find((c) => c.property === 'releasedCount');
    expect(conflict?.values.map((v) => v.value)).toEqual(expect.arrayContaining(['114', '123']));
    const r123 = dec!.reportedCounts.find((c) => c.value === 123)!;
    expect(r123.sources.length).toBeGreaterThan(3);
    expect(dec!.reports.some((r) => r.role === 'main')).toBe(true);
    // The September release is recalled (background) by the December reports.
    const sep = records.find((r) => r.reportedCounts.some((c) => c.value === 52))!;
    expect(sep.reports.filter((r) => r.role === 'background').length).toBeGreaterThan(0);
    expect(sep.reports.filter((r) => r.role === 'main').length).toBeGreaterThan(5);
  });
});
