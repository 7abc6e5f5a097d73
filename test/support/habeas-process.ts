/**
 * The real `habeas` CLI in a child process, for tests that kill it, restart it or serve with
 * it: `startHabeas` gives the child and a promise of how it ended; `runHabeas` waits for it.
 * DATABASE_URL from the test's own environment is cleared so each test picks its backend.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { inject } from 'vitest';
import { ENGINE_FLAGS } from '../../bin/engine-flag-list.js';

export const projectRoot = join(import.meta.dirname, '../..');

/**
 * The CLI's entry file: in the process project, the build its global setup compiled for this
 * run (./cli-build.ts), which starts without compiling the sources again; elsewhere the shipped
 * bin/habeas.js, which runs them through tsx.
 */
export function habeasEntry(): string {
  return inject('habeasCli') || join(projectRoot, 'bin/habeas.js');
}

/**
 * V8 flags of the CLI processes tests start. Most live a second or two, and V8 compiles PGlite's
 * WebAssembly twice: quick baseline code first, then optimised code in background threads. The
 * second compile, about 0.8 of a process's 3 CPU seconds, is spent on processes that exit before
 * it pays off; `--liftoff-only` keeps the baseline code (same program, same answers). The test
 * build of the CLI does not start from bin/habeas.js, so it gets that file's flags here.
 */
export const habeasNodeFlags = ['--liftoff-only', ...ENGINE_FLAGS];

/** The arguments of `node` that run the CLI with `args`. */
export function habeasArgv(args: string[]): string[] {
  return [...habeasNodeFlags, habeasEntry(), ...args];
}

export interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Started {
  child: ChildProcess;
  done: Promise<Ran>;
  /** What the child has written to standard error so far. */
  stderr(): string;
}

export function startHabeas(args: string[], env: NodeJS.ProcessEnv): Started {
  const child = spawn(process.execPath, habeasArgv(args), {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  // Decoded by the stream, so a character split between two chunks stays whole.
  child.stdout?.setEncoding('utf8');
  child.stderr?.setEncoding('utf8');
  child.stdout?.on('data', (d: string) => {
    stdout += d;
  });
  child.stderr?.on('data', (d: string) => {
    stderr += d;
  });
  const done = new Promise<Ran>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done, stderr: () => stderr };
}

export const runHabeas = (args: string[], env: NodeJS.ProcessEnv) => startHabeas(args, env).done;

/** What one command of `runHabeasSteps` ended with and wrote. */
export interface Step {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the command lines `steps` one after the other in one CLI process (./habeas-steps.ts):
 * each as `habeas ARGS...` would, opening and closing its own database, for about a quarter of
 * the CPU a process of its own costs. For steps whose point is what the commands do; a test of
 * a start, a kill or a restart starts its processes with `startHabeas`/`runHabeas`.
 */
export async function runHabeasSteps(steps: string[][], env: NodeJS.ProcessEnv): Promise<Step[]> {
  const built = inject('habeasCli');
  // Outside the process project (no build), the same entry through tsx, as bin/habeas.js runs.
  const entry = built
    ? [join(built, '../habeas-steps.js')]
    : ['--import', 'tsx/esm', join(projectRoot, 'test/support/habeas-steps.ts')];
  const child = spawn(process.execPath, [...habeasNodeFlags, ...entry, JSON.stringify(steps)], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (d: string) => {
    stdout += d;
  });
  child.stderr.on('data', (d: string) => {
    stderr += d;
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`habeas-steps ended with ${code}: ${stderr}`);
  const ran = JSON.parse(stdout) as Step[];
  if (ran.length !== steps.length) throw new Error(`habeas-steps ran ${ran.length} steps`);
  return ran;
}

/** Polls `check` every 25 ms until it gives true; fails after `ms` with `what` in the message. */
export async function waitFor(
  what: string,
  check: () => boolean | Promise<boolean>,
  ms = 120_000,
): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
