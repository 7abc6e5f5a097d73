/**
 * Measuring aid, off unless HABEAS_TEST_CPU_LOG names a file (vitest.config.ts adds this setup
 * file to every project then): appends one JSON line per test file with the CPU seconds its
 * worker spent on it, its own (user, system) and that of the child processes it started and
 * waited for (CLI processes, Chromium; not the PostgreSQL server's), read from /proc/self/stat.
 * With `isolate: false` a worker runs several files: each line is the difference from the
 * file's start. Linux only.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { afterAll, expect } from 'vitest';

const TICKS = 100; // USER_HZ, what /proc reports in on Linux

function cpu(): { user: number; sys: number; childUser: number; childSys: number } {
  // Fields after the command name, which is in parentheses and may hold spaces.
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime, stime, cutime, cstime are fields 14-17, here 11-14 (the first two are gone).
  const [user, sys, childUser, childSys] = f.slice(11, 15).map((x) => Number(x) / TICKS);
  return { user: user!, sys: sys!, childUser: childUser!, childSys: childSys! };
}

const log = process.env.HABEAS_TEST_CPU_LOG;
if (log) {
  const start = cpu();
  const began = Date.now();
  const file = expect.getState().testPath ?? '';
  afterAll(() => {
    const end = cpu();
    const d = (k: keyof typeof start) => Math.round((end[k] - start[k]) * 100) / 100;
    const line = {
      file: file.replace(`${process.cwd()}/`, ''),
      wall: (Date.now() - began) / 1000,
      user: d('user'),
      sys: d('sys'),
      childUser: d('childUser'),
      childSys: d('childSys'),
    };
    appendFileSync(log, `${JSON.stringify(line)}\n`);
  });
}
