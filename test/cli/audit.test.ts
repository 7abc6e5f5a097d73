/** `habeas audit` on both backends: CLI changes are recorded as cli:<OS user>, listed, exported, reverted. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { parseCsv } from '../../src/core/csv.ts';
import { cliBackends } from '../support/cli-databases.ts';
import { captureIo } from '../support/io.ts';

async function run(env: NodeJS.ProcessEnv, ...argv: string[]) {
  const io = captureIo('', env);
  const code = await main(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

const me = `cli:${userInfo().username}`;

const ledger = {
  format: 'habeas-ledger',
  version: 1,
  sources: [],
  entities: [{ id: 'per_cli', type: 'person', createdAt: '2025-01-01T00:00:00.000Z' }],
  claims: [
    {
      id: 'clm_cli1',
      subjectId: 'per_cli',
      subjectType: 'person',
      property: 'occupation',
      value: { type: 'text', text: 'printer' },
      sourceId: null,
      evidence: null,
      author: { kind: 'import', name: 'test' },
      createdAt: '2025-01-01T00:00:00.000Z',
      confidence: 1,
      initialState: 'accepted',
      supersedes: null,
    },
  ],
  reviews: [],
};

describe.each(cliBackends())('habeas audit on $name', (backend) => {
  afterAll(() => backend.cleanup());

  it('lists, filters and exports what CLI commands changed, and reverts an import', async () => {
    const env = await backend.fresh();
    const dir = mkdtempSync(join(tmpdir(), 'habeas-audit-cli-'));
    writeFileSync(join(dir, 'ledger.json'), JSON.stringify(ledger));
    writeFileSync(
      join(dir, 'report.txt'),
      'Belarus freed activist Ales Bialiatski on 15 March 2025, his lawyer said.',
    );
    expect((await run(env, 'import', join(dir, 'ledger.json'))).code).toBe(0);
    const ingested = await run(env, 'ingest', join(dir, 'report.txt'), '--published', '2025-03-20');
    expect(ingested.code).toBe(0);

    const json = await run(env, 'audit', '--format', 'json');
    expect(json.code).toBe(0);
    const lines = json.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.action)).toEqual(['report.ingest', 'ledger.import']);
    expect(lines[1]).toMatchObject({ actor: me, actorRole: null, origin: 'cli' });
    // With DATABASE_URL the report went through the job queue: the worker stored it.
    const ingestBy = backend.name === 'postgres' ? 'worker' : me;
    expect(lines[0]).toMatchObject({
      actor: ingestBy,
      origin: backend.name === 'postgres' ? 'worker' : 'cli',
    });

    const only = await run(env, 'audit', '--action', 'ledger.import', '--format', 'json');
    expect(only.out.trim().split('\n')).toHaveLength(1);
    const none = await run(env, 'audit', '--since', '2999-01-01', '--format', 'json');
    expect(none.out).toBe('');
    const byMe = await run(env, 'audit', '--actor', me, '--format', 'csv');
    const rows = parseCsv(byMe.out).filter((r) => r.length > 1);
    expect(rows[0]![2]).toBe('actor');
    expect(rows.slice(1).every((r) => r[2] === me)).toBe(true);
    const table = await run(env, 'audit');
    expect(table.out).toMatch(/^id\s+at\s+actor\s+role\s+origin\s+action\s+summary/);
    expect(table.out).toContain('ledger.import');

    const reverted = await run(env, 'audit', 'revert', lines[1].id);
    expect(reverted.code).toBe(0);
    expect(JSON.parse(reverted.out)).toMatchObject({
      reverted: lines[1].id,
      restored: [{ claimId: 'clm_cli1', from: 'accepted', to: 'rejected' }],
      line: { action: 'audit.revert', actor: me, origin: 'cli', reverts: lines[1].id },
    });
    const again = await run(env, 'audit', 'revert', lines[1].id);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already reverted/);
    // The revert added a review, nothing else: the claim is still there, now rejected.
    const dump = JSON.parse((await run(env, 'export', '--all')).out);
    expect(dump.claims.map((c: { id: string }) => c.id)).toContain('clm_cli1');
    expect(
      dump.reviews
        .filter((r: { claimId: string }) => r.claimId === 'clm_cli1')
        .map((r: { state: string }) => r.state),
    ).toEqual(['rejected']);
  }, 240_000);

  it('says what is wrong with bad options', async () => {
    const env = await backend.fresh();
    const r = await run(env, 'audit', '--format', 'xml');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--format: expected table, json or csv/);
    const bad = await run(env, 'audit', '--since', 'last week');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/since: expected YYYY-MM-DD/);
    expect((await run(env, 'audit', 'revert')).code).toBe(2);
  }, 180_000);
});
