/** Webhook rules (core/hooks.ts): events named on the command line, the retry schedule, payloads. */
import { describe, expect, it } from 'vitest';
import {
  checkSecret,
  deliveryRules,
  hookPayload,
  pageOf,
  parseHookEvents,
  retryDelaySeconds,
} from '../../src/core/hooks.ts';

describe('hook events', () => {
  it('reads a comma-separated list, once each', () => {
    expect(parseHookEvents('release.created, conflict.created,release.created')).toEqual([
      'release.created',
      'conflict.created',
    ]);
  });

  it('refuses an unknown event or none, naming the events there are', () => {
    expect(() => parseHookEvents('release.deleted')).toThrow(
      "events: unknown event 'release.deleted': expected release.created, release.changed, conflict.created",
    );
    expect(() => parseHookEvents(' , ')).toThrow('give at least one event');
  });
});

describe('retries', () => {
  it('wait 30 s, then twice as long each time, at most 6 h, and stop after 8 attempts', () => {
    const waits = Array.from({ length: 9 }, (_, i) => retryDelaySeconds(i + 1));
    expect(waits).toEqual([30, 60, 120, 240, 480, 960, 1920, null, null]);
    const long = { ...deliveryRules, maxAttempts: 20 };
    expect(retryDelaySeconds(15, long)).toBe(deliveryRules.maxRetrySeconds);
  });
});

describe('secrets and payloads', () => {
  it('takes secrets of 16 to 256 characters', () => {
    expect(() => checkSecret('x'.repeat(15))).toThrow(
      'secret: must be 16 to 256 characters (got 15)',
    );
    expect(() => checkSecret('x'.repeat(16))).not.toThrow();
    expect(() => checkSecret('x'.repeat(257))).toThrow('got 257');
  });

  it("names the event and the entity's page", () => {
    const change = {
      kind: 'release.created' as const,
      id: 'rel 1',
      type: 'release_event' as const,
      label: 'Freed',
      best: { country: null, date: null, releasedCount: null },
    };
    expect(hookPayload('evt_1', change, '2026-03-01T08:00:00.000Z')).toEqual({
      id: 'evt_1',
      event: 'release.created',
      occurredAt: '2026-03-01T08:00:00.000Z',
      path: '/releases/rel%201',
      data: change,
    });
    expect(pageOf('deal', 'deal_a')).toBe('/deals/deal_a');
    expect(pageOf('concession', 'con_a')).toBeNull();
  });
});
