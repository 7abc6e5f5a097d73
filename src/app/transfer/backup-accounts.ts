/**
 * The account half of a full backup (docs/operations.md): users with their argon2id hashes,
 * API tokens by digest and the whole audit log, read in storage order for `export --all` and
 * restored as they are (same ids, same times) by `habeas import`. Sessions are left out on
 * purpose: they last hours, and a restored user simply signs in again.
 */
import type { ApiToken, StoredUser } from '../../core/accounts.ts';
import type { StoredAuditLine } from '../../core/model/audit.ts';
import {
  type AccountSections,
  accountSections,
  backupVersion,
  type LedgerDump,
} from '../../core/model/dump.ts';
import type { Stores } from '../../core/ports.ts';
import { findUnstorable } from '../../core/unicode.ts';
import { auditLineProblem } from '../review/audit-payloads.ts';

const PAGE = 1000;

/** Every user, token and audit line, each with its keys in one fixed order (byte-identical). */
export async function exportAccounts(stores: Stores): Promise<AccountSections> {
  const auditLog: StoredAuditLine[] = [];
  for (let after: string | null = null; ; ) {
    const page = await stores.audit.linesInOrder(after, PAGE);
    auditLog.push(...page.map(auditLine));
    if (page.length < PAGE) break;
    after = page[page.length - 1]!.id;
  }
  return {
    users: (await stores.accounts.allUsers()).map(user),
    apiTokens: (await stores.accounts.allApiTokens()).map(apiToken),
    auditLog,
  };
}

const user = (u: StoredUser): StoredUser => ({
  id: u.id,
  username: u.username,
  role: u.role,
  disabled: u.disabled,
  createdAt: u.createdAt,
  passwordHash: u.passwordHash,
});

const apiToken = (t: ApiToken): ApiToken => ({
  id: t.id,
  tokenHash: t.tokenHash,
  userId: t.userId,
  name: t.name,
  createdAt: t.createdAt,
  revokedAt: t.revokedAt,
});

const auditLine = (l: StoredAuditLine): StoredAuditLine => ({
  id: l.id,
  at: l.at,
  actor: l.actor,
  actorRole: l.actorRole,
  origin: l.origin,
  action: l.action,
  subjectIds: l.subjectIds,
  before: l.before,
  after: l.after,
  summary: l.summary,
  reverts: l.reverts,
});

/**
 * The lines of a backup whose before/after do not fit their action, as 'auditLog[i] (id):
 * problem'. Not a refusal: a backup is restored as it is, and such a line is shown with its
 * problem when read (app/audit-payloads.ts).
 */
export function unfitAuditLines(lines: readonly StoredAuditLine[], limit = 50): string[] {
  const out: string[] = [];
  for (const [i, l] of lines.entries()) {
    const problem = auditLineProblem(l);
    if (problem) out.push(`auditLog[${i}] (${l.id}): ${problem}`);
    if (out.length === limit) break;
  }
  return out;
}

export function hasAccountSections(dump: LedgerDump): boolean {
  return dump.users !== undefined || dump.apiTokens !== undefined || dump.auditLog !== undefined;
}

/**
 * Checks the account sections hold together on their own: the version fits, ids, usernames and
 * token digests are unique, every token has its user in the file, every revert follows the
 * line it undoes, and no text holds what the database cannot store. 'path: problem' lines.
 */
export function checkAccountSections(dump: LedgerDump, limit = 50): string[] {
  const problems: string[] = [];
  const add = (p: string) => {
    if (problems.length < limit) problems.push(p);
  };
  const present = (['users', 'apiTokens', 'auditLog'] as const).filter((k) => dump[k]);
  if (dump.version === 1 && present.length) {
    add(
      `version: a version-1 ledger holds no ${present.join(', ')}; a full backup with accounts is version ${backupVersion}`,
    );
  }
  if (dump.version === backupVersion) {
    for (const k of ['users', 'apiTokens', 'auditLog'] as const)
      if (!dump[k])
        add(`${k}: missing; a version-${backupVersion} backup holds users, apiTokens and auditLog`);
  }
  const { users, apiTokens, auditLog } = accountSections(dump);
  const userIds = unique(users, (u) => u.id, 'users', 'id', add);
  unique(users, (u) => u.username, 'users', 'username', add);
  unique(apiTokens, (t) => t.id, 'apiTokens', 'id', add);
  unique(apiTokens, (t) => t.tokenHash, 'apiTokens', 'tokenHash', add);
  apiTokens.forEach((t, i) => {
    if (!userIds.has(t.userId))
      add(`apiTokens[${i}].userId: user '${t.userId}' is not in the file`);
  });
  const seen = new Set<string>();
  auditLog.forEach((l, i) => {
    if (seen.has(l.id)) add(`auditLog[${i}].id: '${l.id}' appears more than once`);
    if (l.reverts && !seen.has(l.reverts))
      add(`auditLog[${i}].reverts: line '${l.reverts}' is not earlier in the file`);
    seen.add(l.id);
  });
  for (const part of ['users', 'apiTokens', 'auditLog'] as const)
    accountSections(dump)[part].forEach((record, i) => {
      findUnstorable(record, `${part}[${i}]`, add);
    });
  return problems;
}

function unique<T>(
  items: readonly T[],
  key: (x: T) => string,
  part: string,
  field: string,
  add: (p: string) => void,
): Set<string> {
  const seen = new Set<string>();
  items.forEach((x, i) => {
    const k = key(x);
    if (seen.has(k)) add(`${part}[${i}].${field}: '${k}' appears more than once`);
    seen.add(k);
  });
  return seen;
}

/**
 * The account sections the database does not hold yet. A user, token or line whose id is
 * stored must be stored exactly so; a username or token digest stored under another id is a
 * different account. Either way the whole import is refused (`differ` collects why): accounts
 * and audit lines are never overwritten.
 */
export async function accountsNotYetStored(
  tx: Stores,
  sections: AccountSections,
  differ: string[],
): Promise<AccountSections> {
  const storedUsers = await tx.accounts.allUsers();
  const byId = new Map(storedUsers.map((u) => [u.id, same(user(u))]));
  const byName = new Map(storedUsers.map((u) => [u.username, u.id]));
  const users = sections.users.filter((u) => {
    const stored = byId.get(u.id);
    if (stored !== undefined) {
      if (stored !== same(user(u)))
        differ.push(`user '${u.username}' (${u.id}) is stored with other content`);
      return false;
    }
    const other = byName.get(u.username);
    if (other !== undefined) {
      differ.push(
        `user '${u.username}' (${u.id}) is taken by another account (${other})${u.username === 'admin' ? ", likely the 'admin' that `habeas serve` creates on an empty database" : ''}`,
      );
      return false;
    }
    return true;
  });
  const storedTokens = await tx.accounts.allApiTokens();
  const tokenById = new Map(storedTokens.map((t) => [t.id, same(apiToken(t))]));
  const tokenByHash = new Map(storedTokens.map((t) => [t.tokenHash, t.id]));
  const apiTokens = sections.apiTokens.filter((t) => {
    const stored = tokenById.get(t.id);
    if (stored !== undefined) {
      if (stored !== same(apiToken(t)))
        differ.push(`API token '${t.id}' is stored with other content`);
      return false;
    }
    if (tokenByHash.has(t.tokenHash))
      differ.push(
        `API token '${t.id}' has the digest of stored token '${tokenByHash.get(t.tokenHash)}'`,
      );
    return !tokenByHash.has(t.tokenHash);
  });
  return { users, apiTokens, auditLog: await linesNotYetStored(tx, sections.auditLog, differ) };
}

async function linesNotYetStored(
  tx: Stores,
  lines: StoredAuditLine[],
  differ: string[],
): Promise<StoredAuditLine[]> {
  // The usual case, a restore into an empty database, needs no look at each line.
  if (!lines.length || (await tx.audit.countLines()) === 0) return lines;
  const stored = new Map(
    (await tx.audit.getLines(lines.map((l) => l.id))).map((l) => [l.id, same(auditLine(l))]),
  );
  return lines.filter((l) => {
    const there = stored.get(l.id);
    if (there !== undefined && there !== same(auditLine(l)))
      differ.push(`audit line '${l.id}' is stored with other content`);
    return there === undefined;
  });
}

/** JSON with object keys sorted at every depth: the database's jsonb keeps its own key order. */
function same(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v === null || typeof v !== 'object' || Array.isArray(v)
      ? v
      : Object.fromEntries(Object.entries(v as object).sort(([a], [b]) => (a < b ? -1 : 1))),
  );
}

/** Stores the sections in the file's order: users before the tokens that refer to them. */
export async function insertAccounts(
  tx: Stores,
  sections: AccountSections,
  progress: (stage: 'users' | 'apiTokens' | 'auditLog', done: number, total: number) => void,
): Promise<void> {
  const { users, apiTokens, auditLog } = sections;
  for (const [i, u] of users.entries()) {
    await tx.accounts.createUser(u);
    if (i + 1 === users.length) progress('users', users.length, users.length);
  }
  for (const [i, t] of apiTokens.entries()) {
    await tx.accounts.createApiToken(t);
    if (i + 1 === apiTokens.length) progress('apiTokens', apiTokens.length, apiTokens.length);
  }
  for (let i = 0; i < auditLog.length; i += PAGE) {
    await tx.audit.restoreLines(auditLog.slice(i, i + PAGE));
    progress('auditLog', Math.min(i + PAGE, auditLog.length), auditLog.length);
  }
}
