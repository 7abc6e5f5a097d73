/**
 * Test entry of the CLI that runs several command lines one after the other in one process:
 * `node habeas-steps.js '[["import","f.json"],["export","--all"]]'` runs `main` (src/cli/main.ts,
 * what bin/habeas.js runs) for each, as if each were `habeas ARGS...`, and prints a JSON array of
 * their exit codes and outputs. For process tests whose point is what the commands do, not that
 * each starts a process of its own: a CLI process costs about a CPU second before its work
 * (docs/testing.md). Each command still opens and closes its own database, as a process does.
 * Output written to process.stdout or process.stderr (the CLI's io, and the notices of the
 * adapters: a lock taken over, a lost connection) is held per command.
 */
import { main } from '../../src/cli/main.ts';

interface Step {
  code: number;
  stdout: string;
  stderr: string;
}

const steps = JSON.parse(process.argv[2] ?? '[]') as string[][];
const realStdout = process.stdout.write.bind(process.stdout);
const text = (chunk: string | Uint8Array) =>
  typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');

const results: Step[] = [];
for (const argv of steps) {
  const step: Step = { code: 0, stdout: '', stderr: '' };
  const out = process.stdout.write;
  const err = process.stderr.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    step.stdout += text(chunk);
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => {
    step.stderr += text(chunk);
    return true;
  }) as typeof process.stderr.write;
  try {
    step.code = await main(argv);
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
  results.push(step);
}
realStdout(JSON.stringify(results));
