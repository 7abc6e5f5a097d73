/**
 * Reads a response body into memory, decompressing it, and stops as soon as it passes the cap:
 * a huge page or a small compressed bomb costs at most maxBytes of memory.
 */
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { FetchNetworkError, FetchTooLargeError } from './fetch-errors.ts';

function decoded(res: IncomingMessage): Readable {
  const encoding = String(res.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return res.pipe(createGunzip());
  if (encoding === 'deflate') return res.pipe(createInflate());
  if (encoding === 'br') return res.pipe(createBrotliDecompress());
  return res;
}

export async function readCapped(
  res: IncomingMessage,
  url: string,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Uint8Array> {
  const declared = Number(res.headers['content-length']);
  const identity = !res.headers['content-encoding'];
  if (identity && Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw new FetchTooLargeError(url, maxBytes);
  }
  const stream = decoded(res);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buf = chunk as Buffer;
      total += buf.length;
      if (total > maxBytes) throw new FetchTooLargeError(url, maxBytes);
      chunks.push(buf);
    }
  } catch (e) {
    res.destroy();
    stream.destroy();
    if (signal.aborted) throw signal.reason;
    if (e instanceof FetchTooLargeError) throw e;
    throw new FetchNetworkError(url, `the answer broke off: ${(e as Error).message}`, { cause: e });
  }
  return new Uint8Array(Buffer.concat(chunks));
}
