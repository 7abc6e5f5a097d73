import { type Acquirer, acquire, NoAcquirerError } from '../../app/ingest/acquire.ts';
import type { BatchSummary } from '../../app/ingest/ingest-batch.ts';
import { cliActor } from '../actor.ts';
import { type Command, parseCommandArgs, UsageError } from '../command.ts';
import { withApp } from '../context.ts';
import { fileAcquirers } from '../ingest-files.ts';
import { batchRunner } from '../ingest-jobs.ts';
import { urlAcquirer } from '../ingest-urls.ts';

/**
 * More acquirers (URLs, feeds) are registered here by the modules that provide them; they are
 * tried before the local ones, in order.
 */
export const extraAcquirers: Array<(io: Parameters<Command['run']>[1]) => Acquirer> = [urlAcquirer];

function bar(done: number, width = 30): string {
  // The total is unknown while reading a stream, so the bar cycles and the count tells.
  const filled = done % (width + 1);
  return `[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}`;
}

export function summaryLines(s: BatchSummary): string {
  return [
    `read             ${s.read}`,
    `stored           ${s.stored}`,
    `duplicates       ${s.duplicates}`,
    `near duplicates  ${s.nearDuplicates}`,
    `events created   ${s.eventsCreated}`,
    `events joined    ${s.eventsJoined}`,
    `conflicts        ${s.conflicts}`,
    `claims proposed  ${s.claims}`,
    `problems         ${s.problems}`,
  ].join('\n');
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'Store reports, propose their facts as claims, resolve people and events',
  help: `Usage: habeas ingest [--published YYYY-MM-DD] [--url URL] [--title T] [--json] FILE|DIR|JSONL|URL|-

Reads reports and adds them to the ledger: each report is stored once (by content hash;
syndicated, spun and translated copies are linked to their original), its facts are
proposed as claims with evidence, its people resolved to registry persons, its releases
assigned to existing or new release events. Ingesting the same input twice changes nothing.

Inputs:
  FILE     a text report (.txt, .md, other) or an HTML page (.html, .htm); a sidecar
           FILE.meta.json may give { publishedAt, url, title }
  DIR      every report file in the folder and its subfolders, in name order
  JSONL    one report per line: { "url", "title", "publishedAt", "text" | "html" }
  -        standard input: a JSONL batch, or one text report
  URL      an http(s) address: an HTML page is one report, an RSS, Atom or JSON feed one report
           per item; private and loopback addresses are refused (docs/fetching.md)

Options:
  --published D   publication date of a single report (resolves 'on Thursday')
  --url URL       address of a single report
  --title T       title of a single report
  --json          print one JSON line per report and the summary as JSON
  --progress      when not on a terminal, print 'progress N' (reports done) to standard
                  error after each report, for logs and supervisors

With DATABASE_URL set, every report is a job on a queue in PostgreSQL: 'habeas worker'
processes share the jobs, this command helps while it waits, and a rerun after a crash
neither loses nor repeats a report.

A progress bar is shown on a terminal. Exit status 1 if any item had a problem.
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      published: { type: 'string' },
      url: { type: 'string' },
      title: { type: 'string' },
      json: { type: 'boolean' },
      progress: { type: 'boolean' },
    });
    if (positionals.length !== 1) throw new UsageError('give one FILE, DIR, JSONL, URL or -');
    const arg = positionals[0]!;
    if (values.published && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
      throw new UsageError(`--published: expected YYYY-MM-DD, got '${values.published}'`);
    }
    const defaults = {
      ...(values.published ? { publishedAt: values.published } : {}),
      ...(values.url ? { url: values.url } : {}),
      ...(values.title ? { title: values.title } : {}),
    };
    const acquirers = [...extraAcquirers.map((make) => make(io)), ...fileAcquirers(io, defaults)];
    const result = await withApp(io, async (ctx) => {
      try {
        return await batchRunner(io)(ctx, acquire(arg, acquirers), {
          by: cliActor(),
          onProgress: (done) => {
            if (io.isTTY) io.err(`\r${bar(done)}`);
            else if (values.progress) io.err(`progress ${done}\n`);
          },
        });
      } catch (e) {
        if (e instanceof NoAcquirerError) throw new UsageError(e.message);
        throw e;
      }
    });
    if (io.isTTY) io.err('\n');
    for (const p of result.problems) io.err(`${p.origin}: ${p.message}\n`);
    if (values.json) {
      for (const item of result.items)
        io.out(`${JSON.stringify({ origin: item.origin, ...item.result })}\n`);
      io.out(`${JSON.stringify({ summary: result.summary })}\n`);
    } else {
      io.out(`${summaryLines(result.summary)}\n`);
    }
    return result.problems.length > 0 ? 1 : 0;
  },
};
