import type { User } from '../../core/accounts.ts';
import type { By } from '../../core/model/audit.ts';
import type { Accounts } from './accounts.ts';
import { createUser } from './create-user.ts';

/**
 * On a database with no users, creates `admin` (role admin) so someone can sign in. Uses the
 * given password (HABEAS_ADMIN_PASSWORD) or generates one, returned once for the caller to show.
 */
export async function ensureFirstAdmin(
  acc: Accounts,
  password?: string,
  /** Who set up the ledger, for the audit log. */
  by: By = { kind: 'user', id: 'setup' },
): Promise<{ user: User; generatedPassword: string | null } | null> {
  if ((await acc.store.countUsers()) > 0) return null;
  return createUser(
    acc,
    {
      username: 'admin',
      role: 'admin',
      ...(password ? { password } : {}),
    },
    by,
  );
}
