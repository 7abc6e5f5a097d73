import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { cliBackends } from '../support/cli-databases.ts';
import { captureIo } from '../support/io.ts';

const sample = join(import.meta.dirname, '../../data/sample-ledger.json');

async function run(env: NodeJS.ProcessEnv, ...argv: string[]) {
  const io = captureIo('', env);
  const code = await main(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe.each(cliBackends())('ledger commands on $name', (backend) => {
  afterAll(() => backend.cleanup());

  it('exports, imports into an empty database and exports identically (JSON and CSV)', async () => {
    const a = await backend.fresh();
    expect((await run(a, 'import', sample)).code).toBe(0);
    const json1 = (await run(a, 'export', '--all', '--format', 'json')).out;
    const csv1 = (await run(a, 'export', '--all', '--format', 'csv')).out;
    expect(JSON.parse(json1).claims.length).toBeGreaterThan(500);

    const b = await backend.fresh();
    const file = join(String(a.HABEAS_DATA_DIR ?? '/tmp'), '..', 'ledger.json');
    writeFileSync(file, json1);
    expect((await run(b, 'import', file)).code).toBe(0);
    expect((await run(b, 'export', '--all')).out).toBe(json1);

    const c = await backend.fresh();
    const csvFile = join(String(a.HABEAS_DATA_DIR ?? '/tmp'), '..', 'ledger.csv');
    writeFileSync(csvFile, csv1);
    const imported = await run(c, 'import', csvFile);
    expect(imported.err).toContain('imported');
    expect((await run(c, 'export', '--all', '--format', 'csv')).out).toBe(csv1);
    expect((await run(c, 'export', '--all')).out).toBe(json1);
  });

  it('refuses a broken ledger with the place of each problem and changes nothing', async () => {
    const env = await backend.fresh();
    const doc = JSON.parse(readFileSync(sample, 'utf8'));
    doc.claims[3].evidence.quote = 'words that are not in the source';
    doc.claims[7].subjectId = 'per_nobody';
    const file = join(String(env.HABEAS_DATA_DIR ?? '/tmp'), '..', 'broken.json');
    writeFileSync(file, JSON.stringify(doc));
    const r = await run(env, 'import', file);
    expect(r.code).toBe(1);
    expect(r.err).toContain('claims[3].evidence');
    expect(r.err).toContain("claims[7].subjectId: entity 'per_nobody' is not in the file");
    const after = JSON.parse((await run(env, 'export', '--all')).out);
    expect(after.claims).toHaveLength(0);
    expect(after.sources).toHaveLength(0);
  });

  it('adds nothing when the same ledger is imported twice, and refuses a changed record', async () => {
    const env = await backend.fresh();
    await run(env, 'import', sample);
    const before = (await run(env, 'export', '--all')).out;
    const again = await run(env, 'import', sample);
    expect(again.code).toBe(0);
    expect(again.err).toMatch(/nothing to import: all \d+ records are already stored/);
    expect((await run(env, 'export', '--all')).out).toBe(before);

    const doc = JSON.parse(readFileSync(sample, 'utf8'));
    doc.claims[5].confidence = 0.123;
    const file = join(String(env.HABEAS_DATA_DIR ?? '/tmp'), '..', 'changed.json');
    writeFileSync(file, JSON.stringify(doc));
    const changed = await run(env, 'import', file);
    expect(changed.code).toBe(1);
    expect(changed.err).toContain(`claim '${doc.claims[5].id}' is stored with other content`);
    expect((await run(env, 'export', '--all')).out).toBe(before);
  });

  it('counts prisoners on a date and lists events as JSON', async () => {
    const env = await backend.fresh();
    await run(env, 'import', sample);
    const count = await run(env, 'count', '--country', 'BY', '--at', '2025-09-12', '--json');
    expect(count.code).toBe(0);
    const c = JSON.parse(count.out);
    expect(c.at).toBe('2025-09-12');
    expect(c.registry.count).toBeGreaterThan(0);
    expect(c.reported.latest.value).toBeGreaterThanOrEqual(1000);
    const text = await run(env, 'count', '--country', 'by', '--at', '2025-09-12');
    expect(text.out).toMatch(/^BY on 2025-09-12: \d+ political prisoners/);

    const events = JSON.parse((await run(env, 'events', '--format', 'json')).out);
    const sep = events.find((e: { date: { value: string } }) => e.date?.value === '2025-09-11');
    expect(sep.releasedCount.value).toBe(52);
    expect(sep.reports[0]).toHaveProperty('role', 'main');
    expect(sep.reports[0]).toHaveProperty('url');
    const table = await run(env, 'events');
    expect(table.out.split('\n')[0]).toMatch(/^date\s+country\s+released/);
  });

  it('searches registry names with the name engine', async () => {
    const env = await backend.fresh();
    await run(env, 'import', sample);
    const r = await run(env, 'names', 'search', 'Мария Колесникова');
    expect(r.code).toBe(0);
    const hits = JSON.parse(r.out).hits;
    expect(hits[0].entityId).toBe('per_kalesnikava');
    expect(hits[0].decision).toBe('match');
  });

  it('looks up a person by another spelling', async () => {
    const env = await backend.fresh();
    await run(env, 'import', sample);
    const r = await run(env, 'person', '--json', 'Siarhiej Cichanoŭski');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).id).toBe('per_tsikhanouski');
  });
});

describe('CLI argument errors', () => {
  it.each([
    [['count', '--country', 'BY'], /--at: expected a date/],
    [['count', '--at', '2025-01-01'], /--country is required/],
    [['count', '--country', 'BY', '--at', '2025-02-30'], /--at: expected a date/],
    [['count', '--country', 'BY', '--at', '2025-01-01', '--bogus'], /Unknown option '--bogus'/],
    [['export', '--format', 'xml'], /--format: expected json or csv/],
    [['events', '--format', 'yaml'], /--format: expected table, json or jsonl/],
    [['import'], /give a FILE/],
    [['import', '/nonexistent/file.json'], /file not found/],
  ])('habeas %j exits 2 with a clear message', async (argv, message) => {
    const io = captureIo('', { HABEAS_DATA_DIR: '/nonexistent/never-created' });
    expect(await main(argv as string[], io)).toBe(2);
    expect(io.stderr()).toMatch(message);
  });

  it('prints help for every command', async () => {
    for (const name of ['serve', 'import', 'export', 'count', 'events', 'person']) {
      const io = captureIo();
      expect(await main([name, '--help'], io)).toBe(0);
      expect(io.stdout()).toContain(`Usage: habeas ${name}`);
    }
  });
});
