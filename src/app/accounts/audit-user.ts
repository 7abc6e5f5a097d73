/**
 * Audit lines of account changes (docs/audit.md): who added a user, changed a role, disabled
 * or enabled one, issued an API token. Never a password, hash or token: only what changed.
 */
import type { User } from '../../core/accounts.ts';
import type { Actor, By, NewAuditLine } from '../../core/model/audit.ts';

/** Who changes accounts when the caller says nothing (tests): recorded as 'accounts', origin 'app'. */
export const accountsBy: By = { kind: 'user', id: 'accounts' };

const shown = (u: User) => ({ username: u.username, role: u.role, disabled: u.disabled });

export function userAdded(user: User): NewAuditLine {
  return {
    action: 'user.add',
    subjectIds: [user.id],
    before: null,
    after: shown(user),
    summary: `added user ${user.username} (${user.role})`,
    reverts: null,
  };
}

/** One line per aspect changed: a role change and a disable are separate decisions. */
export function userChanged(before: User, after: User): NewAuditLine[] {
  const lines: NewAuditLine[] = [];
  if (before.role !== after.role) {
    lines.push({
      action: 'user.role',
      subjectIds: [after.id],
      before: { username: before.username, role: before.role },
      after: { username: after.username, role: after.role },
      summary: `${after.username}: role ${before.role} -> ${after.role}`,
      reverts: null,
    });
  }
  if (before.disabled !== after.disabled) {
    lines.push({
      action: 'user.disable',
      subjectIds: [after.id],
      before: { username: before.username, disabled: before.disabled },
      after: { username: after.username, disabled: after.disabled },
      summary: `${after.disabled ? 'disabled' : 'enabled'} user ${after.username}`,
      reverts: null,
    });
  }
  return lines;
}

export function tokenIssued(user: User, token: { id: string; name: string }): NewAuditLine {
  return {
    action: 'user.token',
    subjectIds: [user.id, token.id],
    before: null,
    after: { username: user.username, tokenId: token.id, name: token.name },
    summary: `issued API token '${token.name}' (${token.id}) for ${user.username}`,
    reverts: null,
  };
}

/** Who is signing in or out: the account (when known) and the client's address. */
export function sessionActor(username: string, role: string | null, ip: string): Actor {
  return { name: username, role, origin: ip, author: { kind: 'user', id: username } };
}

/** A sign-in or sign-out of this user. */
export function sessionLine(
  action: 'user.signin' | 'user.signout',
  user: Pick<User, 'id' | 'username'>,
): NewAuditLine {
  return {
    action,
    subjectIds: [user.id],
    before: null,
    after: { username: user.username },
    summary: `${user.username} signed ${action === 'user.signin' ? 'in' : 'out'}`,
    reverts: null,
  };
}

/**
 * A refused sign-in names what was typed and why: repeated refusals are what an administrator
 * looks for. Never the password.
 */
export function signInRefused(name: string, reason: string, userId: string | null): NewAuditLine {
  return {
    action: 'user.signin_refused',
    subjectIds: userId ? [userId] : [],
    before: null,
    after: { username: name, reason },
    summary: `sign-in refused for '${name}' (${reason})`,
    reverts: null,
  };
}
