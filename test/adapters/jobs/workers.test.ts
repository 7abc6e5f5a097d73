// Two `habeas worker` processes share one queue of reports: every job is done by exactly one of
// them and every report is stored exactly once.

import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/adapters/db/connect.ts';
import { ingestBatch } from '../../../src/app/ingest/ingest-batch.ts';
import type { ReportInput } from '../../../src/app/ingest/ingest-report.ts';
import { openIngestQueue } from '../../../src/cli/ingest-jobs.ts';
import { normaliseForHash } from '../../../src/core/extract/index.ts';
import { appContext } from '../../support/app-context.ts';
import { pgliteBackend, postgresNotConfigured, postgresTestUrl } from '../../support/databases.ts';
import { habeasArgv } from '../../support/habeas-process.ts';
import { type FreshDatabase, freshDatabase } from './fresh-database.ts';

const root = join(import.meta.dirname, '../../..');
const reportsDir = join(root, 'test/fixtures/ingest/reports');

function reports(): ReportInput[] {
  return readdirSync(reportsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const meta = JSON.parse(
        readFileSync(join(reportsDir, f.replace(/\.txt$/, '.meta.json')), 'utf8'),
      ) as ReportInput;
      return { ...meta, text: readFileSync(join(reportsDir, f), 'utf8') };
    });
}

interface Worker {
  child: ChildProcess;
  stdout: string;
  stderr: string;
  exited: Promise<number | null>;
  /** When it said it had stopped (Date.now()), 0 before. */
  stoppedAt: number;
}

function startWorker(env: NodeJS.ProcessEnv, args = ['--concurrency', '2']): Worker {
  const child = spawn(process.execPath, habeasArgv(['worker', ...args]), {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const w: Worker = {
    child,
    stdout: '',
    stderr: '',
    stoppedAt: 0,
    exited: new Promise((done) => child.on('exit', (code) => done(code))),
  };
  child.stdout?.on('data', (d: Buffer) => {
    w.stdout += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    w.stderr += d.toString();
    if (!w.stoppedAt && w.stderr.includes('habeas worker: stopped after')) w.stoppedAt = Date.now();
  });
  return w;
}

async function until(what: string, test: () => boolean | Promise<boolean>, ms = 180_000) {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const url = postgresTestUrl();
if (!url) {
  describe('habeas worker processes', () => postgresNotConfigured('habeas worker processes'));
} else {
  describe('habeas worker processes sharing a queue', () => {
    let db: FreshDatabase;
    const workers: Worker[] = [];

    beforeAll(async () => {
      db = await freshDatabase(url);
    });
    afterAll(async () => {
      for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGKILL');
      await db?.drop();
    });

    it('do every job once and store every report once', { timeout: 240_000 }, async () => {
      const env = { DATABASE_URL: db.url, HABEAS_JOB_TIMEOUT_SECONDS: '60' };
      workers.push(startWorker(env), startWorker(env));
      await until('both workers to start', () =>
        workers.every((w) => w.stderr.includes('processing ingest jobs')),
      );

      const inputs = reports();
      const queue = await openIngestQueue({ DATABASE_URL: db.url, HABEAS_JOB_TIMEOUT_SECONDS: 60 });
      const jobs = await queue.enqueue(inputs);
      const ids = [...new Set(jobs.map((j) => j.id))];
      await until('every job to finish', async () => {
        const s = await queue.statuses(ids);
        return ids.every((id) => s.get(id)?.state === 'completed');
      });
      await queue.stop();
      for (const w of workers) w.child.kill('SIGTERM');
      expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0]);

      const lines = workers.map((w) =>
        w.stdout
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as { job: string; created: boolean; claims: number }),
      );
      // Both took part, and no job was done twice.
      expect(lines[0]!.length).toBeGreaterThan(0);
      expect(lines[1]!.length).toBeGreaterThan(0);
      const done = lines.flat();
      expect(done.map((l) => l.job).sort()).toEqual([...ids].sort());

      const ledger = await openDatabase({ databaseUrl: db.url });
      const single = await pgliteBackend.open();
      try {
        // Reports were reconciled in their enqueued order, as one process would: the same
        // entities as an in-process ingest of the same reports.
        await ingestBatch(
          appContext(single),
          inputs.map((input, i) => ({ origin: String(i), input })),
        );
        for (const type of ['release_event', 'person', 'status_change', 'count_claim'] as const)
          expect([type, await ledger.entities.countEntities(type)]).toEqual([
            type,
            await single.entities.countEntities(type),
          ]);
        const stored = done.filter((l) => l.created).length;
        expect(await ledger.sources.countSources()).toBe(stored);
        expect(await ledger.claims.countClaims()).toBe(done.reduce((n, l) => n + l.claims, 0));
        // One source per distinct text (the corpus repeats one report word for word).
        const texts = new Set(inputs.map((i) => normaliseForHash(i.text ?? '')));
        expect(texts.size).toBeLessThan(inputs.length);
        expect(stored).toBe(texts.size);
      } finally {
        await ledger.close();
        await single.close();
      }
    });

    // The job queue's stop() once left its 30 s give-up timer running, and every `habeas worker`
    // and `habeas ingest` on PostgreSQL lived on that long after its work was done.
    it('a worker ends as soon as it has stopped', async () => {
      const w = startWorker({ DATABASE_URL: db.url }, ['--exit-when-idle']);
      workers.push(w);
      expect(await w.exited).toBe(0);
      expect(w.stoppedAt).toBeGreaterThan(0);
      expect(Date.now() - w.stoppedAt).toBeLessThan(10_000);
    });
  });
}
