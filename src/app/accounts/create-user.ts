import {
  checkPassword,
  parseRole,
  parseUsername,
  type User,
  UsernameTakenError,
} from '../../core/accounts.ts';
import type { Accounts } from './accounts.ts';

export interface NewUserInput {
  username: string;
  role: string;
  /** Omitted: a strong password is generated and returned once. */
  password?: string;
}

/** Creates a user; the password is stored as an argon2id hash only. */
export async function createUser(
  acc: Accounts,
  input: NewUserInput,
): Promise<{ user: User; generatedPassword: string | null }> {
  const username = parseUsername(input.username);
  const role = parseRole(input.role);
  const generatedPassword = input.password === undefined ? acc.secrets.password() : null;
  const password = input.password ?? (generatedPassword as string);
  checkPassword(password);
  if (await acc.store.findUserByName(username)) throw new UsernameTakenError(username);
  const user: User = {
    id: acc.ids.next('usr'),
    username,
    role,
    disabled: false,
    createdAt: acc.clock.now(),
  };
  await acc.store.createUser({ ...user, passwordHash: await acc.hasher.hash(password) });
  return { user, generatedPassword };
}
