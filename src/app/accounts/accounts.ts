import type { AccountStore, PasswordHasher, Secrets } from '../../core/accounts.ts';
import type { AuditLog, Clock, IdGenerator } from '../../core/ports.ts';

/** What the account use cases need; wiring.ts `accountsOf` builds it from an AppContext. */
export interface Accounts {
  store: AccountStore;
  /**
   * Runs fn with a store bound to one transaction (committed together or not at all), and the
   * audit log in that same transaction: a user change and its audit line commit together.
   */
  transaction<T>(fn: (store: AccountStore, audit: AuditLog) => Promise<T>): Promise<T>;
  hasher: PasswordHasher;
  secrets: Secrets;
  clock: Clock;
  ids: IdGenerator;
  /** How long a session lasts after sign-in, in milliseconds. */
  sessionTtlMs: number;
}

export const defaultSessionTtlMs = 12 * 60 * 60 * 1000;
