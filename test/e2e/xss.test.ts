/**
 * Hostile text in every field the web app shows, rendered in Chromium: zero script executions.
 *
 * Every payload of test/fixtures/hostile/xss-payloads.txt is stored in the ledger, through a
 * ledger import (person names, occupations, descriptions, affiliations, release titles and
 * descriptions, deal titles, concession targets, actor names, count attributions, source
 * titles, publishers and texts, evidence quotes, review notes), through ingestion (plain-text
 * reports, HTML reports, titles, payloads inside urls) and, since titles and addresses are
 * made plain on every way in while a database filled before that rule may still hold any,
 * straight into the store (report titles, urls, publishers, texts). Then every page that
 * shows them is opened.
 * A page counts as clean when
 * - window.__xss (which every payload calls) was never called, no dialog opened and no console
 *   message or page error mentions __xss, even after hovering, tabbing and clicking around;
 * - its DOM holds no element a payload could have made: no script but the app's own, no
 *   on* attribute, no iframe/object/embed/base/meta refresh, no javascript:/data:/vbscript: URL;
 * - where a field is shown (a person's name, a report's title) it shows the payload as text.
 * The pages are checked twice: with the Content-Security-Policy the server sends bypassed (so
 * the app's own escaping is what is tested), then as served, where no CSP violation may occur.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/adapters/news/html-to-text.ts';
import type { AppContext } from '../../src/app/context.ts';
import { ingestReport } from '../../src/app/ingest/ingest-report.ts';
import { importLedger } from '../../src/app/transfer/import-ledger.ts';
import type { Claim, Review } from '../../src/core/model/claim.ts';
import type { LedgerDump } from '../../src/core/model/dump.ts';
import type { Source } from '../../src/core/model/source.ts';
import type { Value } from '../../src/core/model/values.ts';
import type { EntityRecord } from '../../src/core/ports.ts';
import { addUser, signInOverHttp } from '../support/auth.ts';
import { pgliteBackend } from '../support/databases.ts';
import { loadPayloads } from '../support/hostile.ts';
import { chromiumPath, hasChromium, launchBrowser } from './browser.ts';
import { type RunningServer, root, startServer } from './server.ts';
import { testWebDist } from './web-dist.ts';

const payloads = loadPayloads();
const at = '2025-06-01T10:00:00.000Z';
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const P = (i: number) => payloads[i % payloads.length]!;

/** Ids of what the seed stored, with the payload each page must show as its heading. */
const persons: Array<{ id: string; names: string[] }> = [];
const sources: Array<{ id: string; title: string }> = [];
const releases: Array<{ id: string; title: string }> = [];
const ingested: string[] = [];

function hostileDump(): LedgerDump {
  const entities: EntityRecord[] = [];
  const claims: Claim[] = [];
  const reviews: Review[] = [];
  const srcs: Source[] = [];
  let n = 0;
  const entity = (id: string, type: EntityRecord['type']) => {
    entities.push({ id, type, createdAt: at });
    return id;
  };
  const claim = (
    subjectId: string,
    subjectType: Claim['subjectType'],
    property: string,
    value: Value,
    extra: Partial<Claim> = {},
  ) => {
    const c: Claim = {
      id: `clm_x${++n}`,
      subjectId,
      subjectType,
      property,
      value,
      sourceId: null,
      evidence: null,
      author: { kind: 'import', name: 'xss-corpus' },
      createdAt: at,
      confidence: 0.9,
      initialState: 'accepted',
      supersedes: null,
      ...extra,
    };
    claims.push(c);
    return c;
  };
  const text = (t: string): Value => ({ type: 'text', text: t });
  const name = (v: string, kind: 'official' | 'alias' | 'press' = 'official'): Value => ({
    type: 'name',
    name: { value: v, script: 'latin', language: 'en', kind },
  });

  // Sources: title, url, publisher and text each hold payloads; 4 payloads per source. The
  // import makes the title plain text and keeps only http(s) addresses (payload in the query).
  for (let i = 0; i < payloads.length; i += 4) {
    const body = `Report ${i}. ${P(i + 3)}\nNine people were freed on 1 June 2025: ${P(i)} and ${P(i + 1)}.`;
    const id = `src_x${i}`;
    srcs.push({
      id,
      url: `https://news.example/x/${i}?ref=${encodeURIComponent(P(i + 1))}`,
      title: P(i),
      publisher: P(i + 2),
      publishedAt: '2025-06-01',
      language: 'en',
      contentHash: createHash('sha256').update(body).digest('hex'),
      text: body,
      ingestedAt: at,
      duplicateOf: null,
    });
  }

  // Actors with hostile names; a deal with a hostile title and a concession.
  const actor = entity('act_x1', 'actor');
  claim(actor, 'actor', 'name', name(P(5)));
  claim(actor, 'actor', 'kind', text('envoy'));
  const deal = entity('deal_x1', 'deal');
  claim(deal, 'deal', 'title', text(P(6)));
  claim(deal, 'deal', 'party', { type: 'ref', id: actor });
  const concession = entity('con_x1', 'concession');
  claim(concession, 'concession', 'kind', text('sanctions_relief'));
  claim(concession, 'concession', 'grantedBy', { type: 'ref', id: actor });
  claim(concession, 'concession', 'target', text(P(7)));
  claim(concession, 'concession', 'description', text(P(8)));
  claim(deal, 'deal', 'concession', { type: 'ref', id: concession });
  const count = entity('cnt_x1', 'count_claim');
  claim(count, 'count_claim', 'country', text('BY'));
  claim(count, 'count_claim', 'count', { type: 'number', number: 1100, qualifier: 'exact' });
  claim(count, 'count_claim', 'attributedTo', text(P(9)));
  claim(count, 'count_claim', 'asOf', {
    type: 'date',
    date: { value: '2025-06-01', precision: 'day' },
  });

  // Persons: five names each (the first shown as the heading), occupation, description,
  // affiliation, a status change into a release; some claims proposed, some with notes.
  const perPerson = 5;
  const releaseCount = 6;
  for (let r = 0; r < releaseCount; r++) {
    const rel = entity(`rel_x${r}`, 'release_event');
    releases.push({ id: rel, title: P(r * 7 + 2) });
    claim(rel, 'release_event', 'title', text(P(r * 7 + 2)));
    claim(rel, 'release_event', 'description', text(P(r * 7 + 3)));
    claim(rel, 'release_event', 'country', text('BY'));
    claim(rel, 'release_event', 'date', {
      type: 'date',
      date: { value: `2025-0${r + 1}-15`, precision: 'day' },
    });
    claim(rel, 'release_event', 'kind', text('pardon'));
    claim(rel, 'release_event', 'releasedCount', { type: 'number', number: 9, qualifier: 'exact' });
    claim(rel, 'release_event', 'destination', text(P(r * 7 + 4)));
    claim(rel, 'release_event', 'mediator', { type: 'ref', id: actor });
    claim(rel, 'release_event', 'deal', { type: 'ref', id: deal });
    claim(deal, 'deal', 'release', { type: 'ref', id: rel });
    claim(rel, 'release_event', 'mainReport', text(srcs[r % srcs.length]!.id));
  }
  for (let i = 0, k = 0; i < payloads.length; i += perPerson, k++) {
    const per = entity(`per_x${k}`, 'person');
    const names = Array.from({ length: perPerson }, (_, j) => P(i + j));
    names.forEach((v, j) => {
      // The first name quotes its source: the report viewer highlights hostile evidence.
      const src = srcs[Math.floor(i / 4) % srcs.length]!;
      const start = src.text.indexOf(v);
      const quoted = j === 0 && start >= 0;
      claim(per, 'person', 'name', name(v, j === 0 ? 'official' : 'alias'), {
        sourceId: quoted ? src.id : null,
        evidence: quoted ? { start, end: start + v.length, quote: v } : null,
      });
    });
    persons.push({ id: per, names });
    claim(per, 'person', 'occupation', text(P(i + 1)));
    claim(per, 'person', 'description', text(P(i + 2)));
    const proposed = claim(per, 'person', 'affiliation', text(P(i + 3)), {
      initialState: 'proposed',
    });
    const noted = claim(per, 'person', 'citizenship', text(P(i + 4)), {
      initialState: 'proposed',
    });
    reviews.push({
      id: `rev_x${k}`,
      claimId: noted.id,
      state: 'accepted',
      author: { kind: 'user', id: 'xss' },
      at,
      note: P(i),
    });
    void proposed;
    const stc = entity(`stc_x${k}`, 'status_change');
    claim(stc, 'status_change', 'person', { type: 'ref', id: per });
    claim(stc, 'status_change', 'status', text('released'));
    claim(stc, 'status_change', 'country', text('BY'));
    claim(stc, 'status_change', 'date', {
      type: 'date',
      date: { value: `2025-0${(k % releaseCount) + 1}-15`, precision: 'day' },
    });
    claim(stc, 'status_change', 'release', { type: 'ref', id: `rel_x${k % releaseCount}` });
    claim(stc, 'status_change', 'destination', text(P(i + 2)));
    claim(`rel_x${k % releaseCount}`, 'release_event', 'released', { type: 'ref', id: per });
  }
  return {
    format: 'habeas-ledger',
    version: 1,
    sources: srcs,
    entities,
    claims,
    reviews,
  };
}

async function seed(ctx: AppContext): Promise<void> {
  await importLedger(ctx.db, hostileDump());
  // Reports stored before titles and addresses were made plain on the way in: as they are.
  for (let i = 0; i < payloads.length; i += 4) {
    const body = `Old report ${i}. ${P(i + 3)}`;
    const id = `src_old${i}`;
    await ctx.db.sources.insertSource({
      id,
      url: P(i + 1),
      title: P(i),
      publisher: P(i + 2),
      publishedAt: '2025-06-01',
      language: 'en',
      contentHash: createHash('sha256').update(body).digest('hex'),
      text: body,
      ingestedAt: at,
      duplicateOf: null,
    });
    sources.push({ id, title: P(i) });
  }
  // Through ingestion: payloads in plain-text reports, HTML pages, titles and urls.
  const withHtml: AppContext = { ...ctx, htmlToText };
  for (let i = 0; i < payloads.length; i += 8) {
    const freed = `Belarus freed ${i + 10} political prisoners on 2 June 2025, among them Ales Probny${i}, after talks with a US envoy.`;
    const asText = await ingestReport(withHtml, {
      text: `${freed}\n\n${P(i)}\n${P(i + 1)}`,
      title: P(i + 2),
      url: `https://news.example/in/${i}?q=${encodeURIComponent(P(i + 3))}`,
      publishedAt: '2025-06-02',
    });
    ingested.push(asText.source.id);
    const asHtml = await ingestReport(withHtml, {
      html: `<html><head><title>${P(i + 4)}</title></head><body><article><h1>${P(i + 5)}</h1><p>${freed} Again: ${i}.</p><p>${P(i + 6)}</p><div>${P(i + 7)}</div></article></body></html>`,
      url: `https://news.example/${i}`,
      publishedAt: '2025-06-03',
    });
    ingested.push(asHtml.source.id);
  }
}

const marker = () => {
  const w = window as unknown as Record<string, unknown>;
  w.__xssCalls = 0;
  const hit = () => {
    w.__xssCalls = (w.__xssCalls as number) + 1;
  };
  w.__xss = hit;
  w.alert = hit;
  w.confirm = hit;
  w.prompt = hit;
  w.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    (w.__csp as string[]).push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
  });
};

/** What a payload could have made, found in the rendered DOM; empty when clean. */
const domFindings = () => {
  const found: string[] = [];
  // The body is what the app renders; the head is the app's own (its favicon is a data: URL).
  for (const el of Array.from(document.querySelectorAll('body, body *, head script'))) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'script' && !(el.getAttribute('src') ?? '').startsWith('/assets/'))
      found.push(`<script> ${el.outerHTML.slice(0, 80)}`);
    if (['iframe', 'object', 'embed', 'base', 'frame', 'applet'].includes(tag))
      found.push(`<${tag}>`);
    if (tag === 'meta' && el.getAttribute('http-equiv')) found.push('<meta http-equiv>');
    for (const attr of Array.from(el.attributes)) {
      if (attr.name.toLowerCase().startsWith('on')) found.push(`${tag}[${attr.name}]`);
      if (/^(href|src|action|formaction|xlink:href|data|srcdoc)$/i.test(attr.name)) {
        const v = [...attr.value]
          .filter((ch) => ch.charCodeAt(0) > 0x20)
          .join('')
          .toLowerCase();
        if (/^(javascript|data|vbscript):/.test(v) || attr.name === 'srcdoc')
          found.push(`${tag}[${attr.name}=${attr.value.slice(0, 60)}]`);
      }
    }
  }
  return found;
};

let server: RunningServer;
let browser: Browser;
/** The session cookie of a signed-in reviewer: staff see every page, the review queue too. */
let session = { name: '', value: '' };

async function newContext(options: { bypassCSP?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addCookies([{ ...session, url: server.url }]);
  await context.addInitScript(marker);
  return context;
}

beforeAll(async () => {
  if (!hasChromium())
    throw new Error(`Chromium not found at ${chromiumPath}: apt-get install chromium`);
  const webDist = await testWebDist(join(root, 'test-output/web-dist-xss'));
  server = await startServer({ open: pgliteBackend.open, webDist, sample: false, seed });
  browser = await launchBrowser();
  const auth = await signInOverHttp(server.url, await addUser(server.ctx, 'reviewer'));
  const [name, ...value] = auth.cookie.split('=');
  session = { name: name!, value: value.join('=') };
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Visit {
  path: string;
  /** The page heading must be this payload, shown as text. */
  heading?: string;
}

function allPages(sample = false): Visit[] {
  const few = <T>(xs: T[]) => (sample ? xs.slice(0, 2) : xs);
  return [
    { path: '/' },
    { path: '/people' },
    { path: '/releases' },
    { path: '/releases?view=timeline' },
    { path: '/reports' },
    { path: '/review' },
    { path: '/deals' },
    ...few(persons).map((p) => ({ path: `/people/${p.id}`, heading: p.names[0] })),
    ...few(releases).map((r) => ({ path: `/releases/${r.id}`, heading: r.title })),
    ...few(sources).map((s) => ({ path: `/reports/${s.id}`, heading: s.title })),
    ...few(ingested).map((id) => ({ path: `/reports/${id}` })),
  ];
}

async function openPage(context: BrowserContext) {
  const page = await context.newPage();
  const quiet = quietWatch(page);
  const problems: string[] = [];
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (/__xss|xss/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return { page, problems, quiet };
}

type OpenPage = Awaited<ReturnType<typeof openPage>>;

/**
 * Hover over the page, tab through it and click plain text: handlers would fire now. Real
 * input at a few points and eight tabs; every element then gets the pointer and focus events a
 * handler could listen for, dispatched (inline handlers run for those as for real ones). A grid
 * of real mouse moves over each page took two seconds a page and reached fewer elements.
 */
async function poke(page: Page): Promise<void> {
  const { width, height } = page.viewportSize() ?? { width: 1280, height: 800 };
  for (const [x, y] of [
    [40, 40],
    [width / 2, height / 3],
    [width - 40, (2 * height) / 3],
  ] as const)
    await page.mouse.move(x, y);
  for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
  await page.evaluate(() => {
    const kinds = ['mouseover', 'mouseenter', 'mousemove', 'pointerover', 'focus', 'focusin'];
    for (const el of Array.from(document.querySelectorAll('body *')).slice(0, 2000))
      for (const kind of kinds) el.dispatchEvent(new Event(kind, { bubbles: false }));
    for (const el of Array.from(document.querySelectorAll('p, li, td, h1, dd, span')).slice(0, 200))
      el.dispatchEvent(new MouseEvent('click', { bubbles: false }));
  });
}

/** Pages open at once: a visit mostly waits (for the network to go quiet), so lanes overlap. */
const LANES = 4;

async function visitAll(context: BrowserContext, thorough: boolean) {
  const report: Array<{ path: string; issues: string[] }> = [];
  let shown = 0;
  const queue = allPages(!thorough);
  const lane = async () => {
    const open = await openPage(context);
    for (let visit = queue.shift(); visit; visit = queue.shift()) {
      const found = await visitOne(open, visit, thorough);
      if (found.issues.length) report.push({ path: visit.path, issues: found.issues });
      if (found.shown) shown += 1;
    }
    await open.page.close();
  };
  await Promise.all(Array.from({ length: LANES }, lane));
  return { report, shown };
}

/**
 * Counts a page's requests in flight; the function it gives waits until none has been in
 * flight for 150 ms: every query the page makes has answered and rendered. Playwright's
 * 'networkidle' waits 500 ms, which was half of each of 80 visits.
 */
function quietWatch(page: Page): () => Promise<void> {
  let inFlight = 0;
  page.on('request', () => inFlight++);
  page.on('requestfinished', () => inFlight--);
  page.on('requestfailed', () => inFlight--);
  return async () => {
    let idleSince = performance.now();
    for (;;) {
      await new Promise((r) => setTimeout(r, 25));
      if (inFlight > 0) idleSince = performance.now();
      else if (performance.now() - idleSince >= 150) return;
    }
  };
}

/** One page: what went wrong on it, and whether it showed its payload heading as text. */
async function visitOne({ page, problems, quiet }: OpenPage, visit: Visit, thorough: boolean) {
  await page.goto(server.url + visit.path, { waitUntil: 'load' });
  await quiet();
  const rendered = await page
    .locator('main h1')
    .first()
    .waitFor({ timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
  if (thorough) await poke(page);
  const issues = [...problems.splice(0), ...(await page.evaluate(domFindings))];
  if (!rendered)
    issues.push(
      `no heading rendered: ${(await page.locator('main').textContent())?.slice(0, 200)}`,
    );
  const calls = await page.evaluate(() => (window as unknown as { __xssCalls: number }).__xssCalls);
  if (calls) issues.push(`__xss called ${calls} times`);
  const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  issues.push(...csp.map((c) => `CSP violation: ${c}`));
  let shown = false;
  if (visit.heading !== undefined) {
    const h1 = (await page.locator('main h1').first().textContent()) ?? '';
    if (norm(h1) !== norm(visit.heading))
      issues.push(`heading shows ${JSON.stringify(h1)}, not ${JSON.stringify(visit.heading)}`);
    else shown = true;
  }
  return { issues, shown };
}

describe('XSS corpus in Chromium', () => {
  it(`stores ${payloads.length} payloads in every field and runs none of them (app escaping alone, CSP bypassed)`, async () => {
    expect(payloads.length).toBeGreaterThanOrEqual(80);
    const context = await newContext({ bypassCSP: true });
    const { report, shown } = await visitAll(context, true);
    await context.close();
    expect(report).toEqual([]);
    // Every heading that is a payload was shown as that payload's text.
    expect(shown).toBe(persons.length + releases.length + sources.length);
  }, 300_000);

  it('the pages hold the payloads as text: names, titles, notes in lists', async () => {
    const context = await newContext({ bypassCSP: true });
    const { page } = await openPage(context);
    await page.goto(`${server.url}/reports`, { waitUntil: 'networkidle' });
    // Under load the list may render after the network went quiet: wait for it, up to 20 s.
    const shownTitles = async () => {
      const reports = norm((await page.locator('main').textContent()) ?? '');
      return sources.map((s) => norm(s.title)).filter((t) => reports.includes(t)).length;
    };
    await expect.poll(shownTitles, { timeout: 20_000 }).toBeGreaterThan(sources.length / 2);
    await page.goto(`${server.url}/people/${persons[0]!.id}`, { waitUntil: 'networkidle' });
    await page.locator('section[aria-labelledby="names"]').waitFor({ timeout: 20_000 });
    const names = norm(
      (await page.locator('section[aria-labelledby="names"]').textContent()) ?? '',
    );
    // Spellings differing only in case are one name (the name engine folds case).
    for (const n of persons[0]!.names) expect(names.toLowerCase()).toContain(norm(n).toLowerCase());
    expect(
      await page.evaluate(() => (window as unknown as { __xssCalls: number }).__xssCalls),
    ).toBe(0);
    await context.close();
  }, 120_000);

  it('as served, with the CSP on: every kind of page runs and nothing violates the policy', async () => {
    const context = await newContext();
    const { page } = await openPage(context);
    const res = await page.goto(`${server.url}/people/${persons[1]!.id}`, {
      waitUntil: 'networkidle',
    });
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.close();
    // Every kind of page once or twice: the policy is the same for all of them.
    const { report, shown } = await visitAll(context, false);
    await context.close();
    expect(report).toEqual([]);
    expect(shown).toBe(6);
  }, 300_000);
});
