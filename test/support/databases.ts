/**
 * Real databases for tests, on every backend the store supports.
 *
 *   import { backends } from './databases.ts';
 *
 *   describe.each(backends())('my feature on $name', (backend) => {
 *     let db: Database;
 *     beforeEach(async () => { db = await backend.open(); });
 *     afterEach(async () => { await db.close(); });
 *     it('...', async () => { ... });
 *   });
 *
 * - 'pglite' is always there: a fresh in-memory PGlite per open(), loaded from the migrated
 *   template dump that the run's global setup made (./templates.ts; made in this process when
 *   a test runs without it), about 1 s per open.
 * - 'postgres' is there when HABEAS_TEST_DATABASE_URL is set (`.ci/run` sets it to
 *   postgres://postgres@127.0.0.1:5432/habeas_test). Each open() creates its own database
 *   `habeas_t_<random>` on that server, cloned from the run's migrated template database
 *   (`CREATE DATABASE ... TEMPLATE`), and close() drops it, so test files running in parallel
 *   never see each other's rows.
 * - Without HABEAS_TEST_DATABASE_URL, call `postgresNotConfigured()` in a test file that needs
 *   PostgreSQL: it registers one test that passes with an explanation, or fails when
 *   HABEAS_REQUIRE_POSTGRES=1 (CI), so CI can never skip PostgreSQL silently.
 *
 * open() takes an optional clock and id generator (e.g. FixedClock, SequentialIds from
 * ./factories.ts) used for what the stores stamp themselves (putSource's id and ingestedAt).
 */

import { randomBytes } from 'node:crypto';
import { cpSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, inject, it } from 'vitest';
import { openDatabase, pgliteTemplate } from '../../src/adapters/db/connect.ts';
import type { Clock, Database, IdGenerator } from '../../src/core/ports.ts';
import { adminQuery } from './admin-query.ts';
import { createFromTemplate, type Templates } from './templates.ts';

export type BackendName = 'pglite' | 'postgres';

export interface OpenOptions {
  clock?: Clock;
  ids?: IdGenerator;
}

export interface Backend {
  name: BackendName;
  open(options?: OpenOptions): Promise<Database>;
}

export function postgresTestUrl(): string | undefined {
  return process.env.HABEAS_TEST_DATABASE_URL?.trim() || undefined;
}

export function postgresRequired(): boolean {
  return process.env.HABEAS_REQUIRE_POSTGRES === '1';
}

/** What the global setup made (./global-setup.ts), or undefined in a run without it. */
export function providedTemplates(): Templates | undefined {
  return inject('habeasTemplates');
}

async function loadPgliteTemplate(): Promise<Blob> {
  const dump = providedTemplates()?.pgliteDump;
  return dump ? new Blob([await readFile(dump)]) : pgliteTemplate();
}

// One migrated template per test file; every open starts from a copy of it.
let template: Promise<Blob> | null = null;

export const pgliteBackend: Backend = {
  name: 'pglite',
  async open(options = {}) {
    template ??= loadPgliteTemplate();
    return openDatabase({ memory: true, template: await template, ...options });
  },
};

/** A backend creating a throw-away database per open() on the server at `url`. */
export function postgresBackend(url: string): Backend {
  return {
    name: 'postgres',
    async open(options = {}) {
      const name = `habeas_t_${randomBytes(6).toString('hex')}`;
      await createDatabase(url, name);
      const target = new URL(url);
      target.pathname = `/${name}`;
      let db: Database;
      try {
        db = await openDatabase({ databaseUrl: target.toString(), ...options });
      } catch (e) {
        await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        throw e;
      }
      const close = db.close.bind(db);
      let closing: Promise<void> | null = null;
      db.close = () => {
        closing ??= close().then(async () => {
          await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        });
        return closing;
      };
      return db;
    },
  };
}

/** An empty database `name`, migrated already when the run has a template on that server. */
export async function createDatabase(url: string, name: string): Promise<void> {
  const provided = providedTemplates()?.postgres;
  if (provided?.url === url) await createFromTemplate(url, name, provided.template);
  else await adminQuery(url, `CREATE DATABASE ${name}`);
}

/**
 * `dir` as a HABEAS_DATA_DIR holding a migrated, empty PGlite: a copy of the run's template
 * data folder, so opening it skips initdb and the migrations (about 3.5 CPU s). In a run
 * without templates `dir` is left as it is and the first open makes the database. The first
 * start of a truly empty folder stays tested (test/cli/ingest.test.ts, backup-restore).
 */
export function migratedDataDir(dir: string): string {
  const template = providedTemplates()?.pgliteDataDir;
  if (template) cpSync(template, dir, { recursive: true });
  return dir;
}

/** PGlite always, PostgreSQL when HABEAS_TEST_DATABASE_URL is set. */
export function backends(): Backend[] {
  const url = postgresTestUrl();
  return url ? [pgliteBackend, postgresBackend(url)] : [pgliteBackend];
}

/**
 * Registers the test that stands in for a PostgreSQL suite when no server is configured:
 * passes with a note locally, fails under HABEAS_REQUIRE_POSTGRES=1.
 */
export function postgresNotConfigured(what: string): void {
  it(`${what}: PostgreSQL not configured (set HABEAS_TEST_DATABASE_URL to run it)`, () => {
    if (postgresRequired()) {
      expect.fail(
        `HABEAS_REQUIRE_POSTGRES=1 but HABEAS_TEST_DATABASE_URL is not set: ${what} cannot run on PostgreSQL`,
      );
    }
    process.stderr.write(
      `note: ${what} did not run on PostgreSQL: HABEAS_TEST_DATABASE_URL is not set\n`,
    );
  });
}
