import {
  ipKey,
  type LimitRule,
  retryAfter,
  type SignInFailureStore,
  userKey,
} from '../../core/sign-in-limits.ts';

/**
 * The two login limits (per username, per client IP) over the stored failures, so every
 * server process on one database enforces the same budget and a restart resets nothing.
 */
export class SignInLimits {
  private readonly longestWindow: number;

  constructor(
    private readonly store: SignInFailureStore,
    private readonly rules: { user: LimitRule; ip: LimitRule },
  ) {
    this.longestWindow = Math.max(rules.user.windowMs, rules.ip.windowMs);
  }

  /** Seconds until this username from this address may try again; 0 when it may now. */
  async retryAfter(username: string, ip: string, now: number): Promise<number> {
    const [user, addr] = [userKey(username), ipKey(ip)];
    const times = await this.store.failuresSince([user, addr], now - this.longestWindow);
    return Math.max(
      retryAfter(times.get(user) ?? [], this.rules.user, now),
      retryAfter(times.get(addr) ?? [], this.rules.ip, now),
    );
  }

  fail(username: string, ip: string, now: number): Promise<void> {
    return this.store.recordFailure([userKey(username), ipKey(ip)], now, now - this.longestWindow);
  }

  /** A successful sign-in clears the username's count (the address keeps its own). */
  succeed(username: string): Promise<void> {
    return this.store.clear(userKey(username));
  }
}
