/**
 * One address rule and plain-text titles at every way in (docs/security.md, "Markup never
 * runs"): the API (one report and a batch), `habeas ingest` (JSONL) and ledger imports, on each
 * backend. Before, `POST /api/reports` took `javascript:` and `data:` addresses (201) and served
 * them to anonymous readers, and kept `<img src=x onerror=...>` in titles.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/adapters/news/html-to-text.ts';
import { sanitiseForExtraction } from '../../src/adapters/news/sanitise.ts';
import { importLedger } from '../../src/app/transfer/import-ledger.ts';
import { main } from '../../src/cli/main.ts';
import { type SignedInServer, signedInServer, signIn } from '../support/auth.ts';
import { cliBackends } from '../support/cli-databases.ts';
import { backends } from '../support/databases.ts';
import { captureIo } from '../support/io.ts';

const text = 'Belarus freed nine political prisoners on 21 June 2025, Viasna said.';
const hostileTitle = '<img src=x onerror="alert(1)">Nine <b>freed</b> in Minsk<script>x()</script>';
const hostileUrls = [
  'javascript:alert(document.cookie)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'https://user:secret@news.example/a',
  'http://news.example@127.0.0.1/',
];

describe.each(backends())('report addresses and titles through the API on $name', (backend) => {
  let s: SignedInServer;
  beforeAll(async () => {
    // HTML reports as `habeas serve` reads them (src/wiring.ts).
    const htmlToPage = (html: string) => htmlToText(sanitiseForExtraction(html));
    s = await signedInServer(backend, { context: { htmlToText: htmlToPage } });
  });
  afterAll(() => s?.close());

  const post = (payload: object, url = '/api/reports') =>
    s.app.inject({ method: 'POST', url, headers: s.headers, payload });

  it('refuses every address that is not plain http(s), and stores none of them', async () => {
    for (const [i, url] of hostileUrls.entries()) {
      const r = await post({ text: `${text} (${i})`, url });
      expect(r.statusCode, url).toBe(400);
      expect(r.json().detail, url).toMatch(/^body\.url: /);
    }
    const batch = await post(
      { items: hostileUrls.map((url, i) => ({ text: `${text} [${i}]`, url })) },
      '/api/reports/batch',
    );
    expect(batch.statusCode).toBe(200);
    expect(batch.json().items).toEqual([]);
    expect(batch.json().problems).toHaveLength(hostileUrls.length);
    // Nothing of it reaches an anonymous reader.
    const sources = await s.app.inject({ method: 'GET', url: '/api/sources?limit=1000' });
    expect(sources.json().items).toEqual([]);
  });

  it('stores an address in its normal form', async () => {
    const r = await post({ text, url: 'HTTPS://News.Example:443/a/../b?x=1#comments' });
    expect(r.statusCode).toBe(201);
    expect(r.json().source.url).toBe('https://news.example/b?x=1');
  });

  it('stores titles as plain text and serves them so to anonymous readers', async () => {
    const r = await post({ text: `${text} Plain title.`, title: hostileTitle });
    expect(r.statusCode).toBe(201);
    expect(r.json().source.title).toBe('Nine freed in Minsk');
    const html = await post({
      html: `<html><head><title>&lt;svg onload=alert(1)&gt;Freed</title></head><body><p>${text} Page.</p></body></html>`,
    });
    expect(html.statusCode).toBe(201);
    expect(html.json().source.title).toBe('Freed');
    const batch = await post(
      { items: [{ text: `${text} Batch.`, title: '<a href="javascript:x">Batch</a> title' }] },
      '/api/reports/batch',
    );
    expect(batch.json().items[0].source.title).toBe('Batch title');
    const anonymous = await s.app.inject({ method: 'GET', url: '/api/sources?limit=1000' });
    const titles = anonymous.json().items.map((x: { title: string | null }) => x.title);
    expect(titles).toEqual(expect.arrayContaining(['Nine freed in Minsk', 'Freed', 'Batch title']));
    expect(anonymous.body).not.toMatch(/<|onerror|onload/);
  });
});

describe.each(backends())(
  'release and deal titles proposed through the API on $name',
  (backend) => {
    let s: SignedInServer;
    beforeAll(async () => {
      s = await signedInServer(backend);
    });
    afterAll(() => s?.close());

    it('stores them as plain text, as report titles, and refuses one of markup only', async () => {
      const at = s.ctx.clock.now();
      await s.ctx.db.entities.createEntities([
        { id: 'rel_title', type: 'release_event', createdAt: at },
        { id: 'deal_title', type: 'deal', createdAt: at },
      ]);
      const propose = (subjectId: string, text: string) =>
        s.app.inject({
          method: 'POST',
          url: '/api/claims',
          headers: s.headers,
          payload: { subjectId, property: 'title', value: { type: 'text', text } },
        });
      for (const id of ['rel_title', 'deal_title']) {
        const r = await propose(id, hostileTitle);
        expect(r.statusCode, id).toBe(201);
        expect(r.json().value).toEqual({ type: 'text', text: 'Nine freed in Minsk' });
      }
      const empty = await propose('rel_title', '<img src=x onerror=alert(1)>');
      expect(empty.statusCode).toBe(400);
      expect(empty.json().detail).toContain('a title needs words, not only markup');
      // A description is a note, not a title: kept as written (the web app shows it as text).
      const note = await s.app.inject({
        method: 'POST',
        url: '/api/claims',
        headers: s.headers,
        payload: {
          subjectId: 'rel_title',
          property: 'description',
          value: { type: 'text', text: 'a <b>bold</b> note' },
        },
      });
      expect(note.json().value.text).toBe('a <b>bold</b> note');
    });
  },
);

describe.each(backends())(
  'report addresses and titles in an imported ledger on $name',
  (backend) => {
    const ledger = (source: object) => ({
      format: 'habeas-ledger',
      version: 1,
      sources: [
        {
          id: 'src_1',
          url: null,
          title: null,
          publisher: null,
          publishedAt: null,
          language: null,
          contentHash: 'h1',
          text,
          ingestedAt: '2025-06-21T00:00:00.000Z',
          duplicateOf: null,
          ...source,
        },
      ],
      entities: [],
      claims: [],
      reviews: [],
    });

    it('refuses a source whose address breaks the rule, naming it', async () => {
      const db = await backend.open();
      try {
        for (const url of ['javascript:alert(1)', 'https://u:p@news.example/']) {
          await expect(importLedger(db, ledger({ url }))).rejects.toThrow(/sources\[0\]\.url: /);
        }
        expect(await db.sources.listSources({ limit: 10 })).toEqual([]);
      } finally {
        await db.close();
      }
    });

    it('stores its titles as plain text and addresses in normal form; a second import adds nothing', async () => {
      const db = await backend.open();
      try {
        const doc = ledger({ title: hostileTitle, url: 'HTTP://News.Example/a#top' });
        expect((await importLedger(db, doc)).sources).toBe(1);
        const [stored] = await db.sources.listSources({ limit: 10 });
        expect(stored).toMatchObject({
          title: 'Nine freed in Minsk',
          url: 'http://news.example/a',
        });
        expect(await importLedger(db, doc)).toMatchObject({ sources: 0, alreadyStored: 1 });
      } finally {
        await db.close();
      }
    });

    it('does the same for an admin uploading through POST /api/import', async () => {
      const s = await signedInServer(backend, { role: 'admin' });
      try {
        const bad = await s.app.inject({
          method: 'POST',
          url: '/api/import',
          headers: s.headers,
          payload: ledger({ url: 'data:text/html,<b>x</b>' }),
        });
        expect(bad.statusCode).toBe(400);
        expect(bad.json().detail).toContain('sources[0].url: must be an http or https address');
        const good = await s.app.inject({
          method: 'POST',
          url: '/api/import',
          headers: await signIn(s.app, s.ctx, 'admin'),
          payload: ledger({ title: hostileTitle }),
        });
        expect(good.statusCode).toBe(200);
        const source = await s.app.inject({ method: 'GET', url: '/api/sources/src_1' });
        expect(source.json().source.title).toBe('Nine freed in Minsk');
      } finally {
        await s.close();
      }
    });
  },
);

describe.each(cliBackends())('habeas ingest on $name', (backend) => {
  const dir = mkdtempSync(join(tmpdir(), 'habeas-addresses-'));
  let database: NodeJS.ProcessEnv;
  beforeAll(async () => {
    database = await backend.fresh();
  });
  afterAll(() => backend.cleanup());

  async function run(...argv: string[]) {
    const io = captureIo('', database, dir);
    const code = await main(argv, io);
    return { code, out: io.stdout(), err: io.stderr() };
  }

  it('refuses bad addresses as problems and stores titles as plain text', async () => {
    const lines = [
      { text: `${text} One.`, title: hostileTitle, url: 'https://News.Example/one#x' },
      { text: `${text} Two.`, url: 'data:text/html,x' },
      { text: `${text} Three.`, url: 'https://user:pw@news.example/three' },
    ];
    writeFileSync(join(dir, 'batch.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n'));
    const r = await run('ingest', 'batch.jsonl');
    expect(r.code).toBe(1);
    expect(r.out + r.err).toContain('batch.jsonl:2: url must be an http or https address');
    expect(r.out + r.err).toContain('batch.jsonl:3: url must not hold a user name or password');
    const dump = await run('export', '--all');
    const { sources } = JSON.parse(dump.out);
    expect(sources.map((x: { title: string; url: string }) => [x.title, x.url])).toEqual([
      ['Nine freed in Minsk', 'https://news.example/one'],
    ]);
  }, 240_000);
});

/** Past the address limit as given, and only in its normal form (each space is three). */
const longUrls = [
  `https://news.example/${'a'.repeat(1990)}`,
  `https://news.example/a${' '.repeat(700)}b`,
];

describe.each(cliBackends())('watched sources and webhooks from the CLI on $name', (backend) => {
  const dir = mkdtempSync(join(tmpdir(), 'habeas-addresses-cli-'));
  let database: NodeJS.ProcessEnv;
  beforeAll(async () => {
    database = await backend.fresh();
  });
  afterAll(() => backend.cleanup());

  async function run(...argv: string[]) {
    const io = captureIo('', database, dir);
    const code = await main(argv, io);
    return { code, out: io.stdout(), err: io.stderr() };
  }
  const hook = (url: string) => run('hooks', 'add', url, '--events', 'release.created');

  it('refuses the addresses the report rule refuses, and too long ones, naming the limit', async () => {
    // Each command opens the database: a few of each kind (the rule itself is one function,
    // tried on every address above through the API).
    const some = [hostileUrls[0]!, hostileUrls[3]!, hostileUrls[6]!, ...longUrls];
    for (const url of some)
      for (const r of [await run('sources', 'add', url), await hook(url)]) {
        expect(r.code, url).not.toBe(0);
        expect(r.err, url).toMatch(/url/);
        if (url === longUrls[1])
          expect(r.err).toContain(
            `url: is ${new URL(url).href.length} characters long in its normal form; the limit is 2000`,
          );
      }
    const listed = await run('sources', 'list', '--json');
    const hooks = await run('hooks', 'list', '--json');
    expect([listed.out, hooks.out]).toEqual(['', '']);
  }, 240_000);

  it('stores each in its normal form', async () => {
    const given = 'HTTPS://News.Example:443/a/../feed.xml#top';
    const source = JSON.parse((await run('sources', 'add', given)).out);
    expect(source.url).toBe('https://news.example/feed.xml');
    const added = JSON.parse((await hook(given)).out);
    expect(added.url).toBe('https://news.example/feed.xml');
  }, 120_000);
});

describe.each(backends())(
  'watched sources and reports by address through the API on $name',
  (backend) => {
    let s: SignedInServer;
    beforeAll(async () => {
      s = await signedInServer(backend);
    });
    afterAll(() => s?.close());

    it('refuses what the one rule refuses with a 400 naming body.url', async () => {
      for (const url of [...hostileUrls, ...longUrls])
        for (const [path, payload] of [
          ['/api/watched-sources', { url }],
          // Add by address: refused before anything is fetched.
          ['/api/reports', { url }],
        ] as const) {
          const r = await s.app.inject({ method: 'POST', url: path, headers: s.headers, payload });
          expect(r.statusCode, `${path} ${url}`).toBe(400);
          expect(r.json().detail, `${path} ${url}`).toMatch(/^body\.url: /);
        }
      const list = await s.app.inject({
        method: 'GET',
        url: '/api/watched-sources',
        headers: s.headers,
      });
      expect(list.json().total).toBe(0);
    });
  },
);
