// Fuzz: 2,500 JSONL lines through both report readers (then the accepted ones into the
// ledger), and 2,500 damaged CSV rows and ledger JSON fragments through import. Nothing may
// throw where a problem is due; every problem names its line or field; a refused import
// stores nothing and loses nothing already stored. The JSONL lines on each backend, with the
// same seed: the readers are the same, but what reaches the ledger is stored by each. The
// damaged ledgers are one seeded stream shared out between the backends (shareOf in
// ./random.ts): their checks (parseDump) touch no database and were most of the time, and
// each backend still imports the first 40 of its share that pass them.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReportLine } from '../../src/adapters/news/jsonl.ts';
import type { AppContext } from '../../src/app/context.ts';
import { type AcquiredItem, parseJsonlLine } from '../../src/app/ingest/acquire.ts';
import { ingestBatch } from '../../src/app/ingest/ingest-batch.ts';
import { exportLedger } from '../../src/app/transfer/export-ledger.ts';
import { importLedger, parseDump } from '../../src/app/transfer/import-ledger.ts';
import { csvToDump, dumpToCsv } from '../../src/app/transfer/ledger-csv.ts';
import { DomainError } from '../../src/core/errors.ts';
import type { LedgerDump } from '../../src/core/model/dump.ts';
import { openAppContext } from '../support/app-context.ts';
import { backends } from '../support/databases.ts';
import { Rng } from '../support/random.ts';
import {
  damage,
  fuzzLabel,
  fuzzSeed,
  mutateObject,
  randomCodePoints,
  randomJson,
  randomText,
  shareOf,
} from './random.ts';

const LINES = 2500;
const ROWS = 2500;

function randomLine(rng: Rng): string {
  const base: Record<string, unknown> = {
    text: `Belarus freed ${rng.int(1, 300)} political prisoners on ${rng.int(1, 28)} June 2025. ${randomText(rng, 30)}`,
    title: randomText(rng, 6),
    url: rng.pick(['https://news.example/a', 'javascript:alert(1)', randomText(rng, 2), '']),
    publishedAt: rng.pick(['2025-06-21', '2025-02-30', '21/06/2025', '2025-06-21T10:00:00Z', '']),
  };
  if (rng.chance(0.08)) {
    delete base.text;
    base.html = `<p>${randomText(rng, 20)}</p>`;
  }
  const r = rng.next();
  if (r < 0.35) return JSON.stringify(base);
  if (r < 0.6) return JSON.stringify(mutateObject(rng, base));
  if (r < 0.8) return damage(rng, JSON.stringify(base));
  if (r < 0.9) return JSON.stringify(randomJson(rng));
  if (r < 0.97) return randomCodePoints(rng, rng.int(0, 80));
  return rng.chance(0.5) ? '   ' : `{"text":"${'x'.repeat(rng.int(1, 3000))}"}`;
}

function checkItem(item: AcquiredItem | null, raw: string, label: string) {
  if (item === null) {
    expect(raw.trim(), `${label}: only blank lines are skipped`).toBe('');
    return;
  }
  expect(item.origin, label).toBe('batch.jsonl:7');
  if ('problem' in item) {
    expect(item.problem.length, label).toBeGreaterThan(3);
    return;
  }
  const given = [item.input.text, item.input.html].filter((x) => x !== undefined);
  expect(given.length, label).toBe(1);
}

const all = backends();

describe.each(all)('readers and import on $name', (backend) => {
  const share = shareOf(
    ROWS,
    all.findIndex((b) => b.name === backend.name),
    all.length,
  );
  let ctx: AppContext;
  beforeAll(async () => {
    ctx = await openAppContext(backend);
  }, 60_000);
  afterAll(() => ctx?.db.close());

  describe('fuzz: JSONL lines', () => {
    it(`${LINES} lines: each read or refused with a problem; accepted ones ingest without error`, async () => {
      const rng = new Rng(fuzzSeed());
      const accepted: AcquiredItem[] = [];
      for (let i = 0; i < LINES; i++) {
        const label = fuzzLabel(rng, i);
        const raw = randomLine(rng);
        let item: AcquiredItem | null;
        try {
          item = parseJsonlLine(raw, 'batch.jsonl:7');
          const news = parseReportLine(raw, 7);
          if (news && 'problem' in news)
            expect(news.problem.message.length, label).toBeGreaterThan(3);
        } catch (e) {
          throw new Error(`${label}: ${JSON.stringify(raw).slice(0, 300)}: ${(e as Error).stack}`);
        }
        checkItem(item, raw, label);
        if (item && 'input' in item && accepted.length < 40) accepted.push(item);
      }
      expect(accepted.length).toBe(40);
      const before = await ctx.db.claims.countClaims({});
      const result = await ingestBatch(ctx, accepted);
      expect(result.items.length + result.problems.length).toBe(accepted.length);
      for (const p of result.problems) expect(p.message.length).toBeGreaterThan(3);
      expect(await ctx.db.claims.countClaims({})).toBeGreaterThan(before);
    }, 170_000);
  });

  describe('fuzz: ledger import (CSV rows and JSON fragments)', () => {
    let stored: LedgerDump;
    let csv: string;

    beforeAll(async () => {
      stored = await exportLedger(ctx.db, { all: true });
      csv = dumpToCsv(stored);
    });

    /** A damaged copy of the stored ledger as CSV: one row changed, added, cut or removed. */
    function damagedCsv(rng: Rng): string {
      const rows = csv.split('\r\n');
      const at = rng.int(1, rows.length - 2);
      const r = rng.next();
      if (r < 0.3) rows[at] = damage(rng, rows[at]!);
      else if (r < 0.5) rows.splice(at, 0, randomText(rng, 8).replaceAll('\n', ' '));
      else if (r < 0.65)
        rows[at] = rows[at]!.split(',')
          .map((f) => (rng.chance(0.2) ? randomText(rng, 2) : f))
          .join(',');
      else if (r < 0.8) rows.splice(at, 1);
      else if (r < 0.9) rows[0] = damage(rng, rows[0]!);
      else return damage(rng, csv.slice(0, rng.int(0, csv.length)));
      return rows.join('\r\n');
    }

    /** A damaged ledger JSON: one record's field replaced or removed, or the text cut. */
    function damagedJson(rng: Rng): unknown {
      const doc = structuredClone(stored) as unknown as Record<string, unknown>;
      const part = rng.pick(['sources', 'entities', 'claims', 'reviews', 'format', 'version']);
      const list = doc[part];
      if (Array.isArray(list) && list.length) {
        const i = rng.int(0, list.length - 1);
        list[i] = rng.chance(0.85)
          ? mutateObject(rng, list[i] as Record<string, unknown>)
          : randomJson(rng);
      } else doc[part] = randomJson(rng);
      if (rng.chance(0.1)) {
        const text = damage(rng, JSON.stringify(doc));
        try {
          return JSON.parse(text);
        } catch {
          return randomJson(rng);
        }
      }
      return doc;
    }

    it(`damaged CSV files and JSON ledgers ${share.from}-${share.to - 1} of ${ROWS}: refused with the line or path, or consistent`, async () => {
      const rng = new Rng(fuzzSeed() + 1);
      let refused = 0;
      const importable: unknown[] = [];
      for (let i = 0; i < share.to; i++) {
        const label = fuzzLabel(rng, i);
        const asCsv = i % 2 === 0;
        const damaged = asCsv ? damagedCsv(rng) : damagedJson(rng);
        // The cases before this backend's share are drawn (the stream stays the same), not checked.
        if (i < share.from) continue;
        try {
          const doc = asCsv ? csvToDump(damaged as string) : damaged;
          parseDump(doc);
          if (importable.length < 40) importable.push(doc);
        } catch (e) {
          if (!(e instanceof DomainError)) throw new Error(`${label}: ${(e as Error).stack}`);
          refused++;
          // 'csv line 40: ...', 'claims[3].value: ...', 'sources[0]: ...': where, then what.
          expect((e as Error).message, label).toMatch(
            /line \d+|\[\d+\]|^not a valid Habeas ledger|header|\(root\)|format|version/,
          );
        }
      }
      expect(refused).toBeGreaterThan(share.cases / 3);
      // Documents that pass the checks go into the database (which holds the same ledger):
      // stored-identical records are skipped, changed ones refused; nothing stored is lost.
      const before = await ctx.db.claims.countClaims({});
      for (const [i, doc] of importable.entries()) {
        try {
          await importLedger(ctx.db, doc);
        } catch (e) {
          if (!(e instanceof DomainError)) throw new Error(`import ${i}: ${(e as Error).stack}`);
        }
        expect(await ctx.db.claims.countClaims({})).toBeGreaterThanOrEqual(before);
      }
      const after = await exportLedger(ctx.db, { all: true });
      const ids = new Set(after.claims.map((c) => c.id));
      for (const c of stored.claims) expect(ids.has(c.id)).toBe(true);
    }, 170_000);
  });
});
