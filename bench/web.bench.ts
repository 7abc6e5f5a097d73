// The web app: gzipped JavaScript of the production build (all of it, and what the dashboard
// loads first), and the time to first render of the dashboard over a registry of 10,000 persons
// with their status changes: from navigation start until the held-over-time chart is drawn, in
// Debian's Chromium, median of BENCH_WEB_RUNS fresh page loads (no HTTP cache). Prints one JSON
// line per figure. BENCH_WEB_PERSONS changes the registry size.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AppContext } from '../src/app/context.ts';
import type { Claim } from '../src/core/model/claim.ts';
import type { Value } from '../src/core/model/values.ts';
import type { EntityRecord } from '../src/core/ports.ts';
import { launchBrowser } from '../test/e2e/browser.ts';
import { buildWebApp, root, startServer } from '../test/e2e/server.ts';
import { Rng } from '../test/support/random.ts';

const PERSONS = Number(process.env.BENCH_WEB_PERSONS ?? 10_000);
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 5);

function line(figure: string, value: number, target?: number, extra: object = {}): void {
  const out: Record<string, unknown> = { bench: 'web', figure, value: Math.round(value * 10) / 10 };
  if (target !== undefined) out.target = target;
  console.log(JSON.stringify({ ...out, ...extra }));
}

/**
 * gzip -9 size of each JavaScript file of the build, of those index.html loads up front, and of
 * the largest message catalog (one is loaded, for the reader's language, before the first render).
 */
function bundleSizes(dist: string): { total: number; initial: number; catalog: number } {
  const assets = join(dist, 'assets');
  const gz = (f: string) => gzipSync(readFileSync(join(assets, f)), { level: 9 }).length;
  const js = readdirSync(assets).filter(
    (f) => f.endsWith('.js') && statSync(join(assets, f)).isFile(),
  );
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = js.filter((f) => html.includes(`/assets/${f}`));
  const catalogs = js.filter((f) => /^(be|ru|uk|en)-[\w-]+\.js$/.test(f));
  return {
    total: js.reduce((n, f) => n + gz(f), 0),
    initial: initial.reduce((n, f) => n + gz(f), 0),
    catalog: Math.max(0, ...catalogs.map(gz)),
  };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** PERSONS persons with a name, a detention and, for about 40%, a later release. */
async function seedRegistry(ctx: AppContext): Promise<void> {
  const rng = new Rng(6);
  const createdAt = '2026-01-01T00:00:00.000Z';
  const author = { kind: 'import' as const, name: 'bench' };
  let n = 0;
  const claim = (
    subjectId: string,
    subjectType: Claim['subjectType'],
    property: string,
    value: Value,
  ): Claim => ({
    id: `clm_b${(n++).toString(36)}`,
    subjectId,
    subjectType,
    property,
    value,
    sourceId: null,
    evidence: null,
    author,
    createdAt,
    confidence: 1,
    initialState: 'accepted',
    supersedes: null,
  });
  const given = ['Ales', 'Maria', 'Siarhei', 'Ihar', 'Volha', 'Mikalai', 'Nasta', 'Zmitser'];
  const family = ['Navumchyk', 'Kavalenka', 'Sidarenka', 'Lukashevich', 'Bahdanava', 'Tsikhan'];
  const chunk = 1000;
  for (let start = 0; start < PERSONS; start += chunk) {
    const entities: EntityRecord[] = [];
    const claims: Claim[] = [];
    for (let i = start; i < Math.min(PERSONS, start + chunk); i++) {
      const person = `per_b${i}`;
      entities.push({ id: person, type: 'person', createdAt });
      const name = `${given[i % given.length]} ${family[Math.floor(i / given.length) % family.length]}-${i}`;
      claims.push(
        claim(person, 'person', 'name', {
          type: 'name',
          name: { value: name, script: 'latin', language: 'en', kind: 'official' },
        }),
      );
      const arrested = new Date(Date.UTC(2020, 7, 1) + rng.next() * 5 * 365 * 86_400_000);
      const events: Array<[string, Date]> = [['detained', arrested]];
      if (rng.next() < 0.4)
        events.push(['released', new Date(arrested.getTime() + rng.next() * 900 * 86_400_000)]);
      events.forEach(([status, when], k) => {
        const id = `stc_b${i}_${k}`;
        entities.push({ id, type: 'status_change', createdAt });
        claims.push(
          claim(id, 'status_change', 'person', { type: 'ref', id: person }),
          claim(id, 'status_change', 'status', { type: 'text', text: status }),
          claim(id, 'status_change', 'date', {
            type: 'date',
            date: { value: iso(when), precision: 'day' },
          }),
          claim(id, 'status_change', 'country', { type: 'text', text: 'BY' }),
        );
      });
    }
    await ctx.db.entities.createEntities(entities);
    await ctx.db.claims.appendClaims(claims);
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

const dist = await buildWebApp(join(root, 'test-output/bench-web-dist'));
const sizes = bundleSizes(dist);
line('js_gzip_kb_initial', sizes.initial / 1024, 150);
line('js_gzip_kb_initial_with_catalog', (sizes.initial + sizes.catalog) / 1024, 150);
line('js_gzip_kb_total', sizes.total / 1024, 300);

const seedStart = performance.now();
const server = await startServer({ webDist: dist, seed: seedRegistry });
line('seed_s', (performance.now() - seedStart) / 1000, undefined, { persons: PERSONS });
const browser = await launchBrowser();
try {
  const times: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.waitForSelector('[data-chart="held"][data-ready="true"] canvas', {
      timeout: 120_000,
    });
    const at = await page.evaluate(
      () => performance.getEntriesByName('chart:held')[0]?.startTime ?? Number.NaN,
    );
    const held = (await page.getByTestId('held-now').textContent()) ?? '';
    if (run === 0 && Number(held.replaceAll(',', '')) < PERSONS * 0.3)
      throw new Error(`the dashboard shows ${held} held; the seeded registry did not load`);
    // The first load also warms the server (JIT, database caches); it is reported apart.
    if (run === 0) line('first_render_cold_ms', at, 1000, { persons: PERSONS });
    else times.push(at);
    await context.close();
  }
  line('first_render_ms', median(times), 1000, { persons: PERSONS, runs: times.length });
} finally {
  await browser.close();
  await server.close();
}
