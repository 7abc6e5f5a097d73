/**
 * Conditional GETs in the browser (docs/api.md, "Caching"): Chromium keeps the public's answers
 * and revalidates them with If-None-Match, so reloading a page costs the server 304s; after a
 * commit the same reload gets the new answer and the page shows the new data, never the copy.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importLedger } from '../../src/app/transfer/import-ledger.ts';
import { addUser, signInOverHttp } from '../support/auth.ts';
import { pgliteBackend } from '../support/databases.ts';
import { privateLedger, releaseId } from '../support/private-ledger.ts';
import { chromiumPath, hasChromium, launchBrowser } from './browser.ts';
import { type RunningServer, root, startServer } from './server.ts';
import { testWebDist } from './web-dist.ts';

let server: RunningServer;
let browser: Browser;
/** Status of every answer to GET of the release the test reads, in order. */
const statuses: number[] = [];
const releasePath = `/api/releases/${releaseId}`;

beforeAll(async () => {
  if (!hasChromium())
    throw new Error(`Chromium not found at ${chromiumPath}: apt-get install chromium`);
  const webDist = await testWebDist(join(root, 'test-output/web-dist-caching'));
  server = await startServer({
    open: pgliteBackend.open,
    webDist,
    sample: false,
    seed: (ctx) => importLedger(ctx.db, privateLedger()).then(() => undefined),
    configure: (app) =>
      app.addHook('onResponse', async (req, reply) => {
        if (req.method === 'GET' && req.url === releasePath) statuses.push(reply.statusCode);
      }),
  });
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the browser and conditional GETs', () => {
  it('revalidates a public page with 304s, and shows a commit on the next load', async () => {
    const page = await (await browser.newContext()).newPage();
    // The page's heading once it shows `title` (a loaded machine may take seconds).
    const shows = (title: string) =>
      page
        .getByRole('heading', { level: 1, name: title, exact: true })
        .waitFor({ timeout: 30_000 });
    // The server's log of answers (its onResponse hook may run just after the page drew).
    const answered = (expected: number[]) =>
      expect.poll(() => statuses, { timeout: 10_000 }).toEqual(expected);
    await page.goto(`${server.url}/releases/${releaseId}`);
    await shows('Two freed in June');
    await page.reload();
    await shows('Two freed in June');
    await answered([200, 304]);

    // An editor corrects the title elsewhere: the commit changes every tag.
    const editor = await signInOverHttp(server.url, await addUser(server.ctx, 'editor'));
    const title = privateLedger().claims.find(
      (c) => c.subjectId === releaseId && c.property === 'title',
    )!;
    const corrected = await fetch(`${server.url}/api/claims/${title.id}/correct`, {
      method: 'POST',
      headers: { ...editor, 'content-type': 'application/json' },
      body: JSON.stringify({ value: { type: 'text', text: 'Two freed in June, named' } }),
    });
    expect(corrected.status, await corrected.text()).toBe(201);

    await page.reload();
    await shows('Two freed in June, named');
    await answered([200, 304, 200]);
    await page.reload();
    await shows('Two freed in June, named');
    await answered([200, 304, 200, 304]);
  });
});
