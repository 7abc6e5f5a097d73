// Size limits on hostile input: JSONL lines and fields, CLI input files (import and ingest),
// API report fields and batch size, feeds. Each refusal names what and the limit.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchTooLargeError, safeFetch } from '../../src/adapters/news/fetch.ts';
import { readUrl } from '../../src/adapters/news/url-source.ts';
import { parseJsonlLine } from '../../src/app/ingest/acquire.ts';
import { dumpToCsv } from '../../src/app/transfer/ledger-csv.ts';
import { main } from '../../src/cli/main.ts';
import { limits } from '../../src/core/limits.ts';
import type { LedgerDump } from '../../src/core/model/dump.ts';
import { send, startServer } from '../adapters/news/local-server.ts';
import { type SignedInServer, signedInServer, signIn } from '../support/auth.ts';
import { cliBackends } from '../support/cli-databases.ts';
import { backends } from '../support/databases.ts';
import { captureIo } from '../support/io.ts';

const dir = mkdtempSync(join(tmpdir(), 'habeas-limits-'));

describe('JSONL lines', () => {
  it('refuses a line longer than the limit, naming the line', () => {
    const line = JSON.stringify({ text: 'x'.repeat(limits.jsonlLineChars) });
    expect(parseJsonlLine(line, 'batch.jsonl:7')).toEqual({
      origin: 'batch.jsonl:7',
      problem: `the line is ${line.length} characters long; the limit is ${limits.jsonlLineChars}`,
    });
  });

  it('refuses oversized fields, naming the field and the limit', () => {
    const cases: Array<[object, string]> = [
      [
        { text: 'y'.repeat(limits.reportTextChars + 1) },
        'text is 2000001 characters long; the limit is 2000000',
      ],
      [
        { html: `<p>${'z'.repeat(limits.reportHtmlChars)}</p>` },
        'html is 5000007 characters long; the limit is 5000000',
      ],
      [{ text: 'ok', title: 't'.repeat(1001) }, 'title is 1001 characters long; the limit is 1000'],
      [
        { text: 'ok', url: `https://x.example/${'u'.repeat(2000)}` },
        'url is 2018 characters long; the limit is 2000',
      ],
    ];
    for (const [doc, problem] of cases)
      expect(parseJsonlLine(JSON.stringify(doc), 'b:1')).toEqual({ origin: 'b:1', problem });
  });

  it('keeps only http and https report addresses', () => {
    expect(parseJsonlLine('{"text":"ok","url":"javascript:alert(1)"}', 'b:2')).toEqual({
      origin: 'b:2',
      problem: 'url must be an http or https address, not javascript ("javascript:alert(1)")',
    });
    expect(parseJsonlLine('{"text":"ok","url":"not a url"}', 'b:3')).toMatchObject({
      problem: 'url "not a url" is not a valid address',
    });
    expect(parseJsonlLine('{"text":"ok","url":"https://news.example/a"}', 'b:4')).toMatchObject({
      input: { text: 'ok', url: 'https://news.example/a' },
    });
  });

  it('a line just under the limits goes through', () => {
    const doc = { text: 'w'.repeat(limits.reportTextChars), title: 't'.repeat(1000) };
    expect(parseJsonlLine(JSON.stringify(doc), 'b:5')).toMatchObject({
      input: { title: doc.title },
    });
  });
});

describe.each(cliBackends())('CLI input files on $name', (backend) => {
  let database: NodeJS.ProcessEnv;
  beforeAll(async () => {
    database = await backend.fresh();
  });
  afterAll(() => backend.cleanup());

  async function run(env: NodeJS.ProcessEnv, stdin: string, ...argv: string[]) {
    const io = captureIo(stdin, { ...database, ...env }, dir);
    const code = await main(argv, io);
    return { code, out: io.stdout(), err: io.stderr() };
  }

  it('habeas import refuses a file over HABEAS_MAX_INPUT_BYTES before reading it', async () => {
    writeFileSync(join(dir, 'big.json'), `{"format":"habeas-ledger",${' '.repeat(5000)}}`);
    const r = await run({ HABEAS_MAX_INPUT_BYTES: '4096' }, '', 'import', 'big.json');
    expect(r.code).not.toBe(0);
    expect(r.err).toContain(
      'big.json is 5027 bytes, more than 4096 bytes, the most habeas reads from one input (HABEAS_MAX_INPUT_BYTES)',
    );
    const csv = await run(
      { HABEAS_MAX_INPUT_BYTES: '4096' },
      'x'.repeat(5000),
      'import',
      '--format',
      'csv',
      '-',
    );
    expect(csv.code).not.toBe(0);
    expect(csv.err).toContain('standard input is larger than 4096 bytes');
  });

  it('habeas import refuses a malformed limit', async () => {
    const r = await run({ HABEAS_MAX_INPUT_BYTES: 'lots' }, '', 'import', 'big.json');
    expect(r.code).not.toBe(0);
    expect(r.err).toContain("HABEAS_MAX_INPUT_BYTES: expected a positive whole number, got 'lots'");
  });

  it('habeas ingest reports an oversized file and an oversized text as problems', async () => {
    writeFileSync(join(dir, 'huge.txt'), 'Nine people were freed. '.repeat(400));
    const r = await run({ HABEAS_MAX_INPUT_BYTES: '4096' }, '', 'ingest', 'huge.txt');
    expect(r.code).toBe(1);
    expect(r.out + r.err).toContain('huge.txt is 9600 bytes, more than 4096 bytes');
    writeFileSync(join(dir, 'long.txt'), 'v'.repeat(limits.reportTextChars + 5));
    const long = await run({}, '', 'ingest', 'long.txt');
    expect(long.code).toBe(1);
    expect(long.out + long.err).toContain('text is 2000005 characters long; the limit is 2000000');
  }, 240_000);
});

describe.each(backends())('API report fields and batches on $name', (backend) => {
  let s: SignedInServer;
  beforeAll(async () => {
    s = await signedInServer(backend);
  }, 60_000);
  afterAll(() => s?.close());

  const post = (url: string, payload: unknown) =>
    s.app.inject({ method: 'POST', url, headers: s.headers, payload: payload as object });

  it('a report text over the limit is a 400 naming the field', async () => {
    const r = await post('/api/reports', { text: 'a'.repeat(limits.reportTextChars + 1) });
    expect(r.statusCode).toBe(400);
    expect(r.json().message).toMatch(/^body\.text: .*2000000/);
  });

  it(`a batch of more than ${limits.batchItems} reports is a 400 naming items`, async () => {
    const items = Array.from({ length: limits.batchItems + 1 }, (_, i) => ({ text: `r${i}` }));
    const r = await post('/api/reports/batch', { items });
    expect(r.statusCode).toBe(400);
    expect(r.json().message).toMatch(/^body\.items: .*1000/);
    expect(await s.ctx.db.claims.countClaims({})).toBe(0);
  });

  it('a title over the limit is a 400 naming the field', async () => {
    const r = await post('/api/reports', { text: 'Nine freed.', title: 't'.repeat(1001) });
    expect(r.statusCode).toBe(400);
    expect(r.json().message).toMatch(/^body\.title: /);
  });
});

describe.each(backends())('POST /api/import (an admin uploads a ledger) on $name', (backend) => {
  let s: SignedInServer;
  beforeAll(async () => {
    s = await signedInServer(backend, { role: 'admin' });
  }, 60_000);
  afterAll(() => s?.close());

  const ledger = {
    format: 'habeas-ledger',
    version: 1,
    sources: [],
    entities: [{ id: 'per_up1', type: 'person', createdAt: '2025-01-01T00:00:00.000Z' }],
    claims: [
      {
        id: 'clm_up1',
        subjectId: 'per_up1',
        subjectType: 'person',
        property: 'name',
        value: {
          type: 'name',
          name: { value: 'Ales Upload', script: 'latin', language: 'en', kind: 'official' },
        },
        sourceId: null,
        evidence: null,
        author: { kind: 'import', name: 'test' },
        createdAt: '2025-01-01T00:00:00.000Z',
        confidence: 1,
        initialState: 'accepted',
        supersedes: null,
      },
    ],
    reviews: [],
  };

  it('imports JSON, then the same ledger as CSV adds nothing', async () => {
    const r = await s.app.inject({
      method: 'POST',
      url: '/api/import',
      headers: s.headers,
      payload: ledger,
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ entities: 1, claims: 1 });
    const csv = dumpToCsv(ledger as unknown as LedgerDump);
    const again = await s.app.inject({
      method: 'POST',
      url: '/api/import',
      headers: { ...s.headers, 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ entities: 0, claims: 0 });
  });

  it('a damaged ledger is a 400 naming where; nothing is stored', async () => {
    const before = await s.ctx.db.claims.countClaims({});
    const bad = { ...ledger, claims: [{ ...ledger.claims[0], id: 'clm_up2', subjectId: 'per_x' }] };
    const r = await s.app.inject({
      method: 'POST',
      url: '/api/import',
      headers: s.headers,
      payload: bad,
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().message).toContain("claims[0].subjectId: entity 'per_x' is not in the file");
    const csv = await s.app.inject({
      method: 'POST',
      url: '/api/import',
      headers: { ...s.headers, 'content-type': 'text/csv' },
      payload: 'record,id\r\nsource,"oops',
    });
    expect(csv.statusCode).toBe(400);
    expect(csv.json().message).toMatch(/line|header/);
    expect(await s.ctx.db.claims.countClaims({})).toBe(before);
  });

  it(`an upload over ${limits.importBodyBytes} bytes is a 413 naming the limit`, async () => {
    for (const type of ['application/json', 'text/csv']) {
      const r = await s.app.inject({
        method: 'POST',
        url: '/api/import',
        headers: { ...s.headers, 'content-type': type },
        payload: 'x'.repeat(limits.importBodyBytes + 1),
      });
      expect(r.statusCode).toBe(413);
      expect(r.json().message).toContain(
        `larger than the limit of ${limits.importBodyBytes} bytes`,
      );
    }
  });

  it('needs the admin role', async () => {
    const editor = await signIn(s.app, s.ctx, 'editor');
    const r = await s.app.inject({
      method: 'POST',
      url: '/api/import',
      headers: editor,
      payload: ledger,
    });
    expect(r.statusCode).toBe(403);
  });
});

describe('feeds', () => {
  it('a feed larger than the cap is refused while reading, as a problem', async () => {
    const server = await startServer();
    try {
      const items = Array.from(
        { length: 2000 },
        (_, i) =>
          `<item><title>Item ${i}</title><description>${'d'.repeat(100)}</description></item>`,
      ).join('');
      server.route(
        '/feed',
        send(
          200,
          'application/rss+xml',
          `<?xml version="1.0"?><rss version="2.0"><channel>${items}</channel></rss>`,
        ),
      );
      const opts = { timeoutMs: 3000, maxBytes: 50_000, maxRedirects: 2, allowPrivate: true };
      await expect(safeFetch(`${server.origin}/feed`, opts)).rejects.toThrow(FetchTooLargeError);
      const entries = [];
      for await (const e of readUrl(`${server.origin}/feed`, { fetch: opts })) entries.push(e);
      expect(entries).toEqual([
        { problem: expect.stringMatching(/larger than 50000 bytes \(HABEAS_FETCH_MAX_BYTES\)/) },
      ]);
    } finally {
      await server.close();
    }
  });
});
