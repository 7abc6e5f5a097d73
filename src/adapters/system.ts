/** The real clock and id generator; tests use frozen and predictable ones instead. */
import { randomUUID } from 'node:crypto';
import type { Clock, IdGenerator } from '../core/ports.ts';

export class SystemClock implements Clock {
  now(): string {
    return new Date().toISOString();
  }
}

// Crockford's base32, lower-cased: no i, l, o, u, so ids read aloud and typed by hand survive.
const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * Ids such as `per_3k9x0v7q2m4h8c1d`: a prefix naming the kind of thing, then 16 base32
 * characters (80 random bits) taken from a v4 UUID, skipping its fixed version and variant digits.
 */
export class RandomIds implements IdGenerator {
  next(prefix: string): string {
    if (!/^[a-z][a-z0-9]*$/.test(prefix)) {
      throw new Error(`id prefix must be lower-case letters and digits, got '${prefix}'`);
    }
    const hex = randomUUID().replaceAll('-', '');
    // Position 12 is the version digit, 16 carries the variant bits: drop both.
    const random = hex.slice(0, 12) + hex.slice(13, 16) + hex.slice(17);
    let bits = BigInt(`0x${random.slice(0, 20)}`);
    let out = '';
    for (let i = 0; i < 16; i++) {
      out = alphabet[Number(bits & 31n)] + out;
      bits >>= 5n;
    }
    return `${prefix}_${out}`;
  }
}
