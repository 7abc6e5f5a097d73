import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type CliIo, UsageError } from './command.ts';

/** Reads a named file, or standard input for '-', with an error that names the file. */
export async function readInput(io: CliIo, file: string): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const c of io.stdin)
      chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(resolve(io.cwd, file), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`file not found: ${file}`);
    if (code === 'EISDIR') throw new UsageError(`${file} is a folder, not a file`);
    throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
  }
}
