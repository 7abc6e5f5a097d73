// JSONL batches of reports: one `{ "url", "title", "publishedAt", "text" | "html" }` per line.
// A bad line becomes a problem naming its line number; the other lines still go through.
import type { ExtractInput } from '../../core/extract/contract.ts';
import { isValidIsoDate } from '../../core/extract/dates.ts';
import { htmlToText } from './html-to-text.ts';

export interface LineProblem {
  line: number;
  message: string;
}

export interface JsonlReport {
  line: number;
  input: ExtractInput;
  /** Problems with this line that did not stop extraction (e.g. a bad publishedAt). */
  problems: string[];
}

export type ParsedLine = { report: JsonlReport } | { problem: LineProblem };

const FIELDS = new Set(['url', 'title', 'publishedAt', 'text', 'html', 'language']);

function optionalString(obj: Record<string, unknown>, key: string): string | undefined | Error {
  const v = obj[key];
  if (v === undefined || v === null) return undefined;
  return typeof v === 'string' ? v : new Error(`"${key}" must be a string`);
}

/** Parses one line; `line` is 1-based. Blank lines give null. */
export function parseReportLine(raw: string, line: number): ParsedLine | null {
  if (!raw.trim()) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return { problem: { line, message: `not valid JSON: ${(e as Error).message}` } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problem: { line, message: 'expected a JSON object' } };
  }
  const obj = value as Record<string, unknown>;
  const fields: Record<string, string | undefined> = {};
  for (const key of FIELDS) {
    const v = optionalString(obj, key);
    if (v instanceof Error) return { problem: { line, message: v.message } };
    fields[key] = v;
  }
  if (fields.text === undefined && fields.html === undefined) {
    return { problem: { line, message: 'needs "text" or "html"' } };
  }
  const problems: string[] = [];
  let text = fields.text;
  let title = fields.title;
  if (text === undefined) {
    const page = htmlToText(fields.html!);
    text = page.text;
    title ??= page.title ?? undefined;
    problems.push(...page.problems);
  }
  let publishedAt = fields.publishedAt;
  // Feeds often carry a timestamp; the day is what relative dates need.
  if (publishedAt && /^\d{4}-\d{2}-\d{2}T/.test(publishedAt))
    publishedAt = publishedAt.slice(0, 10);
  if (publishedAt !== undefined && !isValidIsoDate(publishedAt)) {
    problems.push(
      `line ${line}: publishedAt is not a YYYY-MM-DD date: ${JSON.stringify(fields.publishedAt)}`,
    );
    publishedAt = undefined;
  }
  const input: ExtractInput = { text };
  if (fields.url !== undefined) input.url = fields.url;
  if (title !== undefined) input.title = title;
  if (publishedAt !== undefined) input.publishedAt = publishedAt;
  if (fields.language !== undefined) input.language = fields.language;
  return { report: { line, input, problems } };
}

/** Every line of a JSONL text, in order. */
export function* parseReportJsonl(content: string): Generator<ParsedLine> {
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const parsed = parseReportLine(lines[i]!, i + 1);
    if (parsed) yield parsed;
  }
}
