/**
 * A throw-away PostgreSQL database on the test server (HABEAS_TEST_DATABASE_URL), for tests
 * that need its URL (worker processes, pg-boss) rather than an opened Database.
 */

import { randomBytes } from 'node:crypto';
import { openDatabase } from '../../../src/adapters/db/connect.ts';
import { adminQuery } from '../../support/admin-query.ts';
import { createDatabase } from '../../support/databases.ts';

export interface FreshDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * An empty database; with `migrated`, one whose schema is already up to date (a clone of the
 * run's template database, else migrated here), so a test need not start a process for it.
 */
export async function freshDatabase(
  serverUrl: string,
  options: { migrated?: boolean } = {},
): Promise<FreshDatabase> {
  const name = `habeas_t_${randomBytes(6).toString('hex')}`;
  if (options.migrated) await createDatabase(serverUrl, name);
  else await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const target = new URL(serverUrl);
  target.pathname = `/${name}`;
  const drop = async () => {
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  };
  if (options.migrated) {
    // Confirms (or, without a template, applies) every migration.
    await openDatabase({ databaseUrl: target.toString() }).then(
      (db) => db.close(),
      async (e) => {
        await drop();
        throw e;
      },
    );
  }
  return { url: target.toString(), drop };
}
