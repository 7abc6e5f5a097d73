/**
 * Audit lines of account changes (docs/audit.md): who added a user, changed a role, disabled
 * or enabled one, issued an API token. Never a password, hash or token: only what changed.
 */
import type { User } from '../../core/accounts.ts';
import type { By, NewAuditLine } from '../../core/model/audit.ts';

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
