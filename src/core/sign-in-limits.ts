/**
 * Login rate limits: failed sign-ins counted per key (a username, a client IP) in a sliding
 * window. The failures are stored (SignInFailureStore), not kept in one process's memory, so
 * every server process on one PostgreSQL database counts the same failures and a restart
 * forgets none of them.
 *
 * An attempt is counted *before* its password is checked: the store takes it as one atomic
 * step (count the key's recent attempts, and record this one only if the limit allows it), so
 * a hundred simultaneous guesses cannot all read "4 failures so far" and all be checked. A
 * sign-in that succeeds gives its attempt back.
 */

export interface LimitRule {
  /** Failures allowed inside the window; the next attempt is refused. */
  maxFailures: number;
  windowMs: number;
}

/** Stored failed sign-ins; times are epoch milliseconds. */
export interface SignInFailureStore {
  /** The failure times of each key after `since`, oldest first; keys without any are absent. */
  failuresSince(keys: readonly string[], since: number): Promise<Map<string, number[]>>;
  /**
   * One atomic step against every other caller, in this process or another: reads the keys'
   * failure times after `since` and asks `wait` how long they must wait; when 0, records an
   * attempt at `at` for each key (pruning rows older than `since`) before anyone else may read
   * them. Returns what `wait` said.
   */
  takeAttempt(
    keys: readonly string[],
    at: number,
    since: number,
    wait: (times: Map<string, number[]>) => number,
  ): Promise<number>;
  /** Gives back one attempt recorded at `at` for each key (the sign-in did not fail). */
  giveBack(keys: readonly string[], at: number): Promise<void>;
  /** Forgets a key's failures (after a successful sign-in). */
  clear(key: string): Promise<void>;
}

/** Keys of the two counters, kept apart so a username can never pose as an address. */
export const userKey = (username: string) => `user:${username.trim().toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

/**
 * Seconds until a key with these failure times (oldest first) may try again, or 0 when it may
 * try now: once `maxFailures` fall inside the window, the oldest of them must leave it first.
 */
export function retryAfter(times: readonly number[], rule: LimitRule, now: number): number {
  const recent = times.filter((t) => t > now - rule.windowMs);
  if (recent.length < rule.maxFailures) return 0;
  const oldest = recent[recent.length - rule.maxFailures] as number;
  return Math.max(1, Math.ceil((oldest + rule.windowMs - now) / 1000));
}
