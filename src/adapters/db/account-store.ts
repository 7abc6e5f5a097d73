import { and, asc, count, eq, isNull, lt } from 'drizzle-orm';
import {
  type AccountStore,
  type ApiToken,
  type Role,
  type Session,
  type StoredUser,
  type User,
  UsernameTakenError,
} from '../../core/accounts.ts';
import { type Db, sqlState, uniqueViolation } from './query.ts';
import { apiTokens, sessions, users } from './schema.ts';

type UserRow = typeof users.$inferSelect;

function userFromRow(r: UserRow): User {
  return {
    id: r.id,
    username: r.username,
    role: r.role as Role,
    disabled: r.disabled,
    createdAt: r.createdAt,
  };
}

function tokenFromRow(r: typeof apiTokens.$inferSelect): ApiToken {
  const { seq: _seq, ...token } = r;
  return token;
}

/** Users, sessions and API tokens. Secrets arrive already hashed (app/accounts). */
export class SqlAccountStore implements AccountStore {
  constructor(private readonly db: Db) {}

  async createUser(user: StoredUser): Promise<void> {
    try {
      await this.db.insert(users).values(user);
    } catch (e) {
      if (sqlState(e) === uniqueViolation) throw new UsernameTakenError(user.username);
      throw e;
    }
  }

  async getUser(id: string): Promise<User | null> {
    const rows = await this.db.select().from(users).where(eq(users.id, id));
    return rows[0] ? userFromRow(rows[0]) : null;
  }

  async findUserByName(username: string): Promise<StoredUser | null> {
    const rows = await this.db.select().from(users).where(eq(users.username, username));
    const r = rows[0];
    return r ? { ...userFromRow(r), passwordHash: r.passwordHash } : null;
  }

  async listUsers(): Promise<User[]> {
    return (await this.db.select().from(users).orderBy(asc(users.seq))).map(userFromRow);
  }

  async countUsers(): Promise<number> {
    const rows = await this.db.select({ n: count() }).from(users);
    return rows[0]?.n ?? 0;
  }

  async updateUser(
    id: string,
    patch: { role?: Role; disabled?: boolean; passwordHash?: string },
  ): Promise<User | null> {
    if (Object.keys(patch).length === 0) return this.getUser(id);
    const rows = await this.db.update(users).set(patch).where(eq(users.id, id)).returning();
    return rows[0] ? userFromRow(rows[0]) : null;
  }

  async createSession(session: Session): Promise<void> {
    await this.db.insert(sessions).values(session);
  }

  async findSession(tokenHash: string): Promise<{ session: Session; user: User } | null> {
    const rows = await this.db
      .select()
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.tokenHash, tokenHash));
    const r = rows[0];
    return r ? { session: r.sessions, user: userFromRow(r.users) } : null;
  }

  async setSessionIp(tokenHash: string, ip: string): Promise<void> {
    await this.db.update(sessions).set({ lastIp: ip }).where(eq(sessions.tokenHash, tokenHash));
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
  }

  async deleteSessionsOf(userId: string): Promise<number> {
    const rows = await this.db
      .delete(sessions)
      .where(eq(sessions.userId, userId))
      .returning({ t: sessions.tokenHash });
    return rows.length;
  }

  async deleteExpiredSessions(now: string): Promise<number> {
    const rows = await this.db
      .delete(sessions)
      .where(lt(sessions.expiresAt, now))
      .returning({ t: sessions.tokenHash });
    return rows.length;
  }

  async createApiToken(token: ApiToken): Promise<void> {
    await this.db.insert(apiTokens).values(token);
  }

  async findApiToken(tokenHash: string): Promise<{ token: ApiToken; user: User } | null> {
    const rows = await this.db
      .select()
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .where(eq(apiTokens.tokenHash, tokenHash));
    const r = rows[0];
    return r ? { token: tokenFromRow(r.api_tokens), user: userFromRow(r.users) } : null;
  }

  async listApiTokens(userId: string): Promise<ApiToken[]> {
    const rows = await this.db
      .select()
      .from(apiTokens)
      .where(eq(apiTokens.userId, userId))
      .orderBy(asc(apiTokens.seq));
    return rows.map(tokenFromRow);
  }

  async allUsers(): Promise<StoredUser[]> {
    const rows = await this.db.select().from(users).orderBy(asc(users.seq));
    return rows.map((r) => ({ ...userFromRow(r), passwordHash: r.passwordHash }));
  }

  async allApiTokens(): Promise<ApiToken[]> {
    return (await this.db.select().from(apiTokens).orderBy(asc(apiTokens.seq))).map(tokenFromRow);
  }

  async revokeTokensOf(userId: string, at: string): Promise<number> {
    const rows = await this.db
      .update(apiTokens)
      .set({ revokedAt: at })
      .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    return rows.length;
  }
}
