// `habeas import` killed with SIGKILL at several points (start-up, inside its transaction,
// right after the commit), on PGlite and PostgreSQL: the database then holds all of the import
// or none of it, never a part and never a record twice; running the import again completes and
// the export equals that of a clean import, byte for byte (after a kill past the commit, the
// rerun finds every record stored and adds nothing). What follows a kill (the check of what it
// left, the rerun, the export) runs in one CLI process (runHabeasSteps); the killed import is a
// process of its own.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockFileName } from '../../src/adapters/db/lock.ts';
import { type FreshDatabase, freshDatabase } from '../adapters/jobs/fresh-database.ts';
import { postgresNotConfigured, postgresTestUrl, providedTemplates } from '../support/databases.ts';
import {
  projectRoot,
  runHabeas,
  runHabeasSteps,
  type Started,
  type Step,
  startHabeas,
  waitFor,
} from '../support/habeas-process.ts';

const ledgerFile = join(projectRoot, 'data/sample-ledger.json');
const ledger = JSON.parse(readFileSync(ledgerFile, 'utf8')) as Record<string, unknown[]>;
const records = ['sources', 'entities', 'claims', 'reviews'].reduce(
  (n, k) => n + (ledger[k]?.length ?? 0),
  0,
);

interface KillPoint {
  name: string;
  /** Resolves once the child is where it must die. */
  reach(run: Started, env: NodeJS.ProcessEnv): Promise<void>;
  /** What the killed import must have left: nothing, or all of it. */
  leaves: 'nothing' | 'all';
}

/** Waits for a `progress ...` line of `habeas import --progress`. */
const atProgress = (line: RegExp) => (run: Started) =>
  waitFor(`'${line.source}' from habeas import`, () => line.test(run.stderr()));

/**
 * What `export --all` printed, with the id and time of each audit line masked: the import's own
 * audit line (in a full backup since backups hold the audit log) gets a new id and time in every
 * run.
 */
function exportText(r: Step | undefined): string {
  if (!r) throw new Error('no export ran');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const dump = JSON.parse(r.stdout) as { auditLog: Array<Record<string, unknown>> };
  expect(dump.auditLog.map((l) => l.action)).toEqual(['ledger.import']);
  dump.auditLog = dump.auditLog.map((l) => ({ ...l, id: 'masked', at: 'masked' }));
  return `${JSON.stringify(dump, null, 2)}\n`;
}

/**
 * Kills an import at `point`, checks what it left, imports again and compares the export.
 * `check` runs once the killed process has ended; with `exportFirst`, the process after the
 * kill starts with an `export --all`, and `check` runs again with what it printed.
 */
async function killAndRerun(
  point: KillPoint,
  env: NodeJS.ProcessEnv,
  clean: string,
  check: (leaves: KillPoint['leaves'], exported?: Step) => Promise<void>,
  exportFirst = false,
) {
  const run = startHabeas(['import', '--progress', ledgerFile], env);
  await point.reach(run, env);
  run.child.kill('SIGKILL');
  const ended = await run.done;
  // Past the commit, the import may finish and exit before the signal lands; then it must
  // have ended well. Before the commit it cannot: it waits on work the kill interrupts.
  if (point.leaves === 'nothing') expect(ended.signal).toBe('SIGKILL');
  else if (ended.signal !== 'SIGKILL') expect(ended.code).toBe(0);
  await check(point.leaves);

  // The rerun sees all of the import or none of it: never a part.
  const ran = await runHabeasSteps(
    [...(exportFirst ? [['export', '--all']] : []), ['import', ledgerFile], ['export', '--all']],
    env,
  );
  if (exportFirst) await check(point.leaves, ran[0]);
  const [again, exported] = ran.slice(-2) as [Step, Step];
  expect(again.code).toBe(0);
  if (point.leaves === 'all')
    expect(again.stderr).toContain(`all ${records} records are already stored`);
  else expect(again.stderr).toMatch(/^imported \d+ sources, .* reviews\n$/m);
  expect(again.stderr).not.toContain('left as they are');
  expect(exportText(exported)).toBe(clean);
}

/** Imports the sample into an empty database; gives its export (exportText). */
async function cleanImport(env: NodeJS.ProcessEnv): Promise<string> {
  const [imported, exported] = await runHabeasSteps(
    [
      ['import', ledgerFile],
      ['export', '--all'],
    ],
    env,
  );
  expect(imported!.code).toBe(0);
  return exportText(exported);
}

describe('import killed on PGlite', () => {
  let work: string;
  let template: string;
  let clean: string;
  let n = 0;
  const fresh = () => {
    const dir = join(work, `data-${n++}`);
    cpSync(template, dir, { recursive: true });
    return { HABEAS_DATA_DIR: dir };
  };

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'habeas-import-crash-'));
    // One created and migrated data folder, copied for each run: PGlite's initdb is slow.
    template = providedTemplates()?.pgliteDataDir ?? join(work, 'template');
    if (!providedTemplates()) {
      expect((await runHabeas(['export'], { HABEAS_DATA_DIR: template })).code).toBe(0);
    }
    clean = await cleanImport(fresh());
    expect(JSON.parse(clean).claims).toHaveLength(ledger.claims!.length);
  }, 300_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const points: KillPoint[] = [
    {
      name: 'at start-up, once it holds the lock',
      // Once the lock holds its owner: a kill between creating the file and writing it leaves
      // an empty lock, which the next start takes over only after 5 s (lock.ts), not here.
      reach: (_run, env) =>
        waitFor('the lock file with its owner', () => {
          const file = join(env.HABEAS_DATA_DIR!, lockFileName);
          return existsSync(file) && readFileSync(file, 'utf8').endsWith('\n');
        }),
      leaves: 'nothing',
    },
    {
      name: 'in the transaction, sources stored',
      reach: atProgress(/^progress sources \d+\/\d+$/m),
      leaves: 'nothing',
    },
    {
      name: 'in the transaction, claims half stored',
      reach: atProgress(/^progress claims 500\/\d+$/m),
      leaves: 'nothing',
    },
    { name: 'right after the commit', reach: atProgress(/^progress committed$/m), leaves: 'all' },
  ];
  it.each(points)(
    'killed $name: all or nothing, the rerun completes',
    async (point) => {
      const env = fresh();
      const lockFile = join(env.HABEAS_DATA_DIR, lockFileName);
      let left = false;
      await killAndRerun(
        point,
        env,
        clean,
        async (leaves, r) => {
          if (!r) {
            // Before anything else starts: a process killed while it held the lock left it;
            // the next start takes it over and says so. Past the commit it may already have
            // released it (or exited by itself).
            left = existsSync(lockFile);
            if (leaves === 'nothing') expect(left).toBe(true);
            if (left) expect(JSON.parse(readFileSync(lockFile, 'utf8')).pid).toBeGreaterThan(0);
            return;
          }
          expect(r.code).toBe(0);
          if (left)
            expect(r.stderr).toMatch(/^habeas: took over .*habeas\.lock: it was left by pid \d+/);
          else expect(r.stderr).toBe('');
          const dump = JSON.parse(r.stdout);
          const held =
            dump.sources.length + dump.entities.length + dump.claims.length + dump.reviews.length;
          expect(held).toBe(leaves === 'all' ? records : 0);
        },
        true,
      );
    },
    300_000,
  );
});

const url = postgresTestUrl();
if (!url) {
  describe('import killed on PostgreSQL', () => postgresNotConfigured('import killed'));
} else {
  describe('import killed on PostgreSQL', () => {
    const dbs: FreshDatabase[] = [];
    let clean: string;
    const fresh = async () => {
      // Migrated before the test takes its table locks.
      const db = await freshDatabase(url, { migrated: true });
      dbs.push(db);
      return db.url;
    };
    beforeAll(async () => {
      clean = await cleanImport({ DATABASE_URL: await fresh() });
    }, 300_000);
    afterAll(async () => {
      for (const db of dbs) await db.drop();
    });

    /**
     * Holds `table` in SHARE mode so the import blocks inside its transaction on its first
     * insert there; the kill then lands mid-transaction for sure. The lock is let go after.
     */
    function blockedAt(table: string): KillPoint & { admin?: pg.Client } {
      const point: KillPoint & { admin?: pg.Client } = {
        name: `in the transaction, waiting to insert into ${table}`,
        leaves: 'nothing',
        async reach(run, env) {
          const admin = point.admin!;
          const db = new URL(env.DATABASE_URL!).pathname.slice(1);
          await waitFor(`the import to wait for ${table}`, async () => {
            // An import that ended cannot wait any more: say why now, not at the time-out.
            if (run.child.exitCode !== null || run.child.signalCode !== null) {
              throw new Error(`the import ended before it waited for ${table}: ${run.stderr()}`);
            }
            // pg_locks, not pg_stat_activity: this connection is inside the transaction that
            // holds the lock, and PostgreSQL keeps one pg_stat_activity snapshot a transaction,
            // taken at the first poll. An import that connected after it was never seen, and a
            // loaded machine, where the first poll comes before the import connects, hung here.
            const r = await admin.query(
              `select count(*)::int as n from pg_locks l join pg_database d on d.oid = l.database
               where not l.granted and d.datname = $1`,
              [db],
            );
            return r.rows[0].n > 0;
          });
        },
      };
      return point;
    }

    const tables = ['sources', 'entities', 'claims', 'reviews'];
    it.each(tables)(
      'killed while inserting into %s: nothing stored, the rerun completes',
      async (table) => {
        const dbUrl = await fresh();
        const admin = new pg.Client({ connectionString: dbUrl });
        await admin.connect();
        try {
          await admin.query('begin');
          await admin.query(`lock table ${table} in share mode`);
          const point = blockedAt(table);
          point.admin = admin;
          await killAndRerun(point, { DATABASE_URL: dbUrl }, clean, async () => {
            await admin.query('rollback');
            // The server ends the dead client's session and rolls its transaction back.
            await waitFor('the killed import session to end', async () => {
              const r = await admin.query(
                'select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
              );
              return r.rows[0].n === 0;
            });
            for (const t of tables) {
              const r = await admin.query(`select count(*)::int as n from ${t}`);
              expect(r.rows[0].n, t).toBe(0);
            }
          });
        } finally {
          await admin.end();
        }
      },
      300_000,
    );

    it('killed right after the commit: all stored, the rerun adds nothing', async () => {
      const dbUrl = await fresh();
      const point: KillPoint = {
        name: 'right after the commit',
        reach: atProgress(/^progress committed$/m),
        leaves: 'all',
      };
      await killAndRerun(point, { DATABASE_URL: dbUrl }, clean, async () => {
        const admin = new pg.Client({ connectionString: dbUrl });
        await admin.connect();
        const r = await admin.query('select count(*)::int as n from claims');
        await admin.end();
        expect(r.rows[0].n).toBe(ledger.claims!.length);
      });
    }, 300_000);
  });
}
