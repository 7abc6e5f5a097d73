import type { ReportInput } from './api/types.ts';

/** What a file holds, as report inputs for the ingestion API, with the lines it could not read. */
export function parseReportFile(
  name: string,
  content: string,
): { items: ReportInput[]; problems: Array<{ line: number; message: string }> } {
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
  const problems: Array<{ line: number; message: string }> = [];
  content.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (e) {
      problems.push({ line: i + 1, message: (e as Error).message });
      return;
    }
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
      problems.push({ line: i + 1, message: 'expected a JSON object' });
      return;
    }
    const rec = obj as Record<string, unknown>;
    const item: ReportInput = {};
    for (const f of fields) if (typeof rec[f] === 'string' && rec[f]) item[f] = rec[f] as string;
    if (!item.text && !item.html && !item.url) {
      problems.push({ line: i + 1, message: 'needs text, html or url' });
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

/** A file's text through FileReader, which every browser (and jsdom) has. */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((done, fail) => {
    const reader = new FileReader();
    reader.onload = () => done(String(reader.result ?? ''));
    reader.onerror = () => fail(reader.error ?? new Error('could not read the file'));
    reader.readAsText(file);
  });
}
