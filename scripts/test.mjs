#!/usr/bin/env node
// `npm test`: the lint first (seconds), then the type check beside the tests, then the hostile
// check. The type check (tsc, one core for about half a minute) runs while Vitest makes its
// templates and builds (one core) and starts its files; its output is held and printed when
// it ends, so it does not cut through the tests' report. Stops at the first step that fails,
// as the `&&` chain it replaces did; a failed type check still lets the tests finish first.
import { spawn } from 'node:child_process';

/** Runs `command` in a shell; resolves to its exit code, its output held unless `show`. */
function run(command, { show = true } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: show ? 'inherit' : 'pipe' });
    let output = '';
    child.stdout?.on('data', (d) => {
      output += d;
    });
    child.stderr?.on('data', (d) => {
      output += d;
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

function fail(step) {
  process.stderr.write(`\nnpm test: ${step} failed\n`);
  process.exit(1);
}

if ((await run('npm run -s lint')).code !== 0) fail('lint');

const typecheck = run('npm run -s typecheck', { show: false });
const tests = await run('vitest run');
const types = await typecheck;
process.stdout.write(`\n> npm run typecheck\n${types.output || 'no type errors\n'}`);
if (types.code !== 0) fail('typecheck');
if (tests.code !== 0) fail('vitest run');

if ((await run('npm run -s check:hostile')).code !== 0) fail('check:hostile');
