// Which database errors are an outage (503, retry) and which are a failed query (a bug or bad
// input): checked on real errors from node-postgres, Drizzle and a real server.
import { createServer } from 'node:net';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../../src/adapters/db/unavailable.ts';
import { pgliteBackend, postgresNotConfigured, postgresTestUrl } from '../../support/databases.ts';

/** A port on 127.0.0.1 nothing listens on. */
async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as { port: number };
  await new Promise((r) => srv.close(r));
  return port;
}

const errorOf = async (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

describe('isDatabaseUnavailable', () => {
  it('says yes to a refused connection, through a pool', async () => {
    const pool = new pg.Pool({
      connectionString: `postgres://x@127.0.0.1:${await closedPort()}/x`,
    });
    const e = await errorOf(pool.query('select 1'));
    await pool.end();
    expect(e).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(e)).toBe(true);
  });

  it('says yes to a query on a pool already ended (a stopping server)', async () => {
    const pool = new pg.Pool({ connectionString: 'postgres://x@127.0.0.1:1/x' });
    await pool.end();
    const e = await errorOf(pool.query('select 1'));
    expect(e).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(e)).toBe(true);
  });

  it('says yes through cause chains and to shutdown SQLSTATEs', () => {
    const shutdown = Object.assign(
      new Error('terminating connection due to administrator command'),
      { code: '57P01' },
    );
    expect(isDatabaseUnavailable(new Error('Failed query: select 1', { cause: shutdown }))).toBe(
      true,
    );
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('says no to a failed query, a constraint or a plain bug', async () => {
    const db = await pgliteBackend.open();
    try {
      const entity = {
        id: 'per_twice',
        type: 'person',
        createdAt: '2024-01-01T00:00:00.000Z',
      } as const;
      await db.entities.createEntities([entity]);
      const e = await errorOf(db.entities.createEntities([entity]));
      expect(e).toBeInstanceOf(Error);
      expect(isDatabaseUnavailable(e)).toBe(false);
    } finally {
      await db.close();
    }
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error('dup'), { code: '23505' }))).toBe(false);
  }, 300_000);

  const url = postgresTestUrl();
  if (!url) postgresNotConfigured('isDatabaseUnavailable on PostgreSQL');
  else
    it('says no to a syntax error from PostgreSQL, yes to a terminated session', async () => {
      const client = new pg.Client({ connectionString: url });
      client.on('error', () => undefined);
      await client.connect();
      expect(isDatabaseUnavailable(await errorOf(client.query('selec 1')))).toBe(false);
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      const pid = (client as unknown as { processID: number }).processID;
      await admin.query('select pg_terminate_backend($1)', [pid]);
      await admin.end();
      const e = await errorOf(client.query('select 1'));
      expect(isDatabaseUnavailable(e), String(e)).toBe(true);
      await client.end().catch(() => undefined);
    });
});
