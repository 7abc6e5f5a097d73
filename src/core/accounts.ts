/**
 * Accounts: users with a role, their sessions and API tokens (docs/security.md). Pure rules and
 * the ports the account use cases need; hashing, randomness and storage come from adapters.
 */
import { ConflictError, ValidationError } from './errors.ts';

/** In order: each role may do what the roles before it may. */
export const roles = ['viewer', 'reviewer', 'editor', 'admin'] as const;
export type Role = (typeof roles)[number];

export interface User {
  id: string;
  /** Lower-cased login name. */
  username: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
}

export interface StoredUser extends User {
  /** An argon2id PHC string; never leaves the server. */
  passwordHash: string;
}

export interface Session {
  /** SHA-256 of the cookie token: the token itself is never stored. */
  tokenHash: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
  lastIp: string;
}

export interface ApiToken {
  id: string;
  tokenHash: string;
  userId: string;
  name: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface AccountStore {
  /** ConflictError when the username is taken. */
  createUser(user: StoredUser): Promise<void>;
  getUser(id: string): Promise<User | null>;
  findUserByName(username: string): Promise<StoredUser | null>;
  listUsers(): Promise<User[]>;
  countUsers(): Promise<number>;
  /** The changed user, or null when there is no such user. */
  updateUser(
    id: string,
    patch: { role?: Role; disabled?: boolean; passwordHash?: string },
  ): Promise<User | null>;
  createSession(session: Session): Promise<void>;
  findSession(tokenHash: string): Promise<{ session: Session; user: User } | null>;
  setSessionIp(tokenHash: string, ip: string): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Ends every session of a user; returns how many. */
  deleteSessionsOf(userId: string): Promise<number>;
  deleteExpiredSessions(now: string): Promise<number>;
  createApiToken(token: ApiToken): Promise<void>;
  findApiToken(tokenHash: string): Promise<{ token: ApiToken; user: User } | null>;
  listApiTokens(userId: string): Promise<ApiToken[]>;
  /** Revokes every live token of a user; returns how many. */
  revokeTokensOf(userId: string, at: string): Promise<number>;
  /** Every user with its password hash, in storage order: for backups only. */
  allUsers(): Promise<StoredUser[]>;
  /** Every API token (digests only), in storage order: for backups only. */
  allApiTokens(): Promise<ApiToken[]>;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

/** Randomness and digests for secrets (adapters/auth/secrets.ts). */
export interface Secrets {
  /** A new unguessable url-safe token (at least 256 bits). */
  token(): string;
  /** A strong password a person can type: long, random, no look-alike characters. */
  password(): string;
  /** Hex SHA-256 of a token, the only form in which tokens are stored. */
  digest(token: string): string;
}

const usernameRe = /^[a-z0-9][a-z0-9._-]{1,63}$/;

/** Login names: 2-64 of a-z, 0-9, '.', '_', '-', starting with a letter or digit; case-folded. */
export function parseUsername(raw: string, path = 'username'): string {
  const name = raw.trim().toLowerCase();
  if (!usernameRe.test(name)) {
    throw new ValidationError(
      `'${raw}' is not a valid username: use 2-64 of a-z, 0-9, '.', '_', '-', starting with a letter or digit`,
      path,
    );
  }
  return name;
}

export function parseRole(raw: string, path = 'role'): Role {
  if ((roles as readonly string[]).includes(raw)) return raw as Role;
  throw new ValidationError(`'${raw}' is not a role: expected one of ${roles.join(', ')}`, path);
}

export const minPasswordLength = 12;
export const maxPasswordLength = 1024;

export function checkPassword(password: string, path = 'password'): void {
  if (password.length < minPasswordLength)
    throw new ValidationError(`must be at least ${minPasswordLength} characters`, path);
  if (password.length > maxPasswordLength)
    throw new ValidationError(`must be at most ${maxPasswordLength} characters`, path);
}

export function roleAtLeast(role: Role | null, needed: Role): boolean {
  return role !== null && roles.indexOf(role) >= roles.indexOf(needed);
}

export class UsernameTakenError extends ConflictError {
  constructor(readonly username: string) {
    super(`username '${username}' is already taken`);
  }
}
