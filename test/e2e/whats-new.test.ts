/**
 * End to end in Chromium (docs/whats-new.md, docs/open-data.md): a signed-in editor opens What
 * is new from the menu, marks it seen, a report comes in, the page lists its release event
 * and the report, each linking to its page, and marking seen again empties it; the Releases
 * page's Export CSV downloads the server's CSV of the list, the new release in it.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/core/csv.ts';
import { type AuthHeaders, addUser, signInOverHttp } from '../support/auth.ts';
import { pgliteBackend } from '../support/databases.ts';
import { chromiumPath, hasChromium, launchBrowser } from './browser.ts';
import { type RunningServer, root, startServer } from './server.ts';
import { testWebDist } from './web-dist.ts';

const shots = join(root, 'test-output/screenshots');

let server: RunningServer;
let browser: Browser;
let page: Page;
let editor: AuthHeaders;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!hasChromium())
    throw new Error(`Chromium not found at ${chromiumPath}: apt-get install chromium`);
  mkdirSync(shots, { recursive: true });
  server = await startServer({
    open: pgliteBackend.open,
    webDist: await testWebDist(join(root, 'test-output/web-dist')),
  });
  editor = await signInOverHttp(server.url, await addUser(server.ctx, 'editor'));
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  // The browser holds the editor's session: the same cookie signing in through the page sets.
  const [name, value] = editor.cookie.split('=') as [string, string];
  await context.addCookies([{ name, value, url: server.url }]);
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function addReport(text: string, title: string): Promise<void> {
  const r = await fetch(`${server.url}/api/reports`, {
    method: 'POST',
    headers: { ...editor, 'content-type': 'application/json' },
    body: JSON.stringify({ text, title, publishedAt: '2026-02-01' }),
  });
  if (r.status !== 201) throw new Error(`POST /api/reports: ${r.status} ${await r.text()}`);
}

describe('What is new in the browser', () => {
  it('lists a new release event and its report until marked seen', async () => {
    await page.goto(`${server.url}/`);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'What is new' })
      .click();
    await page.waitForURL(/\/whats-new$/);
    await page.getByRole('heading', { name: 'What is new', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Mark as seen' }).click();
    // The view before the mark may have been empty too: wait for the one after it.
    await expect
      .poll(() => page.getByTestId('whats-new-since').textContent(), { timeout: 30_000 })
      .toContain('since you last looked');
    await page.getByText('Nothing new since then.').waitFor();

    await addReport(
      'Belarus released 23 political prisoners on 20 February 2026 after talks with a US envoy, Viasna said.',
      'Twenty-three freed',
    );
    await page.reload();
    await page.getByRole('heading', { name: 'New release events (1)' }).waitFor();
    await page.getByRole('heading', { name: 'Reports stored (1)' }).waitFor();
    const created = page.locator('section[aria-labelledby="new-created"] li');
    expect(await created.textContent()).toContain('23 (proposed)');
    await page.screenshot({ path: join(shots, 'whats-new.png'), fullPage: true });

    // Each item links to its page.
    await created.getByRole('link').click();
    await page.waitForURL(/\/releases\/rel_/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.goBack();
    await page.getByRole('button', { name: 'Mark as seen' }).click();
    await page.getByText('Nothing new since then.').waitFor();
    expect(await page.locator('section[aria-labelledby="new-created"]').count()).toBe(0);
  });

  it("downloads the Releases page's list as the server's CSV", async () => {
    await page.goto(`${server.url}/releases`);
    await page.getByRole('link', { name: 'Export CSV' }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Export CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('habeas-releases.csv');
    const rows = parseCsv(readFileSync(await file.path(), 'utf8'));
    expect(rows[0]?.slice(0, 3)).toEqual(['id', 'date', 'title']);
    const listed = await (
      await fetch(`${server.url}/api/releases?limit=1000`, { headers: editor })
    ).json();
    expect(rows.length - 1).toBe(listed.total);
    expect(rows.some((r) => r[0]?.startsWith('rel_'))).toBe(true);
  });

  it('raised no uncaught errors in the pages', () => {
    expect(pageErrors).toEqual([]);
  });
});
