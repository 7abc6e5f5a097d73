import { Readable } from 'node:stream';
import type { CliIo } from '../../src/cli/command.ts';

/** A CliIo that records what a command prints, with optional stdin text. */
export function captureIo(stdin = '', env: NodeJS.ProcessEnv = {}, cwd = process.cwd()) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo & { stdout(): string; stderr(): string } = {
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    stdin: Readable.from([stdin]),
    env,
    cwd,
    isTTY: false,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
  return io;
}
