/**
 * Privacy in the browser (docs/privacy.md): an anonymous visitor of every page of the web app,
 * in Chromium, sees none of the private markers of test/support/private-ledger.ts, neither in
 * the page nor in any response the page fetched; a signed-in staff member sees the private
 * person's page.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importLedger } from '../../src/app/transfer/import-ledger.ts';
import { addUser, signInOverHttp } from '../support/auth.ts';
import { pgliteBackend } from '../support/databases.ts';
import {
  confidentialSourceId,
  leaks,
  markers,
  privateLedger,
  publicPersonId,
  releaseId,
} from '../support/private-ledger.ts';
import { chromiumPath, hasChromium, launchBrowser } from './browser.ts';
import { type RunningServer, root, startServer } from './server.ts';
import { testWebDist } from './web-dist.ts';

let server: RunningServer;
let browser: Browser;

const pages = [
  '/',
  '/people',
  `/people?q=${encodeURIComponent(markers.privateName)}`,
  `/people?q=${encodeURIComponent(markers.proposedName)}`,
  `/people/${publicPersonId}`,
  `/people/${markers.privateId}`,
  '/releases',
  `/releases/${releaseId}`,
  '/deals',
  '/deals/deal_june',
  '/reports',
  `/reports/${confidentialSourceId}`,
  '/review',
  '/audit',
  '/whats-new',
  '/sources',
];

beforeAll(async () => {
  if (!hasChromium())
    throw new Error(`Chromium not found at ${chromiumPath}: apt-get install chromium`);
  const webDist = await testWebDist(join(root, 'test-output/web-dist-privacy'));
  server = await startServer({
    open: pgliteBackend.open,
    webDist,
    sample: false,
    seed: async (ctx) => {
      await importLedger(ctx.db, privateLedger());
    },
  });
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The page's text and HTML after it settled, with the bodies of every response it fetched. */
async function visit(path: string, cookie?: string): Promise<string> {
  const context = await browser.newContext();
  if (cookie) {
    const at = cookie.indexOf('=');
    await context.addCookies([
      { name: cookie.slice(0, at), value: cookie.slice(at + 1), url: server.url },
    ]);
  }
  const page = await context.newPage();
  const bodies: Promise<string>[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/api/')) bodies.push(r.text().catch(() => ''));
  });
  await page.goto(server.url + path);
  // Pages load lazily: wait until no part of the page still says it is loading.
  await page.waitForFunction(
    () => !document.querySelector('main')?.textContent?.includes('Loading'),
    null,
    { timeout: 60_000 },
  );
  await page.waitForLoadState('networkidle');
  const seen = [await page.content(), ...(await Promise.all(bodies))].join('\n');
  await context.close();
  return seen;
}

describe('the web app in Chromium', () => {
  it('shows an anonymous visitor no private marker on any page', async () => {
    const found: string[] = [];
    for (const path of pages) {
      const seen = await visit(path);
      // The address may hold what the visitor typed (a search): that is their own input.
      for (const k of leaks(seen))
        if (!decodeURIComponent(path).includes(markers[k as keyof typeof markers]))
          found.push(`${path}: ${k}`);
    }
    expect(found).toEqual([]);
    expect(await visit(`/people/${publicPersonId}`)).toContain('Alpha Publicperson');
  }, 300_000);

  it("shows signed-in staff the private person's page", async () => {
    const user = await addUser(server.ctx, 'viewer');
    const { cookie } = await signInOverHttp(server.url, user);
    const seen = await visit(`/people/${markers.privateId}`, cookie);
    expect(seen).toContain(markers.privateName);
  }, 300_000);
});
