/**
 * Failed sign-ins counted per key (an IP, a username) in a sliding window, in memory: a process
 * restart forgets them, which is acceptable for slowing down guessing on one server.
 */
export interface LimitRule {
  /** Failures allowed inside the window; the next attempt is refused. */
  maxFailures: number;
  windowMs: number;
}

export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly rule: LimitRule) {}

  /** Seconds until the key may try again, or 0 when it may try now. */
  retryAfter(key: string, now: number): number {
    const times = this.recent(key, now);
    if (times.length < this.rule.maxFailures) return 0;
    const oldest = times[times.length - this.rule.maxFailures] as number;
    return Math.max(1, Math.ceil((oldest + this.rule.windowMs - now) / 1000));
  }

  fail(key: string, now: number): void {
    const times = this.recent(key, now);
    times.push(now);
    this.failures.set(key, times);
    if (this.failures.size > 100_000) this.prune(now);
  }

  clear(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const times = (this.failures.get(key) ?? []).filter((t) => t > now - this.rule.windowMs);
    if (times.length === 0) this.failures.delete(key);
    return times;
  }

  // Bounded memory under a flood of distinct keys: forget keys with no recent failure.
  private prune(now: number): void {
    for (const key of [...this.failures.keys()]) this.recent(key, now);
  }
}
