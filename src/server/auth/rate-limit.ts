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
 * Each attempt is taken from the budget before its password is checked (`take`), in one
 * atomic step of the store, so simultaneous attempts cannot overdraw it.
 */
export class SignInLimits {
  private readonly longestWindow: number;

  constructor(
    private readonly store: SignInFailureStore,
    private readonly rules: { user: LimitRule; ip: LimitRule },
  ) {
    this.longestWindow = Math.max(rules.user.windowMs, rules.ip.windowMs);
  }

  /**
   * Seconds until this username from this address may try again; 0 when it may try now, and
   * then the attempt is already counted as a failure until `succeed` or `giveBack`.
   */
  take(username: string, ip: string, now: number): Promise<number> {
    const [user, addr] = [userKey(username), ipKey(ip)];
    return this.store.takeAttempt([user, addr], now, now - this.longestWindow, (times) =>
      Math.max(
        retryAfter(times.get(user) ?? [], this.rules.user, now),
        retryAfter(times.get(addr) ?? [], this.rules.ip, now),
      ),
    );
  }

  /** The attempt taken at `now` neither failed nor succeeded (an error on our side). */
  giveBack(username: string, ip: string, now: number): Promise<void> {
    return this.store.giveBack([userKey(username), ipKey(ip)], now);
  }

  /**
   * A successful sign-in clears the username's count; the address gets its attempt back and
   * keeps its earlier failures.
   */
  async succeed(username: string, ip: string, now: number): Promise<void> {
    await this.store.clear(userKey(username));
    await this.store.giveBack([ipKey(ip)], now);
  }
}
