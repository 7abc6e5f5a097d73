import {
  checkPassword,
  parseRole,
  parseUsername,
  type User,
  UsernameTakenError,
} from '../../core/accounts.ts';
import { actorOf, type By } from '../../core/model/audit.ts';
import type { Accounts } from './accounts.ts';
import { accountsBy, userAdded } from './audit-user.ts';

export interface NewUserInput {
  username: string;
  role: string;
  /** Omitted: a strong password is generated and returned once. */
  password?: string;
}

/** Creates a user; the password is stored as an argon2id hash only. Audited as user.add. */
export async function createUser(
  acc: Accounts,
  input: NewUserInput,
  by: By = accountsBy,
): Promise<{ user: User; generatedPassword: string | null }> {
  const username = parseUsername(input.username);
  const role = parseRole(input.role);
  const generatedPassword = input.password === undefined ? acc.secrets.password() : null;
  const password = input.password ?? (generatedPassword as string);
  checkPassword(password);
  if (await acc.store.findUserByName(username)) throw new UsernameTakenError(username);
  // Hashed before the transaction: argon2id is slow on purpose, a transaction need not wait.
  const passwordHash = await acc.hasher.hash(password);
  const user: User = {
    id: acc.ids.next('usr'),
    username,
    role,
    disabled: false,
    createdAt: acc.clock.now(),
  };
  await acc.transaction(async (store, audit) => {
    await store.createUser({ ...user, passwordHash });
    await audit.record(actorOf(by), userAdded(user));
  });
  return { user, generatedPassword };
}
