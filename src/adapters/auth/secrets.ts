/** Random tokens and passwords from the system CSPRNG; SHA-256 digests for storing tokens. */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { Secrets } from '../../core/accounts.ts';

// No 0/O, 1/l/I: a generated password is read off a terminal and typed by hand.
const passwordAlphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export class NodeSecrets implements Secrets {
  token(): string {
    return randomBytes(32).toString('base64url');
  }

  /** 20 characters from 56: about 116 bits. */
  password(): string {
    let out = '';
    for (let i = 0; i < 20; i++) out += passwordAlphabet[randomInt(passwordAlphabet.length)];
    return out;
  }

  digest(token: string): string {
    return createHash('sha256').update(token, 'utf8').digest('hex');
  }
}
