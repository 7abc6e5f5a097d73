/**
 * The Sources page (docs/watch.md) in Chromium against a real server: an editor adds a watched
 * source with its kind (a page of links, with another host of its articles), interval, name and
 * language, sees it listed with its figures, pauses it, resumes it and stops watching it; the
 * server holds each change, and its audit log names the editor for each. A reviewer is not offered the
 * page. Screenshot: test-output/screenshots/sources.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WatchedSource } from '../../src/core/watch.ts';
import { addUser, signInOverHttp } from '../support/auth.ts';
import { pgliteBackend } from '../support/databases.ts';
import { chromiumPath, hasChromium, launchBrowser } from './browser.ts';
import { type RunningServer, root, startServer } from './server.ts';
import { testWebDist } from './web-dist.ts';

const shots = join(root, 'test-output/screenshots');
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  if (!hasChromium())
    throw new Error(`Chromium not found at ${chromiumPath}: apt-get install chromium`);
  mkdirSync(shots, { recursive: true });
  const webDist = await testWebDist(join(root, 'test-output/web-dist-watch'));
  server = await startServer({ open: pgliteBackend.open, webDist, sample: false });
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A browser signed in as a new user of `role`, on `path`. */
async function signedIn(
  role: 'editor' | 'reviewer',
  path: string,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const headers = await signInOverHttp(server.url, await addUser(server.ctx, role));
  const [name, value] = headers.cookie.split('=') as [string, string];
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1366, height: 768 },
  });
  await context.addCookies([{ name, value, url: server.url }]);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url + path);
  return { context, page, errors };
}

const stored = async (): Promise<WatchedSource[]> => server.ctx.db.watched.list();

describe('the Sources page', () => {
  it('lets an editor add a source, pause and resume it, and stop watching it', async () => {
    const { context, page, errors } = await signedIn('editor', '/sources');
    await page.getByRole('heading', { level: 1, name: 'Watched sources' }).waitFor();
    await expect.poll(() => page.getByText('No source is watched yet.').count()).toBe(1);

    const form = page.getByRole('form', { name: 'Watch a source' });
    await form.getByLabel('Address of the feed or page').fill('https://news.example.org/news/');
    // Another site's articles are asked for only where links are read.
    await form.getByLabel('Read it as').selectOption('feed');
    expect(await form.getByLabel('Other sites its articles are on').count()).toBe(0);
    await form.getByLabel('Read it as').selectOption('links');
    await form.getByLabel('Other sites its articles are on').fill('media.example.org');
    // By name: the label 'Read' is also the start of 'Read it as'.
    await form.locator('select[name="every"]').selectOption('2h');
    await form.getByLabel('Name').fill('Example wire');
    await form.getByLabel('Language of its reports').selectOption('be');
    await form.getByRole('button', { name: 'Watch' }).click();
    await page.getByRole('status').filter({ hasText: 'Watching Example wire.' }).waitFor();

    const row = page.locator('tr', { hasText: 'Example wire' });
    await row.waitFor();
    expect(await row.textContent()).toContain('page of links · every 2 hours');
    expect(await row.textContent()).toContain('media.example.org');
    expect(await row.locator('.watch-state').textContent()).toBe('Active');
    // Never read yet: no last read, no new report, no item, no failure.
    expect(await row.locator('td').nth(2).textContent()).toBe('never');
    expect(await row.locator('td.num').first().textContent()).toBe('0');
    const [added] = await stored();
    expect(added).toMatchObject({
      url: 'https://news.example.org/news/',
      kind: 'links',
      linkHosts: ['media.example.org'],
      name: 'Example wire',
      language: 'be',
      everySeconds: 7200,
      paused: false,
    });

    await row.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => row.locator('.watch-state').textContent()).toBe('Paused');
    expect((await stored())[0]?.paused).toBe(true);
    await page.screenshot({ path: join(shots, 'sources.png'), fullPage: true });

    await row.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => row.locator('.watch-state').textContent()).toBe('Active');
    expect((await stored())[0]?.paused).toBe(false);

    page.once('dialog', (d) => void d.accept());
    await row.getByRole('button', { name: 'Stop watching' }).click();
    await expect.poll(() => page.getByText('No source is watched yet.').count()).toBe(1);
    expect(await stored()).toEqual([]);
    // Each change is in the audit log under the editor's name.
    const lines = await server.ctx.db.audit.listLines({ action: 'watch.*' });
    expect(lines.map((l) => l.action).reverse()).toEqual([
      'watch.add',
      'watch.pause',
      'watch.resume',
      'watch.remove',
    ]);
    expect(new Set(lines.map((l) => `${l.actor} ${l.actorRole}`)).size).toBe(1);
    expect(lines[0]?.actorRole).toBe('editor');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('says why an address is refused', async () => {
    const { context, page } = await signedIn('editor', '/sources');
    const form = page.getByRole('form', { name: 'Watch a source' });
    // The browser's own check passes (a URL), the server's refuses it (credentials in it).
    await form
      .getByLabel('Address of the feed or page')
      .fill('https://user:secret@example.org/feed');
    await form.getByRole('button', { name: 'Watch' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('must not hold a user name or password');
    expect(await stored()).toEqual([]);
    await context.close();
  }, 60_000);

  it('is not offered to a reviewer', async () => {
    const { context, page } = await signedIn('reviewer', '/');
    await page.getByRole('link', { name: 'Audit' }).waitFor();
    expect(await page.getByRole('link', { name: 'Sources' }).count()).toBe(0);
    await context.close();
  }, 60_000);
});
