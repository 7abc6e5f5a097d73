/** The server backend: PostgreSQL through node-postgres, shared by many processes. */
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import type { Clock, Database, IdGenerator } from '../../core/ports.ts';
import { migrationsFolder } from './migrations.ts';
import { type Db, rootMessage } from './query.ts';
import { SqlDatabase } from './sql-database.ts';

export class DatabaseConnectionError extends Error {}

const int8 = 20;
// Only this pool reads int8 as a number; the process-wide pg defaults are left alone.
// (Drizzle's typed queries map int8 columns and count() to numbers themselves.)
const poolTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === int8
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Where a URL points, for messages: never the password. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    const db = decodeURIComponent(u.pathname.replace(/^\//, '')) || '(default database)';
    const user = u.username ? `, user ${decodeURIComponent(u.username)}` : '';
    return `${u.hostname || 'localhost'}:${u.port || '5432'} (database ${db}${user})`;
  } catch {
    return 'the server in DATABASE_URL (the URL could not be parsed)';
  }
}

function connectionProblem(url: string, e: unknown): DatabaseConnectionError {
  const err = e as { code?: string; message?: string };
  const where = describeUrl(url);
  const reasons: Record<string, string> = {
    ECONNREFUSED: 'connection refused: is the server running and listening there?',
    ENOTFOUND: 'unknown host name',
    EAI_AGAIN: 'host name lookup failed',
    ETIMEDOUT: 'connection timed out',
    '28P01': 'password authentication failed',
    '28000': 'the server refused this user (check pg_hba.conf and the user name)',
    '3D000': 'the database does not exist (create it first)',
  };
  const reason = (err.code && reasons[err.code]) ?? err.message ?? String(e);
  return new DatabaseConnectionError(`cannot use PostgreSQL at ${where}: ${reason}`, { cause: e });
}

// Any fixed number: every Habeas process migrating one database queues on it.
const migrationLockKey = 7_242_019;

/** Migrates on one dedicated connection holding an advisory lock, so concurrent starts queue. */
async function migrateLocked(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (e) {
    throw connectionProblem(url, e);
  }
  try {
    await client.query('select pg_advisory_lock($1)', [migrationLockKey]);
    await migrate(drizzle({ client }), { migrationsFolder });
  } catch (e) {
    throw new DatabaseConnectionError(
      `cannot bring the schema of PostgreSQL at ${describeUrl(url)} up to date: ${rootMessage(e)}`,
      { cause: e },
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function openPostgres(url: string, clock: Clock, ids: IdGenerator): Promise<Database> {
  await migrateLocked(url);
  const pool = new pg.Pool({
    connectionString: url,
    connectionTimeoutMillis: 10_000,
    types: poolTypes,
  });
  // A connection dropped by the server (restart, shutdown) must not crash the process. The pool
  // reports idle clients' errors here. A client checked out between two queries has no listener
  // of the pool's, and node-postgres would throw its 'error' event: each client gets a quiet one,
  // as the next query on it fails anyway (a 503 in the API) and the pool then drops it.
  pool.on('error', (e) =>
    process.stderr.write(`habeas: PostgreSQL connection lost: ${e.message}\n`),
  );
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = drizzle({ client: pool });
  return new SqlDatabase(db as unknown as Db, clock, ids, 'postgres', {
    query: async (text, params) => (await pool.query(text, params)).rows,
    eachConnection: async (text) => {
      // Idle clients are handed out first: asking for as many as are open at once gets each.
      const clients = await Promise.all(
        Array.from({ length: pool.totalCount }, () => pool.connect()),
      );
      try {
        await Promise.all(clients.map((c) => c.query(text)));
      } finally {
        for (const c of clients) c.release();
      }
    },
    close: () => pool.end(),
  });
}
