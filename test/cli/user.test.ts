import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { cliBackends } from '../support/cli-databases.ts';
import { captureIo } from '../support/io.ts';

async function run(env: NodeJS.ProcessEnv, argv: string[], stdin = '') {
  const io = captureIo(stdin, env);
  const code = await main(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe.each(cliBackends())('habeas user on $name', (backend) => {
  // Every command opens (and on PGlite migrates) the database anew: minutes on a busy machine.
  afterAll(() => backend.cleanup());

  it('adds, lists, changes role, issues tokens and disables users', async () => {
    const env = await backend.fresh();
    const typed = await run(
      env,
      ['user', 'add', 'Alice', '--role', 'editor', '--password-stdin'],
      'alice-password-123\n',
    );
    expect(typed).toMatchObject({ code: 0, out: '' });
    expect(typed.err).toContain('created user alice (editor)');

    const generated = await run(env, ['user', 'add', 'bob', '--role', 'reviewer']);
    expect(generated.code).toBe(0);
    // The generated password is printed once, alone on stdout: 20 characters, no look-alikes.
    expect(generated.out).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{20}\n$/);

    const listed = await run(env, ['user', 'list', '--json']);
    const users = listed.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(users.map((u: { username: string; role: string }) => [u.username, u.role])).toEqual([
      ['alice', 'editor'],
      ['bob', 'reviewer'],
    ]);
    expect(listed.out).not.toContain('argon2');

    expect((await run(env, ['user', 'role', 'bob', 'editor'])).err).toContain(
      'bob: reviewer -> editor',
    );
    const token = await run(env, ['user', 'token', 'alice', '--label', 'ci pipeline']);
    expect(token.code).toBe(0);
    expect(token.out).toMatch(/^hbs_[A-Za-z0-9_-]{43}\n$/);
    expect(token.err).toContain("'ci pipeline'");

    const disabled = await run(env, ['user', 'disable', 'alice']);
    expect(disabled.code).toBe(0);
    expect(disabled.err).toContain('revoked 1 API token(s)');
    const table = (await run(env, ['user', 'list'])).out;
    expect(table).toMatch(/alice\s+editor\s+disabled/);
    expect(table).toMatch(/bob\s+editor\s+active/);
  }, 300_000);

  it('refuses bad arguments with clear messages', async () => {
    const env = await backend.fresh();
    const noRole = await run(env, ['user', 'add', 'carol']);
    expect(noRole.code).toBe(2);
    expect(noRole.err).toContain('--role is required');
    const badRole = await run(env, ['user', 'add', 'carol', '--role', 'boss']);
    expect(badRole.code).toBe(2);
    expect(badRole.err).toContain("'boss' is not a role");
    const badName = await run(env, ['user', 'add', 'no spaces', '--role', 'viewer']);
    expect(badName.code).toBe(2);
    expect(badName.err).toContain('not a valid username');
    const short = await run(
      env,
      ['user', 'add', 'carol', '--role', 'viewer', '--password-stdin'],
      'short\n',
    );
    expect(short.code).toBe(1);
    expect(short.err).toContain('at least 12 characters');
    const missing = await run(env, ['user', 'disable', 'nobody']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("user 'nobody' not found");
    const verb = await run(env, ['user', 'delete', 'carol']);
    expect(verb.code).toBe(2);
    expect(verb.err).toContain("unknown subcommand 'delete'");
    expect((await run(env, ['user', 'add', 'carol', '--role', 'admin'])).code).toBe(0);
    const taken = await run(env, ['user', 'add', 'CAROL', '--role', 'viewer']);
    expect(taken.code).toBe(1);
    expect(taken.err).toContain("username 'carol' is already taken");
    const last = await run(env, ['user', 'disable', 'carol']);
    expect(last.code).toBe(1);
    expect(last.err).toContain('last active admin');
    expect((await run(env, ['user', '--help'])).out).toContain('habeas user token NAME');
  }, 300_000);
});
