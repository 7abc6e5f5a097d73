import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type CliIo, UsageError } from './command.ts';
import { maxInputBytes, readAllCapped, tooLarge } from './input-limit.ts';

/** Reads a named file, or standard input for '-', with an error that names the file. */
export async function readInput(io: CliIo, file: string): Promise<string> {
  const max = maxInputBytes(io.env);
  if (file === '-') return readAllCapped(io.stdin, 'standard input', max);
  try {
    const path = resolve(io.cwd, file);
    const size = (await stat(path)).size;
    if (size > max) throw new UsageError(tooLarge(file, size, max));
    return await readFile(path, 'utf8');
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`file not found: ${file}`);
    if (code === 'EISDIR') throw new UsageError(`${file} is a folder, not a file`);
    throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
  }
}
