/**
 * `habeas reindex` (README, CLI; docs/read-models.md): drops the kept answers and builds the
 * public ones of every person, release event and deal again, on both databases.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { cliBackends } from '../support/cli-databases.ts';
import { captureIo } from '../support/io.ts';

const sample = new URL('../../data/sample-ledger.json', import.meta.url).pathname;

async function run(env: NodeJS.ProcessEnv, ...argv: string[]) {
  const io = captureIo('', env);
  const code = await main(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe.each(cliBackends())('habeas reindex on $name', (backend) => {
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    env = await backend.fresh();
    const imported = await run(env, 'import', sample);
    expect(imported.code, imported.err).toBe(0);
  }, 300_000);
  afterAll(() => backend.cleanup());

  it('builds an answer for each entity, twice with --staff, and says so', async () => {
    const ledger = JSON.parse(readFileSync(sample, 'utf8'));
    const answering = ledger.entities.filter((e: { type: string }) =>
      ['person', 'release_event', 'deal'].includes(e.type),
    ).length;
    const pub = await run(env, 'reindex', '--json');
    expect(pub.code, pub.err).toBe(0);
    const first = JSON.parse(pub.out);
    // Every entity the public sees has its answer (none of the sample is private).
    expect(first.rebuilt).toBe(answering);
    expect(first.version).toBeGreaterThan(0);
    const both = JSON.parse((await run(env, 'reindex', '--json', '--staff')).out);
    expect(both.rebuilt).toBe(2 * answering);
    const text = await run(env, 'reindex');
    expect(text.out).toMatch(
      /^rebuilt \d+ answers \(dropped 0\) at ledger version \d+ in [\d.]+ s\n$/,
    );
  });

  it('refuses an argument it does not know', async () => {
    const r = await run(env, 'reindex', 'everything');
    expect(r.code).toBe(2);
    expect(r.err).toContain("unexpected argument 'everything'");
  });
});
