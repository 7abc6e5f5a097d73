import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeNamesCommand } from '../../src/cli/commands/names.ts';
import { main } from '../../src/cli/main.ts';
import { captureIo } from '../support/io.ts';

function dir(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'habeas-names-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text);
  return d;
}

const lines = (s: string) =>
  s
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

describe('habeas names compare', () => {
  it('prints a, b, score, decision and evidence for two names', async () => {
    const io = captureIo();
    expect(await main(['names', 'compare', 'Maria Kalesnikava', 'Мария Колесникова'], io)).toBe(0);
    const [r] = lines(io.stdout());
    expect(Object.keys(r)).toEqual(['a', 'b', 'score', 'decision', 'evidence']);
    expect(r).toMatchObject({ a: 'Maria Kalesnikava', b: 'Мария Колесникова', decision: 'match' });
    expect(r.evidence[0]).toMatchObject({ part: 'surname', how: 'skeleton' });
  });

  it('reads pairs from a TSV file and prints one object a line, in order', async () => {
    const d = dir({
      'pairs.tsv':
        '# comment\nIhar Losik\tИгорь Лосик\n\nSiarhei Tsikhanouski\tSviatlana Tsikhanouskaya\n',
    });
    const io = captureIo('', {}, d);
    expect(await main(['names', 'compare', '--pairs', 'pairs.tsv'], io)).toBe(0);
    const out = lines(io.stdout());
    expect(out.map((r) => [r.a, r.decision])).toEqual([
      ['Ihar Losik', 'match'],
      ['Siarhei Tsikhanouski', 'no_match'],
    ]);
  });

  it('reports malformed lines by number, prints the good ones and exits 1', async () => {
    const d = dir({
      'pairs.tsv': 'Ihar Losik\tIgor Losik\nonly one name\n\tmissing a\nMaksim Znak\tМаксім Знак\n',
    });
    const io = captureIo('', {}, d);
    expect(await main(['names', 'compare', '--pairs', 'pairs.tsv'], io)).toBe(1);
    expect(lines(io.stdout())).toHaveLength(2);
    expect(io.stderr()).toContain('pairs.tsv:2: expected two tab-separated names');
    expect(io.stderr()).toContain('pairs.tsv:3:');
  });

  it('reads pairs from stdin with --pairs -', async () => {
    const io = captureIo('Zmitser Dashkevich\tDmitry Dashkevich\n');
    expect(await main(['names', 'compare', '--pairs', '-'], io)).toBe(0);
    expect(lines(io.stdout())[0].decision).toBe('match');
  });

  it('applies judgements from a file', async () => {
    const d = dir({ 'j.tsv': 'Ales Pushkin\tAliaksandr Pushkin\tdifferent\n' });
    const io = captureIo('', {}, d);
    expect(
      await main(
        ['names', 'compare', 'Ales Pushkin', 'Aliaksandr Pushkin', '--judgements', 'j.tsv'],
        io,
      ),
    ).toBe(0);
    expect(lines(io.stdout())[0]).toMatchObject({
      decision: 'no_match',
      evidence: [{ part: 'judgement' }],
    });
  });

  it('exits 2 on bad usage and 1 on a missing file', async () => {
    const io = captureIo();
    expect(await main(['names', 'compare', 'only one'], io)).toBe(2);
    expect(await main(['names', 'frobnicate'], io)).toBe(2);
    expect(await main(['names', 'compare', '--pairs', '/nonexistent/x.tsv'], io)).toBe(1);
    expect(io.stderr()).toContain('cannot read /nonexistent/x.tsv');
  });
});

describe('habeas names search', () => {
  it('searches an aliases file', async () => {
    const d = dir({
      'aliases.tsv': 'E1\tMaria Kalesnikava\nE1\tМарыя Калеснікава\nE2\tSiarhei Tsikhanouski\n',
    });
    const io = captureIo('', {}, d);
    expect(
      await main(['names', 'search', 'Колесниковой Марии', '--aliases', 'aliases.tsv'], io),
    ).toBe(0);
    const [r] = lines(io.stdout());
    expect(r.query).toBe('Колесниковой Марии');
    expect(r.hits.map((h: { entityId: string }) => h.entityId)).toEqual(['E1']);
  });

  it('finds a Han name from its Cantonese or Japanese reading, and the reading from the name', async () => {
    const d = dir({
      'han.tsv': 'E1\t黃之鋒\nE2\t久保田徹\nE3\t黃家明\n',
      'latin.tsv': 'E1\tWong Chi-fung\nE2\tToru Kubota\nE3\tWong Ka-ming\n',
    });
    const search = async (query: string, file: string) => {
      const io = captureIo('', {}, d);
      expect(await main(['names', 'search', query, '--aliases', file], io)).toBe(0);
      return lines(io.stdout())[0].hits as Array<{ entityId: string; decision: string }>;
    };
    for (const [query, file, id] of [
      ['Wong Chi-fung', 'han.tsv', 'E1'],
      ['Kubota Toru', 'han.tsv', 'E2'],
      ['黃之鋒', 'latin.tsv', 'E1'],
      ['久保田徹', 'latin.tsv', 'E2'],
    ]) {
      const hits = await search(query!, file!);
      expect(hits.map((h) => [h.entityId, h.decision])).toEqual([[id, 'match']]);
    }
  });

  it('uses an injected alias source when no file is given', async () => {
    const cmd = makeNamesCommand(async () => [{ entityId: 'P7', alias: 'Ihar Losik' }]);
    const io = captureIo();
    expect(await cmd.run(['search', 'Igor Losik'], io)).toBe(0);
    expect(lines(io.stdout())[0].hits[0]).toMatchObject({ entityId: 'P7', decision: 'match' });
  });

  it('searches the persons of the configured database when no file is given', async () => {
    const env = { HABEAS_DATA_DIR: join(dir({}), 'data') };
    const ledger = join(process.cwd(), 'data', 'sample-ledger.json');
    expect(await main(['import', ledger], captureIo('', env))).toBe(0);
    const io = captureIo('', env);
    expect(await main(['names', 'search', 'Мария Колесникова'], io)).toBe(0);
    const top = lines(io.stdout())[0].hits[0];
    expect(top).toMatchObject({ decision: 'match' });
    expect(top.alias).toMatch(/Kalesnikava|Kolesnikova/);
  });
});

describe('habeas names normalise', () => {
  it('prints how a name is read', async () => {
    const io = captureIo();
    expect(await main(['names', 'normalise', 'KALESNIKAVA Maria'], io)).toBe(0);
    expect(lines(io.stdout())[0]).toMatchObject({
      surname: 'kalesnikava',
      given: 'maria',
      order: 'caps',
    });
  });
});
