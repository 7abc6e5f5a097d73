import { describe, expect, it } from 'vitest';
import { parseReportJsonl, parseReportLine } from '../../../src/adapters/news/jsonl.ts';

describe('parseReportLine', () => {
  it('reads text reports with their metadata', () => {
    const parsed = parseReportLine(
      JSON.stringify({
        url: 'u',
        title: 't',
        publishedAt: '2025-09-11',
        text: 'Belarus freed 52.',
      }),
      3,
    );
    expect(parsed).toEqual({
      report: {
        line: 3,
        input: { url: 'u', title: 't', publishedAt: '2025-09-11', text: 'Belarus freed 52.' },
        problems: [],
      },
    });
  });

  it('turns HTML into main text and keeps the page title', () => {
    const parsed = parseReportLine(
      JSON.stringify({
        html: '<html><head><title>T1</title></head><body><p>Belarus freed 52 prisoners.</p></body></html>',
      }),
      1,
    );
    expect(parsed && 'report' in parsed && parsed.report.input.text).toBe(
      'Belarus freed 52 prisoners.',
    );
    expect(parsed && 'report' in parsed && parsed.report.input.title).toBe('T1');
  });

  it('cuts a timestamp to its day and flags an impossible date without dropping the line', () => {
    const a = parseReportLine(
      JSON.stringify({ text: 'x', publishedAt: '2025-09-11T08:00:00Z' }),
      1,
    );
    expect(a && 'report' in a && a.report.input.publishedAt).toBe('2025-09-11');
    const b = parseReportLine(JSON.stringify({ text: 'x', publishedAt: '2025-02-30' }), 7);
    expect(b && 'report' in b && b.report.problems[0]).toContain('line 7');
  });

  it('reports bad lines as problems with their number', () => {
    expect(parseReportLine('{oops', 2)).toMatchObject({ problem: { line: 2 } });
    expect(parseReportLine('[1,2]', 4)).toEqual({
      problem: { line: 4, message: 'expected a JSON object' },
    });
    expect(parseReportLine('{"url":"u"}', 5)).toEqual({
      problem: { line: 5, message: 'needs "text" or "html"' },
    });
    expect(parseReportLine('{"text":1}', 6)).toEqual({
      problem: { line: 6, message: '"text" must be a string' },
    });
    expect(parseReportLine('   ', 8)).toBeNull();
  });

  it('numbers lines across a batch, skipping blanks, with CRLF', () => {
    const out = [...parseReportJsonl('{"text":"a"}\r\n\r\n{bad\r\n{"text":"b"}')];
    expect(out.map((p) => ('report' in p ? p.report.line : p.problem.line))).toEqual([1, 3, 4]);
  });
});
