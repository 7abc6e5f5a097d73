import { parseRole, type User } from '../../core/accounts.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors.ts';
import { actorOf, type By } from '../../core/model/audit.ts';
import type { Accounts } from './accounts.ts';
import { accountsBy, userChanged } from './audit-user.ts';

export interface UserChange {
  role?: string;
  disabled?: boolean;
}

export interface UserChanged {
  before: User;
  user: User;
  /** Sessions and API tokens ended because the user was disabled. */
  endedSessions: number;
  revokedTokens: number;
}

/**
 * Changes a user's role or disabled flag. Disabling ends every session and revokes every API
 * token of the user in the same transaction, so the user is locked out at once.
 */
export async function changeUser(
  acc: Accounts,
  userId: string,
  change: UserChange,
  by: By = accountsBy,
): Promise<UserChanged> {
  if (change.role === undefined && change.disabled === undefined)
    throw new ValidationError('nothing to change: give role or disabled');
  const role = change.role === undefined ? undefined : parseRole(change.role);
  return acc.transaction(async (store, audit) => {
    const before = await store.getUser(userId);
    if (!before) throw new NotFoundError('user', userId);
    const patch = {
      ...(role === undefined ? {} : { role }),
      ...(change.disabled === undefined ? {} : { disabled: change.disabled }),
    };
    const user = (await store.updateUser(userId, patch)) as User;
    // Never leave the ledger without an active admin: nobody could manage users any more.
    if (before.role === 'admin' && (user.role !== 'admin' || user.disabled)) {
      const admins = (await store.listUsers()).filter((u) => u.role === 'admin' && !u.disabled);
      if (admins.length === 0)
        throw new ConflictError(
          `'${before.username}' is the last active admin: make another admin first`,
        );
    }
    let endedSessions = 0;
    let revokedTokens = 0;
    if (user.disabled) {
      endedSessions = await store.deleteSessionsOf(userId);
      revokedTokens = await store.revokeTokensOf(userId, acc.clock.now());
    }
    for (const line of userChanged(before, user)) await audit.record(actorOf(by), line);
    return { before, user, endedSessions, revokedTokens };
  });
}
