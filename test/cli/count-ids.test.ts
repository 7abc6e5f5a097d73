/**
 * `habeas count --ids` (README, CLI): the figures, then every id held, read a page of
 * readLimits.pageItems at a time through the cursor and written page by page; the public's ids
 * only. 1,050 held persons take two pages, on both databases.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { readLimits } from '../../src/core/read-limits.ts';
import { cliBackends } from '../support/cli-databases.ts';
import { heldLedger } from '../support/held-ledger.ts';
import { captureIo } from '../support/io.ts';

// 11 and 1050 share no factor: every number once, out of order.
const ids = Array.from(
  { length: 1050 },
  (_, i) => `per_${String((i * 11) % 1050).padStart(4, '0')}`,
);
const sorted = [...ids].sort();
const privateId = 'per_0500private';
const args = ['count', '--country', 'BY', '--at', '2025-01-01'];

/** Runs the CLI, keeping each write apart: a page written as it comes is one write. */
async function run(env: NodeJS.ProcessEnv, ...argv: string[]) {
  const io = captureIo('', env);
  const writes: string[] = [];
  const out = io.out;
  io.out = (t) => {
    writes.push(t);
    out(t);
  };
  const code = await main(argv, io);
  return { code, out: io.stdout(), err: io.stderr(), writes };
}

describe.each(cliBackends())('habeas count --ids on $name', (backend) => {
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    env = await backend.fresh();
    const file = join(String(env.HABEAS_DATA_DIR ?? '/tmp'), '..', `held-${backend.name}.json`);
    writeFileSync(file, JSON.stringify(heldLedger(ids, [privateId])));
    const imported = await run(env, 'import', file);
    expect(imported.code, imported.err).toBe(0);
  }, 300_000);
  afterAll(() => backend.cleanup());

  it('prints every published id after the figures, one page per write', async () => {
    expect(ids.length).toBeGreaterThan(readLimits.pageItems);
    const r = await run(env, ...args, '--ids', '--lang', 'en');
    expect(r.code, r.err).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^Belarus \(BY\) on Jan 1, 2025: 1,051 political prisoners held in the ledger \(1,051 named\)$/,
    );
    expect(lines[2]).toBe('ids of the named persons held: 1,050');
    expect(lines.slice(3)).toEqual(sorted);
    // Two pages, two writes: the first readLimits.pageItems ids, then the rest.
    const pages = r.writes.filter((w) => w.startsWith('per_'));
    expect(pages.map((w) => w.trimEnd().split('\n').length)).toEqual([readLimits.pageItems, 50]);
  });

  it('writes one JSON object with every published id as registry.personIds', async () => {
    const r = await run(env, ...args, '--ids', '--json');
    expect(r.code, r.err).toBe(0);
    expect(r.out.endsWith('\n') && r.out.trimEnd().split('\n').length === 1).toBe(true);
    const body = JSON.parse(r.out);
    expect(body.registry).toEqual({ count: 1051, named: 1051, unnamed: 0, personIds: sorted });
    expect(body.country).toBe('BY');
    expect(body.at).toBe('2025-01-01');
    expect(body).toHaveProperty('reported', null);
  });

  it('prints the figures alone without --ids', async () => {
    const r = await run(env, ...args, '--json');
    expect(JSON.parse(r.out).registry).toEqual({ count: 1051, named: 1051, unnamed: 0 });
    expect(r.out).not.toContain('per_');
    const text = await run(env, ...args, '--lang', 'en');
    expect(text.out.trimEnd().split('\n')).toHaveLength(2);
  });
});
