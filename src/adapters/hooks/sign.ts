/**
 * Webhook signatures (docs/whats-new.md, "Verifying a delivery"): HMAC-SHA256, keyed with the
 * hook's secret, of the timestamp header's value, a dot, and the exact body bytes. Signing the
 * timestamp with the body means an old delivery replayed with a new timestamp fails the check,
 * and a receiver refuses timestamps older than a few minutes.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const signatureHeader = 'x-habeas-signature';
export const timestampHeader = 'x-habeas-timestamp';
export const eventHeader = 'x-habeas-event';
export const deliveryHeader = 'x-habeas-delivery';

/** How old a delivery's timestamp may be when received: 5 minutes, either way. */
export const toleranceSeconds = 300;

/** `sha256=<hex>` of `<timestamp>.<body>` under the secret. */
export function sign(secret: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
  return `sha256=${mac}`;
}

/**
 * A receiver's check: the signature matches (compared in constant time) and the timestamp is
 * within the tolerance of `nowSeconds`.
 */
export function verify(
  secret: string,
  headers: { signature: string | undefined; timestamp: string | undefined },
  body: string,
  nowSeconds: number,
): boolean {
  const timestamp = Number(headers.timestamp);
  if (!headers.signature || !Number.isInteger(timestamp)) return false;
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(sign(secret, timestamp, body));
  const given = Buffer.from(headers.signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
