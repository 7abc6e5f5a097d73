import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { signIn } from '../../src/app/accounts/sign-in.ts';
import { main } from '../../src/cli/main.ts';
import { accountsOf, openApp } from '../../src/wiring.ts';
import { cliBackends } from '../support/cli-databases.ts';
import { captureIo } from '../support/io.ts';

const sample = join(import.meta.dirname, '../../data/sample-ledger.json');

async function run(env: NodeJS.ProcessEnv, ...argv: string[]) {
  return runWith('', env, ...argv);
}

async function runWith(stdin: string, env: NodeJS.ProcessEnv, ...argv: string[]) {
  const io = captureIo(stdin, env);
  const code = await main(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

/** `habeas user add NAME --role ROLE --password-stdin` with this password. */
function addUser(env: NodeJS.ProcessEnv, name: string, role: string, password: string) {
  return runWith(`${password}\n`, env, 'user', 'add', name, '--role', role, '--password-stdin');
}

/** A full backup's sections as parsed JSON. */
interface Backup {
  version: number;
  users: Array<{ username: string; passwordHash: string }>;
  apiTokens: Array<{ name: string; tokenHash: string }>;
  auditLog: Array<{ id: string; action: string }>;
  [k: string]: unknown;
}

/** `after` is `before` with exactly one audit line more at the end: the import's own. */
function oneImportLineMore(after: string, before: string): void {
  const restored = JSON.parse(after) as Backup;
  const added = restored.auditLog.at(-1)!;
  expect(added.action).toBe('ledger.import');
  const was = JSON.parse(before) as Backup;
  expect(after).toBe(
    `${JSON.stringify({ ...was, auditLog: [...was.auditLog, added] }, null, 2)}\n`,
  );
}

describe.each(cliBackends())('ledger commands on $name', (backend) => {
  afterAll(() => backend.cleanup());

  // The commands that only read (count, events, names, person) share one database holding the
  // sample ledger, imported once per backend; importing it is what the tests above check.
  let withSample: Promise<NodeJS.ProcessEnv> | undefined;
  const sampled = () => {
    withSample ??= backend.fresh().then(async (env) => {
      expect((await run(env, 'import', sample)).code).toBe(0);
      return env;
    });
    return withSample;
  };

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
    oneImportLineMore((await run(b, 'export', '--all')).out, json1);

    // CSV carries the ledger only (no accounts, no audit log) and restores it exactly.
    const c = await backend.fresh();
    const csvFile = join(String(a.HABEAS_DATA_DIR ?? '/tmp'), '..', 'ledger.csv');
    writeFileSync(csvFile, csv1);
    const imported = await run(c, 'import', csvFile);
    expect(imported.err).toContain('imported');
    expect((await run(c, 'export', '--all', '--format', 'csv')).out).toBe(csv1);
    const ledger = (text: string) => {
      const { sources, entities, claims, reviews } = JSON.parse(text);
      return { sources, entities, claims, reviews };
    };
    expect(ledger((await run(c, 'export', '--all')).out)).toEqual(ledger(json1));
  });

  it('restores accounts, token digests and the audit log from a full backup; a version-1 file still imports', async () => {
    const a = await backend.fresh();
    expect(JSON.parse(readFileSync(sample, 'utf8')).version).toBe(1);
    expect((await run(a, 'import', sample)).code).toBe(0);
    const password = 'correct staple battery horse';
    expect((await addUser(a, 'olga', 'reviewer', password)).code).toBe(0);
    const token = (await run(a, 'user', 'token', 'olga', '--label', 'sync')).out.trim();
    expect(token).toMatch(/^hbs_/);
    const backup = (await run(a, 'export', '--all')).out;
    const dump = JSON.parse(backup) as Backup;
    expect(dump.version).toBe(2);
    expect(dump.users.map((u) => u.username)).toEqual(['olga']);
    expect(dump.apiTokens.map((t) => t.name)).toEqual(['sync']);
    expect(backup).not.toContain(token);
    expect(dump.auditLog.map((l) => l.action)).toEqual(['ledger.import', 'user.add', 'user.token']);
    // The published export holds none of it.
    const open = JSON.parse((await run(a, 'export')).out);
    expect(open.version).toBe(1);
    for (const k of ['users', 'apiTokens', 'auditLog']) expect(open).not.toHaveProperty(k);

    const b = await backend.fresh();
    const file = join(String(a.HABEAS_DATA_DIR ?? '/tmp'), '..', `full-${backend.name}.json`);
    writeFileSync(file, backup);
    const restored = await run(b, 'import', file);
    expect(restored.code).toBe(0);
    expect(restored.err).toMatch(/, 1 users, 1 API tokens, 3 audit lines\n$/);
    oneImportLineMore((await run(b, 'export', '--all')).out, backup);
    const ctx = await openApp({
      DATABASE_URL: b.DATABASE_URL,
      HABEAS_DATA_DIR: b.HABEAS_DATA_DIR ?? '',
    });
    try {
      const acc = accountsOf(ctx);
      const olga = await signIn(acc, { username: 'olga', password, ip: '198.51.100.4' });
      expect(olga.user.role).toBe('reviewer');
      expect((await acc.store.findApiToken(acc.secrets.digest(token)))?.user.username).toBe('olga');
    } finally {
      await ctx.db.close();
    }
  });

  it("refuses a full backup over another 'admin' or with a malformed user, storing nothing", async () => {
    const a = await backend.fresh();
    const password = 'the old admin password';
    await addUser(a, 'admin', 'admin', password);
    const backup = JSON.parse((await run(a, 'export', '--all')).out) as Backup;
    const dir = join(String(a.HABEAS_DATA_DIR ?? '/tmp'), '..');

    const b = await backend.fresh();
    await addUser(b, 'admin', 'admin', 'a newer admin password');
    const before = (await run(b, 'export', '--all')).out;
    writeFileSync(join(dir, 'admin.json'), JSON.stringify(backup));
    const clash = await run(b, 'import', join(dir, 'admin.json'));
    expect(clash.code).toBe(1);
    expect(clash.err).toMatch(/user 'admin' \(usr_\w+\) is taken by another account/);
    expect(clash.err).toContain('restore a full backup into an empty database');
    expect((await run(b, 'export', '--all')).out).toBe(before);

    const c = await backend.fresh();
    backup.users[0]!.passwordHash = '$2b$10$not.an.argon2.hash';
    backup.auditLog[0]!.action = '';
    writeFileSync(join(dir, 'malformed.json'), JSON.stringify(backup));
    const bad = await run(c, 'import', join(dir, 'malformed.json'));
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('users[0].passwordHash: expected an argon2id hash');
    expect(bad.err).toContain('auditLog[0].action');
    const left = JSON.parse((await run(c, 'export', '--all')).out) as Backup;
    expect([left.users, left.apiTokens, left.auditLog]).toEqual([[], [], []]);
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
    const env = await sampled();
    const count = await run(env, 'count', '--country', 'BY', '--at', '2025-09-12', '--json');
    expect(count.code).toBe(0);
    const c = JSON.parse(count.out);
    expect(c.at).toBe('2025-09-12');
    expect(c.registry.count).toBeGreaterThan(0);
    expect(c.reported.latest.value).toBeGreaterThanOrEqual(1000);
    const text = await run(env, 'count', '--country', 'by', '--at', '2025-09-12');
    expect(text.out).toMatch(/^Belarus \(BY\) on Sep 12, 2025: \d+ political prisoners/);
    // The reader's language, from --lang or the environment; JSON stays the same.
    const be = await run(env, 'count', '--country', 'BY', '--at', '2025-09-12', '--lang', 'be');
    expect(be.out).toMatch(
      /^Беларусь \(BY\) на 12 вер\S* 2025[^:]*: \d+ палітвяз(ень|ні|няў) пад вартай/,
    );
    expect(be.out).toMatch(/\nназваная лічба: больш за 1[\s\d]+ на /);
    const ru = await run(
      { ...env, LANG: 'ru_RU.UTF-8' },
      'count',
      '--country',
      'BY',
      '--at',
      '2025-09-12',
      '--json',
    );
    expect(JSON.parse(ru.out)).toEqual(c);

    const events = JSON.parse((await run(env, 'events', '--format', 'json')).out);
    const sep = events.find((e: { date: { value: string } }) => e.date?.value === '2025-09-11');
    expect(sep.releasedCount.value).toBe(52);
    expect(sep.reports[0]).toHaveProperty('role', 'main');
    expect(sep.reports[0]).toHaveProperty('url');
    const table = await run(env, 'events');
    expect(table.out.split('\n')[0]).toMatch(/^date\s+country\s+released/);
    const uk = await run({ ...env, LC_ALL: 'uk_UA.UTF-8', LANG: 'en_US.UTF-8' }, 'events');
    expect(uk.out.split('\n')[0]).toMatch(/^дата\s+країна\s+звільнено\s+вид/);
    expect(uk.out).toContain('11 вер. 2025 р.');
    expect(uk.out).toContain('помилування');
    // --lang wins over the environment; countries by name; JSON the same in every language.
    const beTable = await run(
      { ...env, LANG: 'uk_UA.UTF-8' },
      'events',
      '--format',
      'table',
      '--lang',
      'be',
    );
    const [head, , first] = beTable.out.split('\n');
    expect(head).toMatch(/^дата\s+краіна\s+вызвалена\s+від\s+назва\s+разыходжанні\s+паведамленні$/);
    expect(first).toMatch(/^13 сне\S* 2025\s+Беларусь\s+123\s+вызваленне па дамоўленасці /);
    const beJson = await run(env, 'events', '--format', 'json', '--lang', 'be');
    expect(JSON.parse(beJson.out)).toEqual(events);
  });

  it('searches registry names with the name engine', async () => {
    const env = await sampled();
    const r = await run(env, 'names', 'search', 'Мария Колесникова');
    expect(r.code).toBe(0);
    const hits = JSON.parse(r.out).hits;
    expect(hits[0].entityId).toBe('per_kalesnikava');
    expect(hits[0].decision).toBe('match');
  });

  it('looks up a person by another spelling', async () => {
    const env = await sampled();
    const r = await run(env, 'person', '--json', 'Siarhiej Cichanoŭski');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).id).toBe('per_tsikhanouski');
    // Headed in the reader's language, statuses and dates in it too.
    const ru = await run(env, 'person', '--lang', 'ru', 'Kalesnikava');
    expect(ru.out.split('\n')[0]).toMatch(/^Мария Колесникова \(per_kalesnikava\) — совпало с/);
    expect(ru.out).toMatch(/\n {2}\d+ \S+ \d{4} г\. {2}задержание/);
    const be = await run({ ...env, LANG: 'be_BY.UTF-8' }, 'person', 'Kalesnikava');
    expect(be.out.split('\n')[0]).toMatch(/^Марыя Калеснікава /);
    const en = await run(env, 'person', 'Калеснікава');
    expect(en.out.split('\n')[0]).toMatch(/^Maria Kalesnikava /);
  });
});

describe('CLI argument errors', () => {
  it.each([
    [['count', '--country', 'BY'], /--at: expected a date/],
    [['count', '--at', '2025-01-01'], /--country is required/],
    [['count', '--country', 'BY', '--at', '2025-02-30'], /--at: expected a date/],
    [['count', '--country', 'BY', '--at', '2025-01-01', '--bogus'], /Unknown option '--bogus'/],
    [['export', '--format', 'xml'], /--format: expected json, csv or ftm/],
    [['events', '--format', 'yaml'], /--format: expected table, json or jsonl/],
    [['import'], /give a FILE/],
    [['events', '--lang', 'de'], /--lang: expected one of be, ru, uk, en, got 'de'/],
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
