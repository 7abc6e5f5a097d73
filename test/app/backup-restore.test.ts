// Backup and restore with the real CLI: `habeas export --all` of a ledger built from the sample,
// ingested reports, reviews and a confidential source, then `habeas import` into an empty
// database, then `export --all` again gives the same bytes: PGlite to PGlite, PGlite to
// PostgreSQL, PostgreSQL to PostgreSQL and PostgreSQL back to PGlite, in JSON and in CSV.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewClaim } from '../../src/app/review-claim.ts';
import type { LedgerDump } from '../../src/core/model/dump.ts';
import { openApp } from '../../src/wiring.ts';
import { type FreshDatabase, freshDatabase } from '../adapters/jobs/fresh-database.ts';
import { postgresNotConfigured, postgresTestUrl } from '../support/databases.ts';
import { projectRoot, runHabeas } from '../support/habeas-process.ts';
import { writeCrashReports } from './ingest-crash-reports.ts';

const sample = join(projectRoot, 'data/sample-ledger.json');
let work: string;
let template: string;
let n = 0;
/** Text of `export --all` of the original ledger, as JSON and as CSV. */
let backup: string;
let backupCsv: string;
let publicExport: string;

/** An empty, migrated PGlite data folder (a copy: PGlite's initdb is slow). */
function freshPglite(): NodeJS.ProcessEnv {
  const dir = join(work, `data-${n++}`);
  cpSync(template, dir, { recursive: true });
  return { HABEAS_DATA_DIR: dir };
}

async function habeas(env: NodeJS.ProcessEnv, ...args: string[]): Promise<string> {
  const r = await runHabeas(args, env);
  expect(r.code, `habeas ${args.join(' ')}: ${r.stderr}`).toBe(0);
  return r.stdout;
}

/** Writes `text` to a file and imports it into `env`'s database; gives `export --all` after. */
async function restore(env: NodeJS.ProcessEnv, text: string, ext = 'json'): Promise<string> {
  const file = join(work, `backup-${n++}.${ext}`);
  writeFileSync(file, text);
  const r = await runHabeas(['import', file], env);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toMatch(/^imported \d+ sources/);
  return habeas(env, 'export', '--all');
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'habeas-backup-'));
  template = join(work, 'template');
  await habeas({ HABEAS_DATA_DIR: template }, 'export');

  // The original: the sample, reports ingested on top, reviews, a confidential source.
  const original = freshPglite();
  await habeas(original, 'import', sample);
  const reports = join(work, 'reports');
  writeCrashReports(reports, 4);
  await habeas(original, 'ingest', reports);
  const ctx = await openApp({
    DATABASE_URL: undefined,
    HABEAS_DATA_DIR: original.HABEAS_DATA_DIR!,
  });
  try {
    const proposed = await ctx.db.claims.listClaims({ state: 'proposed', limit: 3 });
    expect(proposed).toHaveLength(3);
    const author = { kind: 'user', id: 'usr_backuptest' } as const;
    await reviewClaim(ctx, { claimId: proposed[0]!.id, state: 'accepted', author });
    await reviewClaim(ctx, {
      claimId: proposed[1]!.id,
      state: 'rejected',
      author,
      note: 'wrong person',
    });
    await reviewClaim(ctx, { claimId: proposed[2]!.id, state: 'accepted', author });
    const [source] = await ctx.db.sources.listSources({ limit: 1 });
    await ctx.db.sources.setConfidential(source!.id, true);
  } finally {
    await ctx.db.close();
  }
  backup = await habeas(original, 'export', '--all');
  backupCsv = await habeas(original, 'export', '--all', '--format', 'csv');
  publicExport = await habeas(original, 'export');
}, 900_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('backup (export --all) and restore (import) on PGlite', () => {
  it('holds everything: ingested reports, reviews, unpublished claims, confidential sources', () => {
    const dump = JSON.parse(backup) as LedgerDump & { sources: Array<{ confidential?: boolean }> };
    expect(dump.sources.length).toBeGreaterThan(24);
    expect(dump.reviews.length).toBeGreaterThanOrEqual(4);
    expect(dump.reviews.some((r) => r.state === 'rejected' && r.note === 'wrong person')).toBe(
      true,
    );
    expect(dump.claims.some((c) => c.initialState === 'proposed')).toBe(true);
    expect(JSON.stringify(dump.sources)).toContain('"confidential":true');
    // The public export is a strict subset: the backup is what must be kept safe.
    expect(publicExport.length).toBeLessThan(backup.length);
  });

  it('restores into an empty PGlite byte for byte, from JSON and from CSV', async () => {
    expect(await restore(freshPglite(), backup)).toBe(backup);
    const fromCsv = freshPglite();
    expect(await restore(fromCsv, backupCsv, 'csv')).toBe(backup);
    expect(await habeas(fromCsv, 'export', '--all', '--format', 'csv')).toBe(backupCsv);
    expect(await habeas(fromCsv, 'export')).toBe(publicExport);
  }, 900_000);
});

const url = postgresTestUrl();
if (!url) {
  describe('backup and restore across backends', () =>
    postgresNotConfigured('backup and restore on PostgreSQL'));
} else {
  describe('backup and restore across backends', () => {
    const dbs: FreshDatabase[] = [];
    const freshPostgres = async () => {
      const db = await freshDatabase(url);
      dbs.push(db);
      return { DATABASE_URL: db.url };
    };
    afterAll(async () => {
      for (const db of dbs) await db.drop();
    });

    it('PGlite -> PostgreSQL -> PostgreSQL -> PGlite keeps every byte', async () => {
      const first = await freshPostgres();
      const onPostgres = await restore(first, backup);
      expect(onPostgres).toBe(backup);
      expect(await habeas(first, 'export')).toBe(publicExport);

      const second = await freshPostgres();
      expect(await restore(second, onPostgres)).toBe(backup);
      expect(await restore(await freshPostgres(), backupCsv, 'csv')).toBe(backup);

      const back = freshPglite();
      expect(await restore(back, await habeas(second, 'export', '--all'))).toBe(backup);
      expect(await habeas(back, 'export')).toBe(publicExport);
    }, 900_000);
  });
}
