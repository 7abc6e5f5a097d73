import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.ts';
import { ingestReport } from '../../src/app/ingest/ingest-report.ts';
import { openAppContext } from '../support/app-context.ts';
import { pgliteBackend } from '../support/databases.ts';
import { bcubed, corpus, corpusDir, truth } from './ingest-corpus.ts';

// Reports written after the rules were tuned on the corpus; they were never used to tune them.
const heldOutDir = join(corpusDir, 'held-out');
const heldOutTruth = JSON.parse(readFileSync(join(heldOutDir, 'truth.json'), 'utf8')) as {
  events: Record<string, string>;
};

describe('grouping of held-out reports', () => {
  let ctx: AppContext;

  beforeAll(async () => {
    ctx = await openAppContext(pgliteBackend);
  }, 60_000);

  afterAll(async () => {
    await ctx?.db.close();
  });

  it('puts reports it was not tuned on with the right events (B-cubed F1 >= 0.95)', async () => {
    const gold = new Map<string, string>();
    const predicted = new Map<string, string>();
    const add = (key: string, event: string | null | undefined, found: string | undefined) => {
      if (!event) return;
      gold.set(key, event);
      predicted.set(key, found ?? `none:${key}`);
    };
    for (const { file, input } of corpus()) {
      const r = await ingestReport(ctx, input);
      add(file, truth.events[file], r.events.find((e) => e.role === 'main')?.id);
    }
    const files = readdirSync(heldOutDir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    for (const file of files) {
      const meta = JSON.parse(
        readFileSync(join(heldOutDir, file.replace(/\.txt$/, '.meta.json')), 'utf8'),
      );
      const r = await ingestReport(ctx, {
        ...meta,
        text: readFileSync(join(heldOutDir, file), 'utf8'),
      });
      add(
        `held-out/${file}`,
        heldOutTruth.events[file],
        r.events.find((e) => e.role === 'main')?.id,
      );
    }
    const score = bcubed(predicted, gold);
    process.stdout.write(
      `ingest held-out B-cubed (corpus + ${files.length} held-out): precision ${score.precision.toFixed(3)} recall ${score.recall.toFixed(3)} F1 ${score.f1.toFixed(3)}\n`,
    );
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(score.f1).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});
