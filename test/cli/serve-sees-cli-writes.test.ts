/**
 * Issue 12: a running `habeas serve` answers what a `habeas` CLI command wrote to the same
 * database at once, though no request of its own wrote anything: its caches (the name index,
 * the count input, the pending count) are keyed by the ledger version the database raises in
 * every writing transaction (docs/storage.md), not by the writes it served itself.
 *
 * PostgreSQL only: on PGlite the data folder's lock file refuses a second process while the
 * server holds it (test/adapters/db/pglite.test.ts), so no CLI command can write beside a
 * running server there; test/app/ledger-cache.test.ts covers writers in one process.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../src/wiring.ts';
import { bearerFor } from '../support/auth.ts';
import { cliBackends } from '../support/cli-databases.ts';
import { postgresNotConfigured, postgresTestUrl } from '../support/databases.ts';
import {
  projectRoot,
  runHabeas,
  type Started,
  startHabeas,
  waitFor,
} from '../support/habeas-process.ts';

const report = join(projectRoot, 'test/fixtures/reports/by-2024-07-wire.txt');

if (!postgresTestUrl()) {
  postgresNotConfigured('a CLI write seen by a running server');
} else {
  describe('habeas serve and a habeas CLI write on one PostgreSQL database', () => {
    const backend = cliBackends().find((b) => b.name === 'postgres')!;
    let env: NodeJS.ProcessEnv;
    let serve: Started | undefined;
    let base: string;
    let staff: { authorization: string };

    const get = async <T>(path: string): Promise<T> => {
      const res = await fetch(`${base}${path}`, { headers: staff });
      expect(res.status, path).toBe(200);
      return (await res.json()) as T;
    };
    /** Whether a name search finds the person under the spelling the report gives. */
    const found = async () =>
      (
        await get<{ items: Array<{ match?: { name: string } }> }>(
          '/api/persons/filter?q=Ryhor%20Kastusiou&limit=20',
        )
      ).items.some((p) => p.match?.name === 'Ryhor Kastusiou');
    const pending = async () => (await get<{ total: number }>('/api/review-queue/count')).total;

    beforeAll(async () => {
      // An empty ledger: the report's person is new to it.
      env = await backend.fresh();
      const ctx = await openApp({ DATABASE_URL: env.DATABASE_URL!, HABEAS_DATA_DIR: '' });
      try {
        staff = await bearerFor(ctx, 'viewer');
      } finally {
        await ctx.db.close();
      }
      serve = startHabeas(['serve', '--port', '0'], env);
      await waitFor('habeas serve to listen', () =>
        /: http:\/\/\S+ \(API docs/.test(serve!.stderr()),
      );
      base = /: (http:\/\/\S+) \(API docs/.exec(serve.stderr())![1]!;
    }, 300_000);

    afterAll(async () => {
      serve?.child.kill('SIGTERM');
      await serve?.done;
      await backend.cleanup();
    });

    it('answers the new state at once after `habeas ingest` and `habeas audit revert`', async () => {
      // Read twice: the second answer comes from the server's memory.
      expect(await found()).toBe(false);
      const before = await pending();
      expect(await found()).toBe(false);
      expect(await pending()).toBe(before);

      // New claims (a new person, a new release) from another process.
      const ingested = await runHabeas(['ingest', '--published', '2024-07-04', report], env);
      expect(ingested.code, ingested.stderr).toBe(0);
      // At once: no wait, no retry, and this server wrote nothing itself.
      expect(await found()).toBe(true);
      const proposed = await pending();
      expect(proposed).toBeGreaterThan(before);

      // Reviews only, no new claim: the ingest's proposals rejected from the CLI. Caches keyed
      // on claim counts or on the server's own writes would keep the old answers here.
      const lines = await runHabeas(
        ['audit', '--action', 'report.ingest', '--format', 'json'],
        env,
      );
      expect(lines.code, lines.stderr).toBe(0);
      const line = JSON.parse(lines.stdout.trim().split('\n')[0]!) as { id: string };
      const reverted = await runHabeas(['audit', 'revert', line.id], env);
      expect(reverted.code, reverted.stderr).toBe(0);
      expect(await pending()).toBe(before);
      expect(await found()).toBe(false);
    }, 300_000);
  });
}
