import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { ENGINE_FLAGS } from './bin/engine-flag-list.js';
import { LongFirstSequencer } from './test/support/sequencer.ts';

// The four projects of docs/testing.md. A file is in `database` unless it is listed in one of
// the others: new store, app and server tests land there by default.

/**
 * Pure: no database, no child process, no browser (local HTTP servers and jsdom are fine).
 * The fuzz suites, extraction's too, run in `database` with the others: long by design.
 */
const unit = [
  'test/core/**/*.test.ts',
  'test/support/**/*.test.ts',
  'test/bench/**/*.test.ts',
  'test/adapters/news/{addresses,feed,fetch,html-to-text,json-feed,jsonl,page-links,sanitise}.test.ts',
  'test/adapters/system.test.ts',
  'test/adapters/digest.test.ts',
  'test/adapters/hooks/sign.test.ts',
  'test/adapters/ftm/*.test.ts',
  'test/app/sample.test.ts',
  'test/app/detention-episodes.test.ts',
  'test/cli/extract.test.ts',
  'test/cli/main.test.ts',
  'test/cli/i18n.test.ts',
  'test/hostile/ssrf.test.ts',
  'test/app/fresh-read.test.ts',
  'test/app/kept-mirror.test.ts',
  'test/web/**/*.test.tsx',
];

/** Tests that run `bin/habeas.js`, worker processes or a server of their own, and kill them. */
const processes = [
  'test/app/backup-restore.test.ts',
  'test/app/import-crash.test.ts',
  'test/app/ingest-crash.test.ts',
  'test/adapters/jobs/workers.test.ts',
  'test/cli/runtime.test.ts',
  'test/cli/serve.test.ts',
  'test/cli/hooks.test.ts',
  'test/cli/serve-watch.test.ts',
  'test/cli/serve-sees-cli-writes.test.ts',
  'test/server/api-example.test.ts',
  'test/server/postgres-outage.test.ts',
];

/** Chromium driving the built web app. */
const browser = ['test/e2e/**/*.test.ts'];

const all = ['test/**/*.test.ts', 'test/**/*.test.tsx'];

/** Resets the test factories before each file where workers run many files (isolate: false). */
const perFileSetup = 'test/support/per-file-setup.ts';

/** Each file's CPU, when HABEAS_TEST_CPU_LOG names a file to append it to (docs/testing.md). */
const cpuLog = process.env.HABEAS_TEST_CPU_LOG ? ['test/support/cpu-per-file.ts'] : [];

// Files wait on PostgreSQL, on child processes and on Chromium as much as they compute: the
// process files use about half a core each. Two workers more than there are cores keep the
// cores busy while those run (Vitest's default is one fewer than cores).
const workers = availableParallelism() + 2;

export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: workers,
    // The V8 flags of every Habeas process (bin/engine-flags.js): the workers extract too.
    execArgv: ENGINE_FLAGS,
    // The process files (the longest) first: test/support/sequencer.ts.
    sequence: { sequencer: LongFirstSequencer },
    testTimeout: 60_000,
    // expect.poll waits 1 s by default: a page that renders in 1.5 s on a machine at load 10
    // (2 cores shared with other suites) is not a failure of the page.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 120_000,
    reporters: ['default'],
    projects: [
      // Files run one after another in a worker with the modules already loaded (see database).
      {
        extends: true,
        test: {
          name: 'unit',
          include: unit,
          isolate: false,
          setupFiles: [perFileSetup, ...cpuLog],
        },
      },
      {
        extends: true,
        test: {
          name: 'database',
          include: all,
          exclude: [...unit, ...processes, ...browser],
          globalSetup: ['test/support/global-setup.ts'],
          // One worker runs file after file with the modules it has loaded: the application,
          // the name tables and PGlite's compiled WebAssembly are loaded once per worker, not
          // once per file (a third of this project's CPU time; docs/testing.md). The files
          // share no state but those caches: each opens and closes its own databases.
          isolate: false,
          setupFiles: [perFileSetup, ...cpuLog],
        },
      },
      {
        extends: true,
        test: {
          name: 'process',
          include: processes,
          // The CLI compiled once for the run (test/support/cli-build.ts), not by tsx per process.
          globalSetup: ['test/support/global-setup.ts', 'test/support/global-setup-cli.ts'],
          setupFiles: cpuLog,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: browser,
          globalSetup: ['test/support/global-setup.ts', 'test/support/global-setup-web.ts'],
          setupFiles: cpuLog,
        },
      },
    ],
  },
});
