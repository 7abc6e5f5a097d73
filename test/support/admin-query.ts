/**
 * One statement on a PostgreSQL server (CREATE DATABASE, DROP ROLE, ...), on a connection of
 * its own: for tests and benches that make and drop databases beside the ones they use.
 */
import pg from 'pg';

/** Runs `statement` on the server at `url` and gives its rows; waits at most 10 s to connect. */
export async function adminQuery(url: string, statement: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return (await client.query(statement, params)).rows;
  } finally {
    await client.end();
  }
}
