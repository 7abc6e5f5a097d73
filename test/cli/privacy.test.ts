/**
 * Privacy in the CLI (docs/privacy.md): `habeas export`, `events`, `person`, `count` and
 * `names search` show what the public sees; `--all` shows staff everything, and an `--all`
 * export is a backup that round-trips identically (but for the restore's own audit line).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFtm } from '../../src/adapters/ftm/ftm-check.ts';
import { main } from '../../src/cli/main.ts';
import { cliBackends } from '../support/cli-databases.ts';
import { captureIo } from '../support/io.ts';
import {
  leaks,
  markers,
  privateLedger,
  publicPersonId,
  releaseId,
} from '../support/private-ledger.ts';

/** An `export --all` without its audit log: what a restore gives back byte for byte. */
function withoutAuditLog(text: string): string {
  const { auditLog: _lines, ...rest } = JSON.parse(text);
  return JSON.stringify(rest);
}

async function run(env: NodeJS.ProcessEnv, ...argv: string[]) {
  const io = captureIo('', env);
  const code = await main(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

const everyMarker = Object.keys(markers).sort();

describe.each(cliBackends())('privacy in the CLI on $name', (backend) => {
  afterAll(() => backend.cleanup());

  it('shows the public view with --public (export: by default) and everything otherwise; --all round-trips', async () => {
    const env = await backend.fresh();
    const dir = String(env.HABEAS_DATA_DIR ?? '/tmp');
    const file = join(dir, '..', `private-${backend.name}.json`);
    writeFileSync(file, JSON.stringify(privateLedger()));
    expect((await run(env, 'import', file)).code).toBe(0);

    const publicRuns = [
      ['export'],
      ['export', '--format', 'csv'],
      ['export', '--format', 'ftm'],
      ['events', '--public', '--format', 'json'],
      ['events', '--public'],
      ['person', '--public', '--json', 'Alpha Publicperson'],
      ['person', '--public', '--json', publicPersonId],
      ['count', '--country', 'BY', '--at', '2025-01-01', '--json'],
      ['names', 'search', markers.privateName],
      ['names', 'search', markers.proposedName],
    ];
    // The published export holds no accounts, token digests or audit log, not even empty.
    const published = JSON.parse((await run(env, 'export')).out);
    for (const key of ['users', 'apiTokens', 'auditLog', 'sessions'])
      expect(published).not.toHaveProperty(key);
    for (const argv of publicRuns) {
      const r = await run(env, ...argv);
      // Output may echo the query asked: the asker's own input, not a leak.
      const found = leaks(r.out + r.err).filter(
        (k) => !argv.includes(markers[k as keyof typeof markers]),
      );
      expect(found, argv.join(' ')).toEqual([]);
    }
    for (const who of [markers.privateName, markers.privateId]) {
      const r = await run(env, 'person', '--public', '--json', who);
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
    }
    // Open data (docs/open-data.md): valid FtM of the published records, nothing private.
    const ftm = (await run(env, 'export', '--format', 'ftm')).out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(checkFtm(ftm)).toEqual([]);
    expect(ftm.find((e) => e.id === publicPersonId)?.properties.name).toContain(
      'Alpha Publicperson',
    );
    expect(ftm.some((e) => e.id === markers.privateId)).toBe(false);
    expect((await run(env, 'export', '--all', '--format', 'ftm')).code).toBe(2);
    const count = JSON.parse(
      (await run(env, 'count', '--country', 'BY', '--at', '2025-01-01', '--json')).out,
    );
    expect(count.registry.count).toBe(2);
    const events = JSON.parse((await run(env, 'events', '--public', '--format', 'json')).out);
    const june = events.find((e: { id: string }) => e.id === releaseId);
    expect(june.namesWithheld).toBe(1);
    expect(june.released).toEqual([{ id: publicPersonId, name: 'Alpha Publicperson' }]);

    // Staff: the whole ledger.
    const all = (await run(env, 'export', '--all')).out;
    expect(leaks(all).sort()).toEqual(everyMarker);
    expect(leaks((await run(env, 'export', '--all', '--format', 'csv')).out).sort()).toEqual(
      everyMarker,
    );
    const staffPerson = await run(env, 'person', '--json', markers.privateId);
    expect(staffPerson.code).toBe(0);
    expect(staffPerson.out).toContain(markers.privateName);
    const staffEvents = JSON.parse((await run(env, 'events', '--format', 'json')).out);
    expect(staffEvents.find((e: { id: string }) => e.id === releaseId).released).toHaveLength(2);

    // Backup and restore: identical; the public export imports on its own.
    const restored = await backend.fresh();
    const backup = join(dir, '..', `backup-${backend.name}.json`);
    writeFileSync(backup, all);
    expect((await run(restored, 'import', backup)).code).toBe(0);
    expect(withoutAuditLog((await run(restored, 'export', '--all')).out)).toBe(
      withoutAuditLog(all),
    );
    const csv = (await run(env, 'export', '--all', '--format', 'csv')).out;
    const fromCsv = await backend.fresh();
    const csvFile = join(dir, '..', `backup-${backend.name}.csv`);
    writeFileSync(csvFile, csv);
    expect((await run(fromCsv, 'import', csvFile)).code).toBe(0);
    // CSV carries the ledger only: no accounts (none here) and no audit log.
    const { users: _u, apiTokens: _t, ...ledger } = JSON.parse(withoutAuditLog(all));
    expect(JSON.parse((await run(fromCsv, 'export', '--all')).out)).toMatchObject(ledger);

    const open = (await run(env, 'export')).out;
    const publishedDb = await backend.fresh();
    const openFile = join(dir, '..', `public-${backend.name}.json`);
    writeFileSync(openFile, open);
    const imported = await run(publishedDb, 'import', openFile);
    expect(imported.err).toContain('imported');
    expect(imported.code).toBe(0);
    expect((await run(publishedDb, 'export')).out).toBe(open);
  }, 300_000);
});
