/**
 * The most bytes `habeas import` and `habeas ingest` read from one file or from standard
 * input (src/core/limits.ts; HABEAS_MAX_INPUT_BYTES overrides it), so a huge or endless input
 * is refused with a clear message instead of exhausting the memory.
 */
import { limits } from '../core/limits.ts';
import { UsageError } from './command.ts';

export function maxInputBytes(env: NodeJS.ProcessEnv): number {
  const raw = env.HABEAS_MAX_INPUT_BYTES?.trim();
  if (!raw) return limits.inputFileBytes;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`HABEAS_MAX_INPUT_BYTES: expected a positive whole number, got '${raw}'`);
  return n;
}

export function tooLarge(name: string, size: number | null, max: number): string {
  const is = size === null ? 'is larger than' : `is ${size} bytes, more than`;
  return `${name} ${is} ${max} bytes, the most habeas reads from one input (HABEAS_MAX_INPUT_BYTES)`;
}

/** Reads a stream whole, refusing it as soon as it passes max bytes. */
export async function readAllCapped(
  stream: NodeJS.ReadableStream,
  name: string,
  max: number,
): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of stream) {
    const b = typeof c === 'string' ? Buffer.from(c) : (c as Buffer);
    size += b.length;
    if (size > max) throw new UsageError(tooLarge(name, null, max));
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString('utf8');
}
