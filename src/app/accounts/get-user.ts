import { parseUsername, type User } from '../../core/accounts.ts';
import { NotFoundError } from '../../core/errors.ts';
import type { Accounts } from './accounts.ts';

/** A user by login name (any case); NotFoundError naming it otherwise. */
export async function getUserByName(acc: Accounts, name: string): Promise<User> {
  const found = await acc.store.findUserByName(parseUsername(name));
  if (!found) throw new NotFoundError('user', name);
  const { passwordHash: _hash, ...user } = found;
  return user;
}
