/** Password hashing with argon2id (@node-rs/argon2), the PasswordHasher port's real side. */
import { Algorithm, hash, verify } from '@node-rs/argon2';
import type { PasswordHasher } from '../../core/accounts.ts';

export interface Argon2Cost {
  /** KiB of memory per hash. */
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

/** OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): tens of ms per hash on one core. */
export const defaultArgon2Cost: Argon2Cost = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export class Argon2PasswordHasher implements PasswordHasher {
  constructor(private readonly cost: Argon2Cost = defaultArgon2Cost) {}

  hash(password: string): Promise<string> {
    return hash(password, { algorithm: Algorithm.Argon2id, ...this.cost });
  }

  /** False (never an exception) for a wrong password or a hash that is not argon2. */
  async verify(stored: string, password: string): Promise<boolean> {
    try {
      return await verify(stored, password);
    } catch {
      return false;
    }
  }
}
