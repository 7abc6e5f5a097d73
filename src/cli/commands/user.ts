import type { Accounts } from '../../app/accounts/accounts.ts';
import { changeUser } from '../../app/accounts/change-user.ts';
import { createUser } from '../../app/accounts/create-user.ts';
import { getUserByName } from '../../app/accounts/get-user.ts';
import { issueApiToken } from '../../app/accounts/issue-api-token.ts';
import { listUsers } from '../../app/accounts/list-users.ts';
import { parseRole, roles } from '../../core/accounts.ts';
import { ValidationError } from '../../core/errors.ts';
import { accountsOf } from '../../wiring.ts';
import { cliActor } from '../actor.ts';
import {
  type CliIo,
  type Command,
  jsonLine,
  parseCommandArgs,
  runSubcommand,
  type Subcommands,
  UsageError,
} from '../command.ts';
import { withApp } from '../context.ts';
import { table } from '../table.ts';

const help = `Usage:
  habeas user add NAME --role ROLE [--password-stdin]
  habeas user role NAME ROLE
  habeas user disable NAME
  habeas user enable NAME
  habeas user list [--json]
  habeas user token NAME [--label LABEL]

Manages the accounts that may sign in to the web app and the API (docs/security.md).
Roles, each allowed what the ones before it are: ${roles.join(' < ')}.

  add      create a user. With --password-stdin the password (12+ characters) is the first
           line of standard input; without it a strong password is generated and printed
           once on standard output.
  role     change a user's role
  disable  lock a user out at once: ends their sessions and revokes their API tokens
  enable   let a disabled user sign in again (old sessions and tokens stay ended)
  list     every user with role and state
  token    create an API token for pipelines (Authorization: Bearer TOKEN); printed once
           on standard output, only its hash is kept
`;

async function readPassword(io: CliIo): Promise<string> {
  let data = '';
  for await (const chunk of io.stdin) {
    data += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
    if (data.length > 4096) throw new UsageError('--password-stdin: input longer than 4096 bytes');
  }
  const line = data.split(/\r?\n/)[0] ?? '';
  if (!line) throw new UsageError('--password-stdin: standard input is empty');
  return line;
}

function one(positionals: string[], what: string, count: number): string[] {
  if (positionals.length < count) throw new UsageError(`give ${what}`);
  if (positionals.length > count)
    throw new UsageError(`unexpected argument '${positionals[count]}'`);
  return positionals;
}

const withAccounts = <T>(io: CliIo, fn: (acc: Accounts) => Promise<T>) =>
  withApp(io, (ctx) => fn(accountsOf(ctx)));

async function add(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    role: { type: 'string' },
    'password-stdin': { type: 'boolean' },
  });
  const [name] = one(positionals, 'a NAME', 1) as [string];
  if (!values.role) throw new UsageError(`--role is required: one of ${roles.join(', ')}`);
  const role = parseRole(values.role, '--role');
  const password = values['password-stdin'] ? await readPassword(io) : undefined;
  const { user, generatedPassword } = await withAccounts(io, (acc) =>
    createUser(acc, { username: name, role, ...(password ? { password } : {}) }, cliActor()),
  );
  io.err(`created user ${user.username} (${user.role})\n`);
  if (generatedPassword) {
    io.err(`password for ${user.username} (shown once; store it now):\n`);
    io.out(`${generatedPassword}\n`);
  }
  return 0;
}

async function setRole(argv: string[], io: CliIo): Promise<number> {
  const { positionals } = parseCommandArgs(argv, {});
  const [name, raw] = one(positionals, 'NAME and ROLE', 2) as [string, string];
  const role = parseRole(raw, 'ROLE');
  const done = await withAccounts(io, async (acc) =>
    changeUser(acc, (await getUserByName(acc, name)).id, { role }, cliActor()),
  );
  io.err(`${done.user.username}: ${done.before.role} -> ${done.user.role}\n`);
  return 0;
}

async function setDisabled(argv: string[], io: CliIo, disabled: boolean): Promise<number> {
  const { positionals } = parseCommandArgs(argv, {});
  const [name] = one(positionals, 'a NAME', 1) as [string];
  const done = await withAccounts(io, async (acc) =>
    changeUser(acc, (await getUserByName(acc, name)).id, { disabled }, cliActor()),
  );
  io.err(
    disabled
      ? `disabled ${done.user.username}: ended ${done.endedSessions} session(s), revoked ${done.revokedTokens} API token(s)\n`
      : `enabled ${done.user.username}\n`,
  );
  return 0;
}

async function list(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } });
  one(positionals, '', 0);
  const users = await withAccounts(io, listUsers);
  if (values.json) {
    for (const u of users) jsonLine(io, u);
    return 0;
  }
  if (users.length === 0) {
    io.err('no users yet: `habeas user add NAME --role admin`, or start `habeas serve`\n');
    return 0;
  }
  io.out(
    table(
      ['username', 'role', 'state', 'created'],
      users.map((u) => [u.username, u.role, u.disabled ? 'disabled' : 'active', u.createdAt]),
    ),
  );
  return 0;
}

async function token(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { label: { type: 'string' } });
  const [name] = one(positionals, 'a NAME', 1) as [string];
  const { token: secret, record } = await withAccounts(io, (acc) =>
    issueApiToken(
      acc,
      { username: name, ...(values.label ? { name: values.label } : {}) },
      cliActor(),
    ),
  );
  io.err(`API token '${record.name}' (${record.id}) for ${name}, shown once:\n`);
  io.out(`${secret}\n`);
  return 0;
}

const verbs: Subcommands = {
  add,
  role: setRole,
  disable: (argv, io) => setDisabled(argv, io, true),
  enable: (argv, io) => setDisabled(argv, io, false),
  list,
  token,
};

export const userCommand: Command = {
  name: 'user',
  summary: 'Manage accounts: add, role, disable, enable, list, token',
  help,
  run: (argv, io) =>
    runSubcommand(
      verbs,
      argv,
      io,
      (e) =>
        // A bad name or role typed on the command line is a usage error (exit 2).
        e instanceof ValidationError && e.path !== 'password' && e.path !== null,
    ),
};
