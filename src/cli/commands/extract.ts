import { sha256Hex } from '../../adapters/digest.ts';
import { looksLikeHtml } from '../../adapters/news/looks-like-html.ts';
import type { ExtractInput, ExtractOutput } from '../../core/extract/contract.ts';
import { isValidIsoDate } from '../../core/extract/dates.ts';
import { extractReport, normaliseForHash } from '../../core/extract/index.ts';
import { type CliIo, type Command, jsonLine, parseCommandArgs, UsageError } from '../command.ts';
import { readInput } from '../read-input.ts';

const HELP = `Usage: habeas extract [--url URL] [--published YYYY-MM-DD] [--title T] [--html] FILE|-
       habeas extract --jsonl FILE.jsonl|-

Reads news reports and prints, for each, one JSON object (one line) with the releases it
describes (the one it is about marked "main", earlier ones it recalls "background"), each
with country, date, released count and qualifier, named released people, concessions,
mediators and destinations, plus claims of how many political prisoners remain. Every item
carries evidence: character offsets into the report's text and the exact quote between them.
Problems (no release found, a bad date) are reported in "problems", never as a crash.

Input:
  FILE is plain text or HTML (main text taken with Readability, markup dropped); '-' reads
  standard input. HTML is recognised by --html, a .html/.htm name or the content itself.
  A .jsonl file (or --jsonl) is a batch: one {"url","title","publishedAt","text"|"html"}
  object per line. A bad line is reported on standard error with its line number and the
  rest still run; the exit code is then 1.

Options:
  --url URL              the report's address (copied to report.url)
  --published YYYY-MM-DD the day it was published; resolves 'on Thursday', 'in June'
  --title T              the report's title
  --html                 treat the input as HTML
  --jsonl                treat the input as a JSONL batch

Offsets count UTF-16 code units (JavaScript string indices) into the report text: for HTML,
the extracted main text. See docs/extraction.md.
`;

/** The extraction with the content hash of its text (the contract of `habeas extract`). */
function extract(input: ExtractInput): ExtractOutput {
  const x = extractReport(input);
  const contentHash = sha256Hex(normaliseForHash(typeof input.text === 'string' ? input.text : ''));
  return { ...x, report: { ...x.report, contentHash } };
}

// The HTML reader (Readability over linkedom) is loaded only for HTML: plain text, the usual
// input of a program calling `habeas extract` once a report, starts a quarter of a second sooner.
const htmlReader = () => import('../../adapters/news/html-to-text.ts');

async function single(
  content: string,
  file: string,
  values: Record<string, unknown>,
): Promise<ExtractOutput> {
  const asHtml = values.html === true || /\.html?$/i.test(file) || looksLikeHtml(content);
  const page = asHtml ? (await htmlReader()).htmlToText(content) : null;
  const input: ExtractInput = { text: page ? page.text : content };
  const title = (values.title as string | undefined) ?? page?.title ?? undefined;
  if (title !== undefined) input.title = title;
  if (values.url !== undefined) input.url = values.url as string;
  if (values.published !== undefined) input.publishedAt = values.published as string;
  const result = extract(input);
  if (page) result.problems.unshift(...page.problems);
  return result;
}

async function batch(content: string, io: CliIo): Promise<number> {
  // Lines may carry HTML: the reader comes with the batch parser.
  const { parseReportJsonl } = await import('../../adapters/news/jsonl.ts');
  let bad = 0;
  for (const parsed of parseReportJsonl(content)) {
    if ('problem' in parsed) {
      bad++;
      io.err(`habeas extract: line ${parsed.problem.line}: ${parsed.problem.message}\n`);
      continue;
    }
    const { report } = parsed;
    let result: ExtractOutput;
    try {
      result = extract(report.input);
    } catch (e) {
      // A bug on one report must not stop a batch of thousands: report it and go on.
      bad++;
      io.err(`habeas extract: line ${report.line}: extraction failed: ${(e as Error).message}\n`);
      continue;
    }
    if (report.problems.some((p) => p.startsWith(`line ${report.line}:`))) {
      bad++;
      io.err(`habeas extract: line ${report.line}: bad publishedAt, extracted without it\n`);
    }
    result.problems.unshift(...report.problems);
    jsonLine(io, result);
  }
  return bad > 0 ? 1 : 0;
}

export const extractCommand: Command = {
  name: 'extract',
  summary: 'Extract releases, people, deals and counts from news reports as JSON',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      url: { type: 'string' },
      published: { type: 'string' },
      title: { type: 'string' },
      html: { type: 'boolean' },
      jsonl: { type: 'boolean' },
    });
    const [file, ...extra] = positionals;
    if (!file) throw new UsageError('give a FILE to extract from (or - for standard input)');
    if (extra.length) throw new UsageError(`unexpected argument '${extra[0]}'`);
    if (values.published !== undefined && !isValidIsoDate(values.published)) {
      throw new UsageError(`--published: expected a YYYY-MM-DD date, got '${values.published}'`);
    }
    const jsonl = values.jsonl === true || /\.jsonl$/i.test(file);
    if (jsonl && (values.url || values.published || values.title || values.html)) {
      throw new UsageError(
        '--url, --published, --title and --html apply to one report; JSONL lines carry their own',
      );
    }
    const content = await readInput(io, file);
    if (jsonl) return batch(content, io);
    jsonLine(io, await single(content, file, values));
    return 0;
  },
};
