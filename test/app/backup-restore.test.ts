// Backup and restore with the real CLI: `habeas export --all` of a ledger built from the sample,
// ingested reports, reviews, a confidential source, user accounts, an API token, sign-ins and a
// revert, then `habeas import` into an empty database, then `export --all` again gives the same
// bytes plus the import's own audit line: PGlite to PGlite, PGlite to PostgreSQL, PostgreSQL to
// PostgreSQL and PostgreSQL back to PGlite. CSV carries the ledger only. Restored users sign in
// with their old passwords (real argon2id); broken or conflicting backups store nothing.
// The commands a test runs one after the other on a database share one CLI process
// (runHabeasSteps): what is checked is what they store and print, not their starts.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTokenUser } from '../../src/app/accounts/authenticate.ts';
import { changeUser } from '../../src/app/accounts/change-user.ts';
import { createUser } from '../../src/app/accounts/create-user.ts';
import { ensureFirstAdmin } from '../../src/app/accounts/first-admin.ts';
import { issueApiToken } from '../../src/app/accounts/issue-api-token.ts';
import { SignInRefusedError, signIn } from '../../src/app/accounts/sign-in.ts';
import { revertChange } from '../../src/app/review/revert-change.ts';
import { reviewClaim } from '../../src/app/review/review-claim.ts';
import { importLedger } from '../../src/app/transfer/import-ledger.ts';
import type { StoredAuditLine } from '../../src/core/model/audit.ts';
import type { LedgerDump } from '../../src/core/model/dump.ts';
import { accountsOf, openApp } from '../../src/wiring.ts';
import { type FreshDatabase, freshDatabase } from '../adapters/jobs/fresh-database.ts';
import { postgresNotConfigured, postgresTestUrl, providedTemplates } from '../support/databases.ts';
import { projectRoot, runHabeas, runHabeasSteps, type Step } from '../support/habeas-process.ts';
import { writeCrashReports } from './ingest-crash-reports.ts';

const sample = join(projectRoot, 'data/sample-ledger.json');
let work: string;
let template: string;
let n = 0;
/** Text of `export --all` of the original ledger, as JSON and as CSV. */
let backup: string;
let backupCsv: string;
let publicExport: string;
/** The raw API token issued before the backup (only its digest may be in the backup). */
let rawToken: string;
const passwords = { admin: 'first admin password 1', rosa: 'a long editor passphrase' };

/** An empty, migrated PGlite data folder (a copy: PGlite's initdb is slow). */
function freshPglite(): NodeJS.ProcessEnv {
  const dir = join(work, `data-${n++}`);
  cpSync(template, dir, { recursive: true });
  return { HABEAS_DATA_DIR: dir };
}

async function habeas(env: NodeJS.ProcessEnv, ...args: string[]): Promise<string> {
  const r = await runHabeas(args, env);
  expect(r.code, `habeas ${args.join(' ')}: ${r.stderr}`).toBe(0);
  return r.stdout;
}

/** Runs the command lines one after the other in one CLI process; gives what each did. */
const steps = (env: NodeJS.ProcessEnv, ...lines: string[][]): Promise<Step[]> =>
  runHabeasSteps(lines, env);

/** The standard output of a command that must have ended well. */
function ok(step: Step | undefined): string {
  expect(step?.code, step?.stderr).toBe(0);
  return step!.stdout;
}

/** Checks that an `import` step imported, not refused. */
function imported(step: Step | undefined): void {
  expect(step?.code, step?.stderr).toBe(0);
  expect(step!.stderr).toMatch(/^imported \d+ sources/);
}

/** Writes `text` to a file and gives the command line that imports it. */
function importOf(text: string, ext = 'json'): string[] {
  const file = join(work, `backup-${n++}.${ext}`);
  writeFileSync(file, text);
  return ['import', file];
}

/**
 * Imports `text` into `env`'s database; gives `export --all` after, and what the `more` command
 * lines, run after it in the same process, did.
 */
async function restore(
  env: NodeJS.ProcessEnv,
  text: string,
  ext = 'json',
  ...more: string[][]
): Promise<{ restored: string; more: Step[] }> {
  const [importing, exported, ...rest] = await steps(
    env,
    importOf(text, ext),
    ['export', '--all'],
    ...more,
  );
  imported(importing);
  return { restored: ok(exported), more: rest };
}

/**
 * `after` must be `before` byte for byte, but for one audit line appended at the end: the
 * import's own ledger.import line, by the CLI. Returns that line.
 */
function expectOneImportLineMore(after: string, before: string): StoredAuditLine {
  const dump = JSON.parse(after) as Required<LedgerDump>;
  const added = dump.auditLog.at(-1)!;
  expect(added).toMatchObject({ action: 'ledger.import', origin: 'cli', reverts: null });
  const was = JSON.parse(before) as Required<LedgerDump>;
  expect(was.auditLog.some((l) => l.id === added.id)).toBe(false);
  const expected = { ...was, auditLog: [...was.auditLog, added] };
  expect(after).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  return added;
}

/** The ledger sections of an export (what a CSV carries), as text. */
function ledgerPart(text: string): string {
  const { sources, entities, claims, reviews } = JSON.parse(text) as LedgerDump;
  return JSON.stringify({ sources, entities, claims, reviews });
}

/** Opens the database of `env` in this process, runs `fn`, closes it. */
async function inProcess<T>(
  env: NodeJS.ProcessEnv,
  fn: (ctx: Awaited<ReturnType<typeof openApp>>) => Promise<T>,
): Promise<T> {
  const ctx = await openApp({
    DATABASE_URL: env.DATABASE_URL,
    HABEAS_DATA_DIR: env.HABEAS_DATA_DIR ?? '',
  });
  try {
    return await fn(ctx);
  } finally {
    await ctx.db.close();
  }
}

/** Restored accounts work: old passwords, the disabled user stays out, the old token works. */
async function expectAccountsWork(env: NodeJS.ProcessEnv): Promise<void> {
  await inProcess(env, async (ctx) => {
    const acc = accountsOf(ctx);
    const rosa = await signIn(acc, { username: 'rosa', password: passwords.rosa, ip: '10.0.0.7' });
    expect(rosa.user).toMatchObject({ username: 'rosa', role: 'editor', disabled: false });
    const admin = await signIn(acc, {
      username: 'admin',
      password: passwords.admin,
      ip: '10.0.0.7',
    });
    expect(admin.user.role).toBe('admin');
    await expect(
      signIn(acc, { username: 'rosa', password: passwords.admin, ip: '10.0.0.7' }),
    ).rejects.toThrow(SignInRefusedError);
    await expect(
      signIn(acc, { username: 'ivan', password: 'whatever it was before', ip: '10.0.0.7' }),
    ).rejects.toThrow(SignInRefusedError);
    expect((await apiTokenUser(acc, rawToken))?.username).toBe('rosa');
  });
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'habeas-backup-'));
  template = providedTemplates()?.pgliteDataDir ?? join(work, 'template');
  if (!providedTemplates()) await habeas({ HABEAS_DATA_DIR: template }, 'export');

  // The original: the sample, reports ingested on top, reviews, a confidential source.
  const original = freshPglite();
  const reports = join(work, 'reports');
  writeCrashReports(reports, 4);
  for (const step of await steps(original, ['import', sample], ['ingest', reports])) ok(step);
  const ctx = await openApp({
    DATABASE_URL: undefined,
    HABEAS_DATA_DIR: original.HABEAS_DATA_DIR!,
  });
  try {
    const proposed = await ctx.db.claims.listClaims({ state: 'proposed', limit: 3 });
    expect(proposed).toHaveLength(3);
    const author = { kind: 'user', id: 'usr_backuptest' } as const;
    await reviewClaim(ctx, { claimId: proposed[0]!.id, state: 'accepted', author });
    await reviewClaim(ctx, {
      claimId: proposed[1]!.id,
      state: 'rejected',
      author,
      note: 'wrong person',
    });
    await reviewClaim(ctx, { claimId: proposed[2]!.id, state: 'accepted', author });
    const [source] = await ctx.db.sources.listSources({ limit: 1 });
    await ctx.db.sources.setConfidential(source!.id, true);
    // Accounts as `habeas serve` and `habeas user` make them, with the real argon2id hasher.
    const acc = accountsOf(ctx);
    await ensureFirstAdmin(acc, passwords.admin);
    await createUser(acc, { username: 'rosa', role: 'editor', password: passwords.rosa });
    const ivan = await createUser(acc, { username: 'ivan', role: 'viewer' });
    rawToken = (await issueApiToken(acc, { username: 'rosa', name: 'nightly feed' })).token;
    await issueApiToken(acc, { username: 'ivan', name: 'old laptop' });
    await changeUser(acc, ivan.user.id, { disabled: true });
    await signIn(acc, { username: 'rosa', password: passwords.rosa, ip: '192.0.2.10' });
    // A revert: a line that points at an earlier one (the log's own foreign key).
    const [review] = await ctx.db.audit.listLines({ action: 'claim.review', limit: 1 });
    await revertChange(ctx, review!.id, { kind: 'user', id: 'usr_backuptest' });
  } finally {
    await ctx.db.close();
  }
  [backup, backupCsv, publicExport] = (
    await steps(original, ['export', '--all'], ['export', '--all', '--format', 'csv'], ['export'])
  ).map(ok) as [string, string, string];
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('backup (export --all) and restore (import) on PGlite', () => {
  it('holds everything: ingested reports, reviews, unpublished claims, confidential sources', () => {
    const dump = JSON.parse(backup) as LedgerDump & { sources: Array<{ confidential?: boolean }> };
    expect(dump.sources.length).toBeGreaterThan(24);
    expect(dump.reviews.length).toBeGreaterThanOrEqual(4);
    expect(dump.reviews.some((r) => r.state === 'rejected' && r.note === 'wrong person')).toBe(
      true,
    );
    expect(dump.claims.some((c) => c.initialState === 'proposed')).toBe(true);
    expect(JSON.stringify(dump.sources)).toContain('"confidential":true');
    // The public export is a strict subset: the backup is what must be kept safe.
    expect(publicExport.length).toBeLessThan(backup.length);
  });

  it('holds the accounts, token digests and the whole audit log, never sessions or raw tokens', () => {
    const dump = JSON.parse(backup) as Required<LedgerDump>;
    expect(dump.version).toBe(2);
    expect(Object.keys(dump)).toEqual([
      ...['format', 'version', 'sources', 'entities', 'claims', 'reviews'],
      ...['users', 'apiTokens', 'auditLog'],
    ]);
    expect(dump.users.map((u) => [u.username, u.role, u.disabled])).toEqual([
      ['admin', 'admin', false],
      ['rosa', 'editor', false],
      ['ivan', 'viewer', true],
    ]);
    for (const u of dump.users) expect(u.passwordHash).toMatch(/^\$argon2id\$v=19\$/);
    expect(dump.apiTokens.map((t) => [t.name, t.revokedAt === null])).toEqual([
      ['nightly feed', true],
      ['old laptop', false],
    ]);
    expect(backup).not.toContain(rawToken);
    expect(backup).not.toContain(passwords.rosa);
    expect(backup).not.toContain('csrfToken');
    expect(backup).not.toContain('"sessions"');
    const actions = dump.auditLog.map((l) => l.action);
    expect(actions[0]).toBe('ledger.import');
    for (const a of ['report.ingest', 'claim.review', 'user.add', 'user.token', 'user.disable'])
      expect(actions).toContain(a);
    expect(actions.slice(-2)).toEqual(['user.signin', 'audit.revert']);
    expect(dump.auditLog.at(-1)!.reverts).toMatch(/^aud_/);
    // Storage order is time order here: the log is written as things happen.
    const times = dump.auditLog.map((l) => l.at);
    expect(times).toEqual([...times].sort());
    // Nothing of it is in the published export.
    const open = JSON.parse(publicExport) as Record<string, unknown>;
    expect(open.version).toBe(1);
    for (const k of ['users', 'apiTokens', 'auditLog']) expect(open).not.toHaveProperty(k);
  });

  it('restores into an empty PGlite: the same bytes plus the import line; old passwords work', async () => {
    const env = freshPglite();
    const { restored } = await restore(env, backup);
    const line = expectOneImportLineMore(restored, backup);
    expect(line.summary).toMatch(/restored 3 users, 2 API tokens, \d+ audit lines$/);
    await expectAccountsWork(env);
    // Again: everything is stored as in the file, nothing is added, not even an audit line.
    const [signedIn, again, after] = await steps(env, ['export', '--all'], importOf(backup), [
      'export',
      '--all',
    ]);
    expect(again!.code).toBe(0);
    expect(again!.stderr).toMatch(/^nothing to import: all \d+ records are already stored/);
    expect(ok(after)).toBe(ok(signedIn));
  }, 300_000);

  it('restores the ledger from CSV, which carries no accounts and says so', async () => {
    expect(backupCsv).not.toMatch(/argon2id|user\.add|nightly feed/);
    const fromCsv = freshPglite();
    // On the empty database first, then restored from the CSV.
    const [csvRun, importing, restored, csvAgain, publicAgain] = await steps(
      fromCsv,
      ['export', '--all', '--format', 'csv'],
      importOf(backupCsv, 'csv'),
      ['export', '--all'],
      ['export', '--all', '--format', 'csv'],
      ['export'],
    );
    expect(csvRun!.stderr).toMatch(/CSV holds the ledger only.*--format json/);
    imported(importing);
    expect(ledgerPart(ok(restored))).toBe(ledgerPart(backup));
    const { users, auditLog } = JSON.parse(restored!.stdout) as Required<LedgerDump>;
    expect(users).toEqual([]);
    expect(auditLog.map((l) => l.action)).toEqual(['ledger.import']);
    expect(ok(csvAgain)).toBe(backupCsv);
    expect(ok(publicAgain)).toBe(publicExport);
  }, 300_000);

  it('refuses a backup with a malformed user, token or audit line, naming it; stores nothing', async () => {
    const env = freshPglite();
    const broken = JSON.parse(backup) as Required<LedgerDump>;
    broken.users[1]!.passwordHash = 'plaintext-password';
    broken.apiTokens[0]!.userId = 'usr_nobody';
    broken.auditLog[3]!.at = 'yesterday';
    (broken.auditLog[4] as unknown as Record<string, unknown>).subjectIds = 'usr_x';
    const first = importOf(JSON.stringify(broken));
    // Consistency is checked once the shape is right: the token's user must be in the file.
    broken.users[1]!.passwordHash = JSON.parse(backup).users[1].passwordHash;
    broken.auditLog[3]!.at = '2025-06-21T09:30:00.000Z';
    broken.auditLog[4]!.subjectIds = [];
    broken.auditLog[6]!.reverts = broken.auditLog.at(-1)!.id;
    broken.auditLog[7]!.summary = 'a NUL \u0000 here';
    const [r, second, left] = await steps(env, first, importOf(JSON.stringify(broken)), [
      'export',
      '--all',
    ]);
    expect(r!.code).toBe(1);
    expect(r!.stderr).toContain('users[1].passwordHash: expected an argon2id hash');
    expect(r!.stderr).toContain('auditLog[3].at: expected an ISO time');
    expect(r!.stderr).toContain('auditLog[4].subjectIds');
    expect(second!.code).toBe(1);
    expect(second!.stderr).toContain("apiTokens[0].userId: user 'usr_nobody' is not in the file");
    expect(second!.stderr).toMatch(/auditLog\[6\]\.reverts: line 'aud_\w+' is not earlier/);
    expect(second!.stderr).toContain('auditLog[7].summary: contains a NUL character');
    const stored = JSON.parse(ok(left)) as Required<LedgerDump>;
    expect([stored.claims, stored.users, stored.apiTokens, stored.auditLog]).toEqual([
      [],
      [],
      [],
      [],
    ]);
  }, 300_000);

  it("refuses a restore over a set-up database's own 'admin', with what to do; stores nothing", async () => {
    const env = freshPglite();
    // What `habeas serve` does first on an empty database.
    await inProcess(env, (ctx) => ensureFirstAdmin(accountsOf(ctx), 'another admin password'));
    const [before, r, after] = await steps(env, ['export', '--all'], importOf(backup), [
      'export',
      '--all',
    ]);
    expect(r!.code).toBe(1);
    expect(r!.stderr).toMatch(/user 'admin' \(usr_\w+\) is taken by another account/);
    expect(r!.stderr).toContain('restore a full backup into an empty database');
    expect(r!.stderr).toContain('before the first `habeas serve`');
    expect(ok(after)).toBe(ok(before));
  }, 300_000);

  it('refuses a changed user or audit line when the rest is stored: never overwritten', async () => {
    const env = freshPglite();
    const changed = JSON.parse(backup) as Required<LedgerDump>;
    changed.users[1]!.role = 'admin';
    changed.auditLog[2]!.summary = 'history written anew';
    const {
      more: [before, r, after],
    } = await restore(env, backup, 'json', ['export', '--all'], importOf(JSON.stringify(changed)), [
      'export',
      '--all',
    ]);
    expect(r!.code).toBe(1);
    expect(r!.stderr).toContain("user 'rosa'");
    expect(r!.stderr).toContain(
      `audit line '${changed.auditLog[2]!.id}' is stored with other content`,
    );
    expect(ok(after)).toBe(ok(before));
  }, 300_000);

  it('takes a full backup through the CLI only: the in-process (API) import refuses it', async () => {
    const env = freshPglite();
    await inProcess(env, async (ctx) => {
      await expect(importLedger(ctx.db, JSON.parse(backup))).rejects.toThrow(
        /full backup with user accounts and the audit log: restore it on the server with `habeas import FILE`/,
      );
      expect(await ctx.db.audit.countLines()).toBe(0);
      expect(await ctx.db.claims.countClaims()).toBe(0);
    });
  }, 300_000);
});

const url = postgresTestUrl();
if (!url) {
  describe('backup and restore across backends', () =>
    postgresNotConfigured('backup and restore on PostgreSQL'));
} else {
  describe('backup and restore across backends', () => {
    const dbs: FreshDatabase[] = [];
    const freshPostgres = async () => {
      const db = await freshDatabase(url);
      dbs.push(db);
      return { DATABASE_URL: db.url };
    };
    afterAll(async () => {
      for (const db of dbs) await db.drop();
    });

    it('PGlite -> PostgreSQL -> PostgreSQL -> PGlite keeps every byte, plus one import line each', async () => {
      const first = await freshPostgres();
      const onFirst = await restore(first, backup, 'json', ['export']);
      const onPostgres = onFirst.restored;
      expectOneImportLineMore(onPostgres, backup);
      expect(ok(onFirst.more[0])).toBe(publicExport);
      await expectAccountsWork(first);

      const second = await freshPostgres();
      const { restored: onSecond } = await restore(second, onPostgres);
      expectOneImportLineMore(onSecond, onPostgres);
      const fromCsv = await restore(await freshPostgres(), backupCsv, 'csv');
      expect(ledgerPart(fromCsv.restored)).toBe(ledgerPart(backup));

      const back = freshPglite();
      const onBack = await restore(back, onSecond, 'json', ['export']);
      expectOneImportLineMore(onBack.restored, onSecond);
      expect(ok(onBack.more[0])).toBe(publicExport);
      await expectAccountsWork(back);
    }, 300_000);
  });
}
