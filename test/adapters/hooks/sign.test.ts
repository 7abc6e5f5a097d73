/**
 * Webhook signatures (src/adapters/hooks/sign.ts): HMAC-SHA256 of `<timestamp>.<body>`, checked
 * in constant time, refused when the body, the timestamp or the secret differ or the timestamp
 * is older than the tolerance. The expected value is worked out here with node:crypto as
 * docs/whats-new.md tells a receiver to.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sign, toleranceSeconds, verify } from '../../../src/adapters/hooks/sign.ts';

const secret = 'whsec-test-0123456789abcdef';
const body = '{"event":"release.created","id":"evt_1"}';
const ts = 1_772_352_000;

describe('webhook signatures', () => {
  it('is the hex HMAC-SHA256 of the timestamp, a dot and the body', () => {
    const expected = createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex');
    expect(sign(secret, ts, body)).toBe(`sha256=${expected}`);
  });

  it('verifies the signed body and refuses anything changed or too old', () => {
    const headers = { signature: sign(secret, ts, body), timestamp: String(ts) };
    expect(verify(secret, headers, body, ts + 10)).toBe(true);
    expect(verify(secret, headers, `${body} `, ts)).toBe(false);
    expect(verify('another-secret-entirely', headers, body, ts)).toBe(false);
    expect(verify(secret, { ...headers, timestamp: String(ts + 60) }, body, ts + 60)).toBe(false);
    expect(verify(secret, headers, body, ts + toleranceSeconds + 1)).toBe(false);
    expect(verify(secret, { signature: undefined, timestamp: String(ts) }, body, ts)).toBe(false);
    expect(verify(secret, { ...headers, signature: 'sha256=00' }, body, ts)).toBe(false);
  });
});
