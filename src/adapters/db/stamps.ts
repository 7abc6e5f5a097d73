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

  async written(): Promise<number | null> {
    // Set (transaction-locally) by the trigger that raised the version: see the migration.
    const [row] = await rowsOf<{ v: string | null }>(
      this.db,
      sql`select nullif(current_setting('habeas.ledger_written', true), '') as v`,
    );
    return row?.v ? Number(row.v) : null;
  }
}
