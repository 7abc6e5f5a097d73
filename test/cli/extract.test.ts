import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { captureIo } from '../support/io.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/reports');
const lines = (out: string) =>
  out
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

function expectContract(r: Record<string, unknown>) {
  expect(Object.keys(r).sort()).toEqual([
    'detentions',
    'problems',
    'releases',
    'remainingCounts',
    'report',
  ]);
  expect(Object.keys(r.report as object).sort()).toEqual([
    'contentHash',
    'language',
    'publishedAt',
    'title',
    'url',
  ]);
  for (const rel of r.releases as Record<string, unknown>[]) {
    expect(Object.keys(rel).sort()).toEqual([
      'concessions',
      'country',
      'date',
      'destinations',
      'mediators',
      'released',
      'releasedCount',
      'role',
    ]);
  }
  for (const d of r.detentions as Record<string, unknown>[]) {
    expect(Object.keys(d).sort()).toEqual([
      'charges',
      'count',
      'country',
      'court',
      'date',
      'evidence',
      'kind',
      'person',
      'place',
      'recognisedBy',
      'role',
      'sentence',
    ]);
  }
}

describe('habeas extract', () => {
  it('prints one contract object for a text report, with evidence that quotes the text', async () => {
    const text = 'Belarus freed 52 prisoners on Thursday, including journalist Ihar Losik.';
    const io = captureIo(text);
    expect(
      await main(['extract', '--published', '2025-09-12', '--url', 'https://x.example/a', '-'], io),
    ).toBe(0);
    const [r] = lines(io.stdout());
    expectContract(r);
    expect(r.report.url).toBe('https://x.example/a');
    expect(r.report.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const main0 = r.releases[0];
    expect(main0.role).toBe('main');
    expect(main0.date).toEqual({ value: '2025-09-11', precision: 'day' });
    expect(main0.releasedCount.value).toBe(52);
    expect(main0.released.map((p: { name: string }) => p.name)).toEqual(['Ihar Losik']);
    const ev = main0.released[0].evidence;
    expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
    expect(r.detentions).toEqual([]);
  });

  it('prints the detentions of a report of a sentence: person, term, court, date, evidence', async () => {
    const text =
      'On 6 September 2021 the Minsk Regional Court sentenced Maria Kalesnikava to 11 years in a penal colony.';
    const io = captureIo(text);
    expect(await main(['extract', '--published', '2021-09-07', '-'], io)).toBe(0);
    const [r] = lines(io.stdout());
    expectContract(r);
    const [d] = r.detentions;
    expect(d.kind).toBe('sentence');
    expect(d.person.name).toBe('Maria Kalesnikava');
    expect(d.date).toEqual({ value: '2021-09-06', precision: 'day' });
    expect(d.sentence).toMatchObject({ years: 11, months: 0, life: false, regime: 'penal colony' });
    expect(d.court.name).toBe('Minsk Regional Court');
    expect(text.slice(d.evidence.start, d.evidence.end)).toBe('sentenced');
  });

  it('reads an HTML file: main text only, title from the page', async () => {
    const io = captureIo();
    const code = await main(
      ['extract', '--published', '2025-12-15', join(FIXTURES, 'by-2025-12-page.html')],
      io,
    );
    expect(code).toBe(0);
    const [r] = lines(io.stdout());
    expect(r.report.title).toContain('Bialiatski');
    expect(r.releases[0].releasedCount.value).toBe(123);
    expect(JSON.stringify(r)).not.toContain('<p>');
    expect(JSON.stringify(r)).not.toContain('Most read');
  });

  it('runs a JSONL batch, reports a bad line by number and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'habeas-extract-'));
    const file = join(dir, 'batch.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({
          url: 'a',
          publishedAt: '2025-12-14',
          text: 'Belarus freed 123 prisoners on Saturday.',
        }),
        '{broken',
        JSON.stringify({
          url: 'c',
          html: '<article><p>Belarus released 14 prisoners.</p></article>',
        }),
      ].join('\n'),
    );
    const io = captureIo('', {}, dir);
    expect(await main(['extract', 'batch.jsonl'], io)).toBe(1);
    const out = lines(io.stdout());
    expect(out.map((r) => r.report.url)).toEqual(['a', 'c']);
    expect(out[1].releases[0].releasedCount.value).toBe(14);
    expect(io.stderr()).toContain('line 2');
  });

  it('exits 0 for a clean JSONL batch from standard input', async () => {
    const io = captureIo(`${JSON.stringify({ text: 'Cuba will release 553 prisoners.' })}\n\n`);
    expect(await main(['extract', '--jsonl', '-'], io)).toBe(0);
    expect(lines(io.stdout())).toHaveLength(1);
  });

  it('refuses a bad --published naming the flag', async () => {
    const io = captureIo('x');
    expect(await main(['extract', '--published', '11/09/2025', '-'], io)).toBe(2);
    expect(io.stderr()).toContain('--published');
  });

  it('refuses a missing file and a missing argument with usage errors', async () => {
    const io = captureIo();
    expect(await main(['extract', 'no-such-file.txt'], io)).toBe(2);
    expect(io.stderr()).toContain('file not found');
    expect(await main(['extract'], captureIo())).toBe(2);
  });

  it('gives problems, not a crash, for an empty report', async () => {
    const io = captureIo('   ');
    expect(await main(['extract', '-'], io)).toBe(0);
    const [r] = lines(io.stdout());
    expect(r.releases).toEqual([]);
    expect(r.problems).toContain('empty text');
  });
});
