import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { reportsDir } from '../app/ingest-corpus.ts';
import { captureIo } from '../support/io.ts';

function summaryOf(out: string): Record<string, number> {
  const s: Record<string, number> = {};
  for (const m of out.matchAll(/^([a-z ]+?)\s+(\d+)$/gm)) s[m[1]!.trim()] = Number(m[2]);
  return s;
}

describe('habeas ingest', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'habeas-ingest-'));
    env = { HABEAS_DATA_DIR: join(dir, 'data') };
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('ingests a folder, prints a summary, and changes nothing the second time', async () => {
    const io = captureIo('', env, dir);
    expect(await main(['ingest', reportsDir], io)).toBe(0);
    const first = summaryOf(io.stdout());
    expect(first.read).toBe(62);
    expect(first.stored).toBe(61);
    expect(first.duplicates).toBe(1);
    expect(first['near duplicates']).toBeGreaterThanOrEqual(4);
    expect(first['events created']).toBeGreaterThanOrEqual(19);
    expect(first['events joined']).toBeGreaterThan(30);
    expect(first.conflicts).toBeGreaterThan(0);
    expect(first.problems).toBe(0);

    const again = captureIo('', env, dir);
    expect(await main(['ingest', reportsDir], again)).toBe(0);
    const second = summaryOf(again.stdout());
    expect(second).toMatchObject({ read: 62, stored: 0, duplicates: 62, 'claims proposed': 0 });

    const events = captureIo('', env, dir);
    expect(await main(['events', '--format', 'json', '--country', 'BY'], events)).toBe(0);
    const list = JSON.parse(events.stdout()) as Array<{
      country: string | null;
      releasedCount: unknown;
      best: {
        country: { value: string; proposed: boolean; sources: number } | null;
        releasedCount: { value: { value: number }; proposed: boolean; sources: number } | null;
      };
      reportedCounts: Array<{ value: number; qualifier: string; sources: string[] }>;
      reports: Array<{ url: string | null; role: string }>;
    }>;
    // The public contract (README, `habeas events --help`): these keys, in this shape.
    expect(Object.keys(list[0]!).sort()).toEqual(
      [
        'id',
        'title',
        'country',
        'date',
        'kind',
        'releasedCount',
        'best',
        'reportedCounts',
        'reportedDates',
        'reportedCountries',
        'released',
        'namesWithheld',
        'unnamed',
        'mediators',
        'destinations',
        'deal',
        'conflicts',
        'reports',
      ].sort(),
    );
    const dec = list.find((e) => e.reportedCounts.some((c) => c.value === 114))!;
    const r123 = dec.reportedCounts.find((c) => c.value === 123)!;
    expect(r123).toMatchObject({ qualifier: 'exact' });
    expect(r123.sources.length).toBeGreaterThan(3);
    expect(dec.reports.some((r) => r.url === null || typeof r.url === 'string')).toBe(true);
    expect(dec.reportedCounts.map((c) => c.value)).toEqual(expect.arrayContaining([123, 114, 100]));
    expect(dec.reports.every((r) => r.role === 'main' || r.role === 'background')).toBe(true);
    // Nothing is reviewed yet: no accepted value, but the best-supported ones, marked proposed.
    expect(dec.releasedCount).toBeNull();
    expect(dec.best.country).toMatchObject({ value: 'BY', proposed: true });
    expect(dec.best.releasedCount).toMatchObject({ value: { value: 123 }, proposed: true });
    expect(dec.best.releasedCount!.sources).toBe(r123.sources.length);
  }, 120_000);

  it('reads a JSONL batch on stdin, prints JSON lines, and exits 1 on a bad line', async () => {
    const lines = [
      JSON.stringify({
        url: 'https://example.org/fogel',
        publishedAt: '2025-02-11',
        text: 'Russia released American teacher Marc Fogel on 11 February 2025 after envoy Steve Witkoff flew to Moscow.',
      }),
      '{not json',
    ].join('\n');
    const io = captureIo(lines, env, dir);
    expect(await main(['ingest', '--json', '-'], io)).toBe(1);
    const out = io
      .stdout()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out[0]).toMatchObject({
      origin: 'stdin:1',
      created: true,
      source: { url: 'https://example.org/fogel' },
    });
    expect(out.at(-1).summary).toMatchObject({ read: 2, stored: 1, problems: 1 });
    expect(io.stderr()).toMatch(/stdin:2: not valid JSON/);
  }, 60_000);

  it('takes --published and --url for a single file, and refuses a bad date', async () => {
    const file = join(dir, 'one.txt');
    writeFileSync(file, 'Belarus pardoned 16 prisoners on Thursday, the press service said.');
    const io = captureIo('', env, dir);
    expect(
      await main(
        ['ingest', '--json', '--published', '2025-03-07', '--url', 'https://x.org/1', file],
        io,
      ),
    ).toBe(0);
    expect(JSON.parse(io.stdout().split('\n')[0]!)).toMatchObject({
      source: { url: 'https://x.org/1' },
      created: true,
    });
    const bad = captureIo('', env, dir);
    expect(await main(['ingest', '--published', '7 March', file], bad)).toBe(2);
    const missing = captureIo('', env, dir);
    expect(await main(['ingest', join(dir, 'nope.txt')], missing)).toBe(2);
  }, 60_000);
});
