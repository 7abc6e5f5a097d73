import type { Accounts } from './accounts.ts';

/** Ends the session of a cookie token (nothing happens for an unknown token). */
export async function signOut(acc: Accounts, token: string): Promise<void> {
  await acc.store.deleteSession(acc.secrets.digest(token));
}
