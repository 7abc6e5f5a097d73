/**
 * Login rate limits: failed sign-ins counted per key (a username, a client IP) in a sliding
 * window. The failures are stored (SignInFailureStore), not kept in one process's memory, so
 * every server process on one PostgreSQL database counts the same failures and a restart
 * forgets none of them.
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
  /** Records one failure for each key, and forgets failures older than `forgetBefore`. */
  recordFailure(keys: readonly string[], at: number, forgetBefore: number): Promise<void>;
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
