/**
 * The store suite on a PostgreSQL server (HABEAS_TEST_DATABASE_URL; `.ci/run` sets it and
 * HABEAS_REQUIRE_POSTGRES=1). Every test gets its own throw-away database on that server.
 */

import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DatabaseConnectionError, openDatabase } from '../../../src/adapters/db/connect.ts';
import { adminQuery } from '../../support/admin-query.ts';
import {
  postgresBackend,
  postgresNotConfigured,
  postgresTestUrl,
} from '../../support/databases.ts';
import { storeSuite } from './store.suite.ts';

const url = postgresTestUrl();

if (url) {
  storeSuite('postgres', postgresBackend(url).open);

  describe('postgres migrations', () => {
    it('says which server and why when the schema cannot be migrated', async () => {
      // A user who may connect but not create anything: migrating must fail, clearly.
      const role = `habeas_r_${randomBytes(4).toString('hex')}`;
      await adminQuery(url, `CREATE ROLE ${role} LOGIN`);
      try {
        const target = new URL(url);
        target.username = role;
        const opening = openDatabase({ databaseUrl: target.toString() });
        await expect(opening).rejects.toThrow(DatabaseConnectionError);
        const message = await opening.catch((e: Error) => e.message);
        expect(message).toContain(`cannot bring the schema of PostgreSQL at ${target.hostname}`);
        expect(message).toContain(`user ${role}`);
        expect(message).toMatch(/permission denied/);
      } finally {
        await adminQuery(url, `DROP ROLE ${role}`);
      }
    });
  });
} else {
  postgresNotConfigured('the store suite');
}

describe('postgres connection errors', () => {
  it('names host, port, database and user but never the password', async () => {
    // Port 1 on localhost: nothing listens there.
    const opening = openDatabase({ databaseUrl: 'postgres://habeas:s3cret@127.0.0.1:1/ledger' });
    await expect(opening).rejects.toThrow(DatabaseConnectionError);
    const message = await opening.catch((e: Error) => e.message);
    expect(message).toContain('127.0.0.1:1 (database ledger, user habeas)');
    expect(message).toContain('connection refused');
    expect(message).not.toContain('s3cret');
  });

  it('refuses a DATABASE_URL that is not a postgres:// URL', async () => {
    await expect(openDatabase({ databaseUrl: 'mysql://localhost/x' })).rejects.toThrow(
      /must start with postgres:\/\//,
    );
  });
});
