import type { User } from '../../core/accounts.ts';
import type { Accounts } from './accounts.ts';

/** Every user in creation order, without password hashes. */
export function listUsers(acc: Accounts): Promise<User[]> {
  return acc.store.listUsers();
}
