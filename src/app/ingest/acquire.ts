/**
 * acquire: a command-line argument (a file, a folder, a JSONL batch, '-', a URL, a feed) ->
 * report inputs. Each kind of input is an Acquirer; the CLI injects the list (files and folders
 * from src/cli/ingest-files.ts; URL and feed fetchers are added the same way), and the first
 * one that can handle an argument reads it. Bad items come out as problems, never as throws,
 * so one broken line does not stop a batch.
 */

import { badReportUrl, limits, nulField, oversizedField } from '../../core/limits.ts';
import { wellFormed } from '../../core/unicode.ts';
import type { ReportInput } from './ingest-report.ts';

/** One report to ingest, or why an item could not become one; `origin` names where it came from. */
export type AcquiredItem =
  | { origin: string; input: ReportInput }
  | { origin: string; problem: string };

export interface Acquirer {
  /** Short name for messages ('file', 'folder', 'jsonl', 'url', 'feed'). */
  name: string;
  canHandle(arg: string): boolean | Promise<boolean>;
  read(arg: string): AsyncIterable<AcquiredItem>;
}

export class NoAcquirerError extends Error {
  constructor(readonly arg: string) {
    super(`cannot read '${arg}': not a file, folder, JSONL batch or supported URL`);
  }
}

/** Items of the first acquirer that handles arg. */
export async function* acquire(
  arg: string,
  acquirers: readonly Acquirer[],
): AsyncIterable<AcquiredItem> {
  for (const a of acquirers) {
    if (await a.canHandle(arg)) {
      yield* a.read(arg);
      return;
    }
  }
  throw new NoAcquirerError(arg);
}

const optionalString = (v: unknown) => v === undefined || v === null || typeof v === 'string';

/** One JSONL line `{ url, title, publishedAt, text | html }` -> a report input or a problem. */
export function parseJsonlLine(line: string, origin: string): AcquiredItem | null {
  if (!line.trim()) return null;
  if (line.length > limits.jsonlLineChars)
    return {
      origin,
      problem: `the line is ${line.length} characters long; the limit is ${limits.jsonlLineChars}`,
    };
  let doc: unknown;
  try {
    doc = JSON.parse(line);
  } catch (e) {
    return { origin, problem: `not valid JSON: ${(e as Error).message}` };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return { origin, problem: 'expected a JSON object' };
  }
  const d = doc as Record<string, unknown>;
  for (const k of ['url', 'title', 'publishedAt', 'text', 'html']) {
    if (!optionalString(d[k])) return { origin, problem: `${k} must be a string` };
  }
  const input: ReportInput = {};
  for (const k of ['url', 'title', 'publishedAt', 'text', 'html'] as const) {
    const v = d[k];
    // JSON may spell unpaired surrogates ("\ud800"), which no database stores.
    if (typeof v === 'string') input[k] = wellFormed(v);
  }
  if ((input.text === undefined) === (input.html === undefined)) {
    return { origin, problem: 'give exactly one of text or html' };
  }
  const refused = oversizedField(input) ?? nulField(input) ?? badReportUrl(input.url);
  if (refused) return { origin, problem: refused };
  return { origin, input };
}

/** Every line of a JSONL document, numbered from 1 in origins ('batch.jsonl:3'). */
export async function* jsonlItems(
  lines: AsyncIterable<string>,
  name: string,
): AsyncIterable<AcquiredItem> {
  let n = 0;
  for await (const line of lines) {
    n++;
    const item = parseJsonlLine(line, `${name}:${n}`);
    if (item) yield item;
  }
}
