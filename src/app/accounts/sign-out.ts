import type { Accounts } from './accounts.ts';
import { sessionActor, sessionLine } from './audit-user.ts';

/** Ends the session of a cookie token (nothing happens for an unknown token). Audited. */
export async function signOut(acc: Accounts, token: string, ip = 'app'): Promise<void> {
  const tokenHash = acc.secrets.digest(token);
  const found = await acc.store.findSession(tokenHash);
  if (!found) return;
  const { user } = found;
  await acc.transaction(async (store, audit) => {
    await store.deleteSession(tokenHash);
    await audit.record(
      sessionActor(user.username, user.role, ip),
      sessionLine('user.signout', user),
    );
  });
}
