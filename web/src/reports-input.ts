import type { ReportInput } from './api/types.ts';

/**
 * Why a line of a file could not be read, as a code: the page says it in the reader's language
 * (`add.line.<reason>`). The JSON parser's own message is left out: it is English in every
 * browser, and the line number says where to look.
 */
export type LineReason = 'notJson' | 'notObject' | 'noContent';
export interface LineProblem {
  line: number;
  reason: LineReason;
}

/** What a file holds, as report inputs for the ingestion API, with the lines it could not read. */
export function parseReportFile(
  name: string,
  content: string,
): { items: ReportInput[]; problems: LineProblem[] } {
  const lower = name.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return parseJsonl(content);
  if (lower.endsWith('.html') || lower.endsWith('.htm'))
    return { items: [{ html: content, title: name }], problems: [] };
  return { items: [{ text: content }], problems: [] };
}

const fields = ['text', 'html', 'url', 'title', 'publishedAt'] as const;

/** One report per line: { url, title, publishedAt, text | html }; bad lines are reported, not fatal. */
export function parseJsonl(content: string) {
  const items: ReportInput[] = [];
  const problems: LineProblem[] = [];
  content.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch {
      problems.push({ line: i + 1, reason: 'notJson' });
      return;
    }
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
      problems.push({ line: i + 1, reason: 'notObject' });
      return;
    }
    const rec = obj as Record<string, unknown>;
    const item: ReportInput = {};
    for (const f of fields) if (typeof rec[f] === 'string' && rec[f]) item[f] = rec[f] as string;
    if (!item.text && !item.html && !item.url) {
      problems.push({ line: i + 1, reason: 'noContent' });
      return;
    }
    items.push(item);
  });
  return { items, problems };
}

/** Pasted content: HTML when it looks like markup, else plain text. */
export function pastedInput(
  content: string,
  extra: Omit<ReportInput, 'text' | 'html'>,
): ReportInput {
  const looksHtml =
    /^\s*</.test(content) && /<\/?(p|div|article|html|body|br|h\d)\b/i.test(content);
  const clean = Object.fromEntries(Object.entries(extra).filter(([, v]) => v)) as ReportInput;
  return looksHtml ? { ...clean, html: content } : { ...clean, text: content };
}

/** The file could not be read (gone, or refused by the browser): the page says so in words. */
export class UnreadableFile extends Error {}

/** A file's text through FileReader, which every browser (and jsdom) has. */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((done, fail) => {
    const reader = new FileReader();
    reader.onload = () => done(String(reader.result ?? ''));
    reader.onerror = () => fail(new UnreadableFile(reader.error?.message ?? 'unreadable'));
    reader.readAsText(file);
  });
}
