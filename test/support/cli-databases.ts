/**
 * Databases for CLI tests, which open the database themselves from their environment:
 * each `fresh()` gives the env for an empty PGlite data folder, or for a new PostgreSQL
 * database when HABEAS_TEST_DATABASE_URL is set, and `cleanup()` removes them all.
 * Both start migrated when the run's global setup made templates (./templates.ts): a copy of
 * the template data folder, a clone of the template database. The CLI still runs its
 * migrator on them; test/cli/ingest.test.ts and backup-restore.test.ts start from truly empty
 * data folders, so the CLI's first start is tested too.
 */

import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminQuery } from './admin-query.ts';
import { createDatabase, postgresTestUrl, providedTemplates } from './databases.ts';

export interface CliBackend {
  name: 'pglite' | 'postgres';
  fresh(): Promise<NodeJS.ProcessEnv>;
  cleanup(): Promise<void>;
}

function pgliteCli(): CliBackend {
  const dirs: string[] = [];
  return {
    name: 'pglite',
    async fresh() {
      const dir = mkdtempSync(join(tmpdir(), 'habeas-cli-'));
      dirs.push(dir);
      const template = providedTemplates()?.pgliteDataDir;
      if (template) cpSync(template, join(dir, 'data'), { recursive: true });
      return { HABEAS_DATA_DIR: join(dir, 'data') };
    },
    async cleanup() {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    },
  };
}

function postgresCli(url: string): CliBackend {
  const names: string[] = [];
  return {
    name: 'postgres',
    async fresh() {
      const name = `habeas_cli_${randomBytes(6).toString('hex')}`;
      await createDatabase(url, name);
      names.push(name);
      const target = new URL(url);
      target.pathname = `/${name}`;
      return { DATABASE_URL: target.toString() };
    },
    async cleanup() {
      for (const n of names) await adminQuery(url, `DROP DATABASE IF EXISTS ${n} WITH (FORCE)`);
    },
  };
}

export function cliBackends(): CliBackend[] {
  const url = postgresTestUrl();
  return url ? [pgliteCli(), postgresCli(url)] : [pgliteCli()];
}
