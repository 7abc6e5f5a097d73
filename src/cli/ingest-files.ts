/**
 * Acquirers over the local machine: one file, a folder (walked in name order), a JSONL batch
 * and standard input ('-'). A report file may have a sidecar NAME.meta.json with
 * `{ publishedAt, url, title }`; `.html`/`.htm` files are read as HTML, `.jsonl` as batches,
 * `.txt`/`.md` (and any other single file) as plain text.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { type AcquiredItem, type Acquirer, jsonlItems } from '../app/ingest/acquire.ts';
import type { ReportInput } from '../app/ingest/ingest-report.ts';
import { oversizedField } from '../core/limits.ts';
import type { CliIo } from './command.ts';
import { maxInputBytes, readAllCapped, tooLarge } from './input-limit.ts';

export interface FileDefaults {
  publishedAt?: string;
  url?: string;
  title?: string;
}

const REPORT_EXT = new Set(['.txt', '.md', '.html', '.htm', '.jsonl']);

async function isDir(p: string): Promise<boolean> {
  return (await stat(p).catch(() => null))?.isDirectory() ?? false;
}

async function meta(path: string): Promise<FileDefaults | string> {
  const side = path.replace(/\.[^.]+$/, '.meta.json');
  const raw = await readFile(side, 'utf8').catch(() => null);
  if (raw === null) return {};
  try {
    const m = JSON.parse(raw) as Record<string, unknown>;
    const out: FileDefaults = {};
    for (const k of ['publishedAt', 'url', 'title'] as const) {
      if (typeof m[k] === 'string') out[k] = m[k] as string;
    }
    return out;
  } catch (e) {
    return `${basename(side)} is not valid JSON: ${(e as Error).message}`;
  }
}

function lines(path: string): AsyncIterable<string> {
  return createInterface({
    input: createReadStream(path, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
}

async function* readFileItems(
  path: string,
  origin: string,
  defaults: FileDefaults,
  maxBytes: number,
): AsyncIterable<AcquiredItem> {
  const ext = extname(path).toLowerCase();
  const size = (await stat(path).catch(() => null))?.size ?? 0;
  if (size > maxBytes) {
    yield { origin, problem: tooLarge(origin, size, maxBytes) };
    return;
  }
  if (ext === '.jsonl') {
    yield* jsonlItems(lines(path), origin);
    return;
  }
  const m = await meta(path);
  if (typeof m === 'string') {
    yield { origin, problem: m };
    return;
  }
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (e) {
    yield { origin, problem: `cannot read: ${(e as Error).message}` };
    return;
  }
  const base: ReportInput = { ...defaults, ...m };
  const html = ext === '.html' || ext === '.htm';
  const input = html ? { ...base, html: content } : { ...base, text: content };
  const refused = oversizedField(input);
  yield refused ? { origin, problem: refused } : { origin, input };
}

async function* walk(dir: string): AsyncIterable<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (REPORT_EXT.has(extname(e.name).toLowerCase())) yield p;
  }
}

/** Standard input: a JSONL batch when the first line is a JSON object, else one report. */
async function* stdinItems(io: CliIo, defaults: FileDefaults): AsyncIterable<AcquiredItem> {
  let content: string;
  try {
    content = await readAllCapped(io.stdin, 'standard input', maxInputBytes(io.env));
  } catch (e) {
    yield { origin: 'stdin', problem: (e as Error).message };
    return;
  }
  if (content.trimStart().startsWith('{')) {
    yield* jsonlItems(Readable.from(content.split(/\r?\n/)), 'stdin');
    return;
  }
  const input = { ...defaults, text: content };
  const refused = oversizedField(input);
  yield refused ? { origin: 'stdin', problem: refused } : { origin: 'stdin', input };
}

export function fileAcquirers(io: CliIo, defaults: FileDefaults = {}): Acquirer[] {
  const abs = (arg: string) => resolve(io.cwd, arg);
  const max = maxInputBytes(io.env);
  return [
    { name: 'stdin', canHandle: (arg) => arg === '-', read: () => stdinItems(io, defaults) },
    {
      name: 'folder',
      canHandle: (arg) => isDir(abs(arg)),
      async *read(arg) {
        const root = abs(arg);
        for await (const p of walk(root))
          yield* readFileItems(p, relative(io.cwd, p) || p, {}, max);
      },
    },
    {
      name: 'file',
      canHandle: async (arg) => (await stat(abs(arg)).catch(() => null))?.isFile() ?? false,
      read: (arg) => readFileItems(abs(arg), arg, defaults, max),
    },
  ];
}
