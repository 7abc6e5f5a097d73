// `habeas ingest DIR` killed with SIGKILL half-way, then run again: nothing is lost, nothing is
// stored twice, and the ledger equals the one a clean run builds (ids and times aside).
// On PGlite the restart takes over the dead process's lock; on PostgreSQL the job the dead
// process held goes back to the queue after HABEAS_JOB_TIMEOUT_SECONDS. The killed ingest is a
// process of its own; the commands after it (and the clean run's) share one CLI process each
// (runHabeasSteps): the restart is the start of that process.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerDump } from '../../src/core/model/dump.ts';
import { freshDatabase } from '../adapters/jobs/fresh-database.ts';
import { postgresNotConfigured, postgresTestUrl, providedTemplates } from '../support/databases.ts';
import { habeasArgv, runHabeasSteps, type Step } from '../support/habeas-process.ts';
import { writeCrashReports } from './ingest-crash-reports.ts';

const root = join(import.meta.dirname, '../..');
let work: string;
let reportsDir: string;
let expected: { files: number; distinct: number };
const folders = new Map<string, { dir: string; counts: { files: number; distinct: number } }>();

interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function start(
  args: string[],
  env: NodeJS.ProcessEnv,
): { child: ChildProcess; done: Promise<Ran> } {
  const child = spawn(process.execPath, habeasArgv(args), {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const done = new Promise<Ran>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

interface Summary {
  read: number;
  stored: number;
  duplicates: number;
  problems: number;
}

const ingestArgs = () => ['ingest', '--json', reportsDir];
const exportArgs = ['export', '--all'];

/** The summary an `ingest --json` step printed last. */
function summaryOf(r: Step | undefined): Summary {
  if (!r) throw new Error('no ingest ran');
  // After a kill on PGlite the rerun says it took over the dead process's lock; nothing else.
  expect(r.stderr.replace(/^habeas: took over .*\n/, '')).toBe('');
  expect(r.code).toBe(0);
  const last = r.stdout.trim().split('\n').at(-1) ?? '{}';
  return (JSON.parse(last) as { summary: Summary }).summary;
}

function dumpOf(r: Step | undefined): LedgerDump {
  if (!r) throw new Error('no export ran');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as LedgerDump;
}

const idPattern = /\b[a-z][a-z0-9]{1,5}_[0-9a-z]{16}\b/g;

/** The ledger with ids, times and storage order taken out: what must not depend on a crash. */
function shape(dump: LedgerDump) {
  const hashOf = new Map(dump.sources.map((s) => [s.id, s.contentHash]));
  const count = (xs: string[]) => {
    const m = new Map<string, number>();
    for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
    return [...m].sort(([a], [b]) => (a < b ? -1 : 1));
  };
  const claims = dump.claims.map((c) =>
    JSON.stringify([
      c.subjectType,
      c.property,
      JSON.stringify(c.value).replace(idPattern, (id) => id.split('_')[0]!),
      c.sourceId ? hashOf.get(c.sourceId) : null,
      c.evidence ? [c.evidence.start, c.evidence.end] : null,
    ]),
  );
  return {
    sources: dump.sources.map((s) => s.contentHash).sort(),
    entities: count(dump.entities.map((e) => e.type)),
    claims: count(claims),
  };
}

/** Claims stored twice: same subject, property, value, source and evidence. */
function repeatedClaims(dump: LedgerDump): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const c of dump.claims) {
    const key = JSON.stringify([c.subjectId, c.property, c.value, c.sourceId, c.evidence]);
    if (seen.has(key)) repeated.push(key);
    seen.add(key);
  }
  return repeated;
}

interface Backend {
  /** The generated folder to ingest ('large' or 'small') and when to kill. */
  folder: string;
  killAfter: number;
  fresh(): Promise<NodeJS.ProcessEnv>;
  /** Settings for the clean reference run only. */
  cleanEnv?: NodeJS.ProcessEnv;
  /** Says whether the killed run left its trace (PGlite: the stale lock file). */
  afterKill?(env: NodeJS.ProcessEnv): void;
}

/**
 * Runs ingest, kills it with SIGKILL once it reports `after` reports done, then in one process
 * runs it again, exports, runs it a third time and exports again.
 */
async function crashAndResume(backend: Backend, after: number) {
  const env = await backend.fresh();
  const first = start(['ingest', '--progress', reportsDir], env);
  let progressed = 0;
  first.child.stderr?.on('data', (d: Buffer) => {
    for (const m of d.toString().matchAll(/^progress (\d+)$/gm)) {
      progressed = Math.max(progressed, Number(m[1]));
      if (progressed >= after) first.child.kill('SIGKILL');
    }
  });
  const killed = await first.done;
  expect(killed.signal).toBe('SIGKILL');
  backend.afterKill?.(env);
  const [resumedRun, dump, againRun, last] = await runHabeasSteps(
    [ingestArgs(), exportArgs, ingestArgs(), exportArgs],
    env,
  );
  const resumed = summaryOf(resumedRun);
  return {
    resumed,
    dump: dumpOf(dump),
    again: summaryOf(againRun),
    last: dumpOf(last),
    progressed,
    storedBefore: expected.distinct - resumed.stored,
  };
}

async function checkCrash(backend: Backend) {
  const folder = folders.get(backend.folder)!;
  reportsDir = folder.dir;
  expected = folder.counts;
  // The clean run is the reference and has no dead job to take back: a long job timeout, so a
  // job slowed past the crash runs' 3 s by a loaded machine is not taken back half-done.
  const [cleanRun, cleanExport] = await runHabeasSteps([ingestArgs(), exportArgs], {
    ...(await backend.fresh()),
    ...backend.cleanEnv,
  });
  const clean = summaryOf(cleanRun);
  expect(clean).toMatchObject({ read: expected.files, stored: expected.distinct, problems: 0 });
  const cleanDump = dumpOf(cleanExport);

  const { resumed, dump, again, last, storedBefore } = await crashAndResume(
    backend,
    backend.killAfter,
  );
  // Killed half-way: some reports were stored before the kill, the rest by the rerun.
  expect(storedBefore).toBeGreaterThan(0);
  expect(resumed.stored).toBeGreaterThan(0);
  expect(resumed.read).toBe(expected.files);
  expect(resumed.problems).toBe(0);
  expect(storedBefore + resumed.stored).toBe(expected.distinct);

  expect(dump.sources).toHaveLength(expected.distinct);
  expect(new Set(dump.sources.map((s) => s.contentHash)).size).toBe(expected.distinct);
  expect(repeatedClaims(dump)).toEqual([]);
  expect(repeatedClaims(cleanDump)).toEqual([]);
  expect(shape(dump)).toEqual(shape(cleanDump));

  // A third run changes nothing.
  expect(again.stored).toBe(0);
  expect(last.claims).toHaveLength(dump.claims.length);
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'habeas-crash-'));
  // PGlite ingests a report in about 10 ms, so its run needs many reports to be killed
  // half-way; the PostgreSQL queue is slower per report and gets a smaller folder. 120
  // releases (264 reports; was 200 and 440) still leave 200 reports, seconds of work, after
  // the kill at 60, so the kill lands mid-run and every check below still applies.
  for (const [name, releases] of [
    ['large', 120],
    ['small', 40],
  ] as const) {
    const dir = join(work, name);
    folders.set(name, { dir, counts: writeCrashReports(dir, releases) });
  }
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('ingest killed half-way on PGlite', () => {
  let n = 0;
  const backend: Backend = {
    folder: 'large',
    killAfter: 60,
    fresh: async () => {
      const dir = join(work, `data-${n++}`);
      // A migrated, empty data folder when the run made one: the kill then falls in the
      // ingest, not in initdb (test/cli/ingest.test.ts starts from a truly empty folder).
      const template = providedTemplates()?.pgliteDataDir;
      if (template) cpSync(template, dir, { recursive: true });
      return { HABEAS_DATA_DIR: dir };
    },
    afterKill: (env) => expect(existsSync(join(env.HABEAS_DATA_DIR!, 'habeas.lock'))).toBe(true),
  };
  it('loses and repeats nothing when run again', () => checkCrash(backend), 300_000);
});

const url = postgresTestUrl();
if (!url) {
  describe('ingest killed half-way on PostgreSQL', () =>
    postgresNotConfigured('ingest killed half-way'));
} else {
  describe('ingest killed half-way on PostgreSQL', () => {
    const drops: Array<() => Promise<void>> = [];
    const backend: Backend = {
      folder: 'small',
      killAfter: 25,
      cleanEnv: { HABEAS_JOB_TIMEOUT_SECONDS: '60' },
      async fresh() {
        const db = await freshDatabase(url, { migrated: true });
        drops.push(db.drop);
        return { DATABASE_URL: db.url, HABEAS_JOB_TIMEOUT_SECONDS: '3' };
      },
    };
    afterAll(async () => {
      for (const drop of drops) await drop();
    });
    it('loses and repeats nothing when run again', () => checkCrash(backend), 300_000);
  });
}
