import type { Session, User } from '../../core/accounts.ts';
import type { Accounts } from './accounts.ts';

/**
 * The live session of a cookie token: null when unknown, expired or the user is disabled.
 * Records the client's address when it changed (sessions keep their last IP).
 */
export async function sessionFor(
  acc: Accounts,
  token: string,
  ip: string,
): Promise<{ session: Session; user: User } | null> {
  const hash = acc.secrets.digest(token);
  const found = await acc.store.findSession(hash);
  if (!found) return null;
  if (found.session.expiresAt <= acc.clock.now() || found.user.disabled) {
    await acc.store.deleteSession(hash);
    return null;
  }
  if (found.session.lastIp !== ip) await acc.store.setSessionIp(hash, ip);
  return found;
}

/** The user of a bearer API token: null when unknown, revoked or the user is disabled. */
export async function apiTokenUser(acc: Accounts, token: string): Promise<User | null> {
  const found = await acc.store.findApiToken(acc.secrets.digest(token));
  if (!found || found.token.revokedAt !== null || found.user.disabled) return null;
  return found.user;
}
