import { sql } from 'drizzle-orm';
import type { ChangeStamps } from '../../core/ports.ts';
import { type Db, rowsOf } from './query.ts';

/**
 * The ledger version kept by the database itself (migration 0008_ledger_version.sql): triggers
 * on every ledger table raise it once per writing transaction, so it moves with every commit,
 * whichever code path or process made it.
 */
export class SqlStamps implements ChangeStamps {
  constructor(private readonly db: Db) {}

  async ledger(): Promise<number> {
    const [row] = await rowsOf<{ version: unknown }>(
      this.db,
      sql`select version from ledger_version where id = 1`,
    );
    if (row === undefined) throw new Error('ledger_version has no row: run the migrations');
    return Number(row.version);
  }

  /**
   * The cluster's system identifier (random, set when the cluster was made: a PGlite data
   * folder, a PostgreSQL server) and the database's oid within it (new for every CREATE
   * DATABASE). Where a server refuses pg_control_system to this role, the oid and name alone.
   */
  async identity(): Promise<string> {
    const [db] = await rowsOf<{ id: string }>(
      this.db,
      sql`select oid::text || ' ' || datname as id from pg_database where datname = current_database()`,
    );
    let cluster = '';
    try {
      const [row] = await rowsOf<{ id: string }>(
        this.db,
        sql`select system_identifier::text as id from pg_control_system()`,
      );
      cluster = row?.id ?? '';
    } catch {
      // Revoked from PUBLIC on this server: the database's own identity has to do.
    }
    return `${cluster} ${db?.id ?? ''}`;
  }

  async written(): Promise<number | null> {
    // Set (transaction-locally) by the trigger that raised the version: see the migration.
    const [row] = await rowsOf<{ v: string | null }>(
      this.db,
      sql`select nullif(current_setting('habeas.ledger_written', true), '') as v`,
    );
    return row?.v ? Number(row.v) : null;
  }
}
