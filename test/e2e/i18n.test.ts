/**
 * Every page in every language, in Chromium against one server with the sample ledger: each
 * renders with no catalog key left showing and no English chrome in another language, `lang` on
 * <html> follows the language, and the browser's language picks the first one. Kept to one
 * browser and one server, looping pages × languages; screenshots of a few pages in each language
 * go to test-output/screenshots/i18n-*.png (docs/web.md shows some of them).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, signInOverHttp } from '../support/auth.ts';
import { chromiumPath, hasChromium, launchBrowser } from './browser.ts';
import { type RunningServer, root, startServer } from './server.ts';
import { testWebDist } from './web-dist.ts';

const languages = ['be', 'ru', 'uk', 'en'] as const;
// The browser's own language for each: Accept-Language and navigator.languages follow it.
const browserLocale = { be: 'be-BY', ru: 'ru-RU', uk: 'uk-UA', en: 'en-GB' } as const;
const catalog = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(join(root, 'i18n/web', `${lang}.json`), 'utf8'));
const en = catalog('en');
const keys = Object.keys(en);
const shots = join(root, 'test-output/screenshots');
// Audit actions are codes, shown as they are, and one of them is spelled like a message key.
const actionCodes = new Set(['audit.revert']);
/**
 * Words of the English UI (four letters or more, from the English catalog's messages) that no
 * other catalog uses: one of them in another language's control labels is English left over.
 */
const englishWords = (() => {
  const wordsOf = (c: Record<string, string>) =>
    Object.values(c).flatMap((v) => v.toLowerCase().match(/\b[a-z]{4,}\b/g) ?? []);
  const elsewhere = new Set(['be', 'ru', 'uk'].flatMap((l) => wordsOf(catalog(l))));
  // ICU syntax, not words.
  const syntax = new Set(['plural', 'other', 'select']);
  return new Set(wordsOf(en).filter((w) => !elsewhere.has(w) && !syntax.has(w)));
})();
const englishDate =
  /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\bM(0[1-9]|1[0-2])\b/;

let server: RunningServer;
let browser: Browser;
let session: { name: string; value: string };
const pages: string[] = [];

/** What the page shows a reader: its text and the labels of its controls. */
async function shown(page: Page): Promise<{ text: string; chrome: string[]; attrs: string[] }> {
  return page.evaluate(() => {
    const attrs = [
      ...document.body.querySelectorAll('[aria-label], [title], [placeholder]'),
    ].flatMap((el) =>
      ['aria-label', 'title', 'placeholder'].flatMap((a) => {
        const v = el.getAttribute(a) ?? [];
        // A claim in the review queue is labelled 'property: value', and the value is data.
        return el.matches('[data-claim]') && typeof v === 'string' ? v.split(': ')[0]! : v;
      }),
    );
    // UI chrome, not ledger data: headings of sections, table heads, labels, buttons, the menu.
    const chrome = [
      ...document.querySelectorAll('h2, th, label, button, summary, nav, .kpi-label, .help'),
      // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees, not hidden text
    ].map((el) => (el as HTMLElement).innerText);
    // Every element holding text alone (a status, an entity type, a kind in a table cell),
    // outside what reports say in their own words (quotes, passages, highlighted text).
    const quoted = 'blockquote, q, mark, pre, .report-text, .snippet, .quote';
    for (const el of document.body.querySelectorAll('*'))
      if (
        el.childNodes.length > 0 &&
        [...el.childNodes].every((n) => n.nodeType === Node.TEXT_NODE) &&
        !el.closest(quoted)
      )
        chrome.push(el.textContent ?? '');
    // biome-ignore lint/performance/useDomNodeTextContent: the same
    const text = document.body.innerText;
    return { text: `${text}\n${attrs.join('\n')}`, chrome, attrs };
  });
}

beforeAll(async () => {
  if (!hasChromium())
    throw new Error(`Chromium not found at ${chromiumPath}: apt-get install chromium`);
  mkdirSync(shots, { recursive: true });
  const webDist = await testWebDist(join(root, 'test-output/web-dist'));
  server = await startServer({ webDist });
  const admin = await signInOverHttp(server.url, await addUser(server.ctx, 'admin'));
  const [name, value] = admin.cookie.split(';')[0]!.split('=') as [string, string];
  session = { name, value };
  const first = async (path: string) =>
    ((await (await fetch(server.url + path)).json()) as { items: Array<{ id: string }> }).items[0]!
      .id;
  const deal = await first('/api/deals');
  const source = await first('/api/sources');
  pages.push(
    '/',
    '/releases',
    '/releases?view=timeline',
    '/releases/rel_2025_12_13',
    '/deals',
    `/deals/${deal}`,
    '/people',
    '/people/per_kalesnikava',
    '/reports',
    `/reports/${source}`,
    '/review',
    '/add',
    '/audit',
    '/whats-new',
    '/sources',
    '/no-such-page',
  );
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function staffContext(lang: (typeof languages)[number]): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: browserLocale[lang],
    viewport: { width: 1366, height: 768 },
  });
  await context.addCookies([{ ...session, url: server.url }]);
  return context;
}

// The four languages run side by side, each in its own browser context: most of the time is
// spent waiting on the server and the browser, which overlap.
describe.concurrent('every page in every language', () => {
  for (const lang of languages) {
    it(`${lang}: no missing key, no English left, lang="${lang}"`, async ({ expect }) => {
      const context = await staffContext(lang);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const own = catalog(lang);
      // English chrome that should not show in another language (the same words are allowed).
      const english = new Set(
        Object.entries(en)
          .filter(([k, v]) => own[k] !== v && !v.includes('{'))
          .map(([, v]) => v),
      );
      // The first page loads the app; the others follow as a reader's clicks do (the router
      // listens to popstate), so the loop costs the API calls of each page, not a reload.
      await page.goto(server.url + pages[0]!);
      for (const path of pages) {
        await page.evaluate((to) => {
          if (location.pathname + location.search === to) return;
          history.pushState(null, '', to);
          dispatchEvent(new PopStateEvent('popstate'));
        }, path);
        await page.locator('main h1').first().waitFor();
        await expect.poll(() => page.getByText(own['common.loading']!).count()).toBe(0);
        const { text, chrome, attrs } = await shown(page);
        const where = `${lang} ${path}`;
        expect(
          keys.filter((k) => !actionCodes.has(k) && text.includes(k)),
          where,
        ).toEqual([]);
        if (lang !== 'en') {
          expect(
            chrome.filter((c) => english.has(c.trim())),
            where,
          ).toEqual([]);
          // Labels of controls and regions (what a screen reader says): no English UI word in
          // them, whole or inside a sentence ('Экспарт: people'); names and codes are no UI words.
          expect(
            attrs.filter((a) =>
              (a.toLowerCase().match(/\b[a-z]{4,}\b/g) ?? []).some((w) => englishWords.has(w)),
            ),
            where,
          ).toEqual([]);
        }
        expect(await page.evaluate(() => document.documentElement.lang), where).toBe(lang);
        if (lang !== 'en') {
          // Dates and numbers from Intl (or, where the browser's Intl lacks the language, from
          // the app's stand-in): no English month, no root-locale 'M09', no '1,135'.
          const formatted = await page
            .locator('.date, .kpi-label, .kpi-value, .kpi-note, td.num, td.nowrap')
            .allTextContents();
          expect(
            formatted.filter((f) => englishDate.test(f) || /\d,\d{3}/.test(f)),
            where,
          ).toEqual([]);
        }
        if (path === '/' || path === '/people/per_kalesnikava' || path === '/review')
          await page.screenshot({
            path: join(
              shots,
              `i18n-${lang}-${path === '/' ? 'dashboard' : path.split('/')[1]}.png`,
            ),
          });
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('the language switch', () => {
  it('the header switch changes the language, and this browser remembers it', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${server.url}/people/per_kalesnikava`);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Maria Kalesnikava');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('form', { name: 'Sign in' }).waitFor();
    await page.screenshot({ path: join(shots, 'i18n-en-sign-in.png') });
    await page.getByLabel('Language').selectOption('be');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Марыя Калеснікава');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('be');
    await page.reload();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Марыя Калеснікава');
    await page.getByRole('button', { name: 'Увайсці' }).click();
    await page.getByRole('form', { name: 'Увайсці' }).waitFor();
    await page.screenshot({ path: join(shots, 'i18n-be-sign-in.png') });
    await page.getByLabel('Мова').selectOption('ru');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Мария Колесникова');
    await context.close();
  });
});
